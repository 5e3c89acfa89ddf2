/**
 * ping output. The engine decides what happens to the echo requests (reachability, round-trip times);
 * these functions parse the options and print the result exactly as busybox ping (containers) and
 * iputils ping 20221126 (Debian host) do. Output comes as chunks so a terminal can pace the replies.
 */
import { busyboxBadOption, busyboxUsage } from './busybox-usage.ts';

export interface PingOptions {
  host: string;
  /** -c; undefined = until interrupted */
  count?: number;
  /** -s, data bytes (default 56) */
  size: number;
  /** -i, seconds between requests (default 1) */
  interval: number;
  /** -W, seconds to wait for a reply */
  timeout?: number;
  /** -w, seconds until ping exits */
  deadline?: number;
  ttl?: number;
  quiet: boolean;
  family?: 4 | 6;
}

export type ParsedPing = { ok: true; opts: PingOptions; warnings?: string } | { ok: false; stderr: string; exit: number };

export interface PingReply {
  seq: number;
  ttl: number;
  timeMs: number;
}

export interface PingResult {
  /** the resolved IPv4 address; undefined = the name did not resolve */
  address?: string;
  /** iputils: why the name did not resolve (default 'Name or service not known') */
  resolveError?: string;
  /** the send failed, e.g. 'Network is unreachable' (no route) */
  sendError?: string;
  /** requests sent (the engine counts -c, -w and interrupts) */
  transmitted: number;
  replies: PingReply[];
  /** ICMP errors, iputils prints `From X icmp_seq=N Destination Host Unreachable` */
  errors?: { seq: number; from: string; text: string }[];
  /** iputils: the name the replies' address resolves back to (`from localhost (127.0.0.1)`) */
  replyName?: string;
  /** iputils "time Nms" of the statistics; default (transmitted - 1) * interval */
  elapsedMs?: number;
}

export interface OutChunk {
  fd: 1 | 2;
  text: string;
  /** wait this long before writing (replies come one interval apart) */
  delayMs?: number;
}

export interface PingOutput {
  chunks: OutChunk[];
  exit: number;
}

const usec = (ms: number) => Math.round(ms * 1000);
const ms3 = (us: number) => `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;

function num(v: string | undefined, float = false): number | null {
  if (v === undefined) return null;
  return (float ? /^\d+(\.\d+)?$/ : /^\d+$/).test(v) ? Number(v) : null;
}

/** busybox ping: `ping [-4|-6] [-c CNT] [-s SIZE] [-i SECS] [-t TTL] [-W SEC] [-w SEC] [-q] HOST` */
export function parseBusyboxPing(argv: string[]): ParsedPing {
  const o: PingOptions = { host: '', size: 56, interval: 1, quiet: false };
  const hosts: string[] = [];
  const fail = (stderr: string): ParsedPing => ({ ok: false, stderr, exit: 1 });
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i];
    if (!w.startsWith('-') || w === '-') {
      hosts.push(w);
      continue;
    }
    for (let k = 1; k < w.length; k++) {
      const ch = w[k];
      if ('qvAn46'.includes(ch)) {
        if (ch === 'q') o.quiet = true;
        if (ch === '4' || ch === '6') o.family = ch === '4' ? 4 : 6;
        continue;
      }
      if (!'cstwWIpi'.includes(ch)) return fail(busyboxBadOption('ping', ch));
      const v = k + 1 < w.length ? w.slice(k + 1) : argv[++i];
      if (v === undefined) return fail(`ping: option requires an argument -- '${ch}'\n` + busyboxUsage('ping'));
      const n = num(v, ch === 'i');
      if (ch !== 'I' && ch !== 'p' && n === null) return fail(`ping: invalid number '${v}'\n`);
      if (ch === 's' && n! > 65535) return fail(`ping: number ${v} is not in 0..65535 range\n`);
      if (ch === 'c') o.count = n!;
      else if (ch === 's') o.size = n!;
      else if (ch === 't') o.ttl = n!;
      else if (ch === 'w') o.deadline = n!;
      else if (ch === 'W') o.timeout = n!;
      else if (ch === 'i') o.interval = n!;
      break;
    }
  }
  if (hosts.length !== 1) return fail(busyboxUsage('ping'));
  o.host = hosts[0];
  if (o.count === 0) o.count = undefined;
  return { ok: true, opts: o };
}

export function formatBusyboxPing(o: PingOptions, r: PingResult): PingOutput {
  const chunks: OutChunk[] = [];
  if (r.address === undefined) return { chunks: [{ fd: 2, text: `ping: bad address '${o.host}'\n` }], exit: 1 };
  chunks.push({ fd: 1, text: `PING ${o.host} (${r.address}): ${o.size} data bytes\n` });
  if (r.sendError) {
    chunks.push({ fd: 2, text: `ping: sendto: ${r.sendError}\n` });
    return { chunks, exit: 1 };
  }
  const timing = o.size >= 4;
  if (!o.quiet) {
    for (const p of r.replies) {
      const t = timing ? ` time=${ms3(usec(p.timeMs))} ms` : '';
      chunks.push({ fd: 1, text: `${o.size + 8} bytes from ${r.address}: seq=${p.seq} ttl=${p.ttl}${t}\n`, delayMs: p.seq === 0 ? 0 : o.interval * 1000 });
    }
  }
  const rx = r.replies.length;
  const tx = r.transmitted;
  let s = `\n--- ${o.host} ping statistics ---\n`;
  s += `${tx} packets transmitted, ${rx} packets received, ${tx ? Math.floor(((tx - rx) * 100) / tx) : 0}% packet loss\n`;
  if (rx > 0 && timing) {
    const t = r.replies.map((p) => usec(p.timeMs));
    const avg = Math.floor(t.reduce((a, b) => a + b, 0) / rx);
    s += `round-trip min/avg/max = ${ms3(Math.min(...t))}/${ms3(avg)}/${ms3(Math.max(...t))} ms\n`;
  }
  chunks.push({ fd: 1, text: s });
  return { chunks, exit: rx > 0 ? 0 : 1 };
}

const IPUTILS_USAGE =
  '\nUsage\n  ping [options] <destination>\n\nOptions:\n' +
  '  <destination>      dns name or ip address\n  -a                 use audible ping\n' +
  '  -A                 use adaptive ping\n  -B                 sticky source address\n' +
  '  -c <count>         stop after <count> replies\n  -C                 call connect() syscall on socket creation\n' +
  '  -D                 print timestamps\n  -d                 use SO_DEBUG socket option\n' +
  '  -e <identifier>    define identifier for ping session, default is random for\n' +
  '                     SOCK_RAW and kernel defined for SOCK_DGRAM\n' +
  '                     Imply using SOCK_RAW (for IPv4 only for identifier 0)\n' +
  '  -f                 flood ping\n  -h                 print help and exit\n' +
  '  -I <interface>     either interface name or address\n  -i <interval>      seconds between sending each packet\n' +
  '  -L                 suppress loopback of multicast packets\n' +
  '  -l <preload>       send <preload> number of packages while waiting replies\n' +
  '  -m <mark>          tag the packets going out\n' +
  '  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>\n' +
  '  -n                 no dns name resolution\n  -O                 report outstanding replies\n' +
  '  -p <pattern>       contents of padding byte\n  -q                 quiet output\n' +
  '  -Q <tclass>        use quality of service <tclass> bits\n' +
  '  -s <size>          use <size> as number of data bytes to be sent\n' +
  '  -S <size>          use <size> as SO_SNDBUF socket option value\n  -t <ttl>           define time to live\n' +
  '  -U                 print user-to-user latency\n  -v                 verbose output\n' +
  '  -V                 print version and exit\n  -w <deadline>      reply wait <deadline> in seconds\n' +
  '  -W <timeout>       time to wait for response\n\nIPv4 options:\n  -4                 use IPv4\n' +
  '  -b                 allow pinging broadcast\n  -R                 record route\n' +
  '  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>\n\nIPv6 options:\n' +
  '  -6                 use IPv6\n  -F <flowlabel>     define flow label, default is random\n' +
  '  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument\n\nFor more details see ping(8).\n';

/** iputils ping (Debian 12): the options that matter here; others are accepted and ignored */
export function parseIputilsPing(argv: string[]): ParsedPing {
  const o: PingOptions = { host: '', size: 56, interval: 1, quiet: false };
  const hosts: string[] = [];
  let warnings = '';
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i];
    if (!w.startsWith('-') || w === '-') {
      hosts.push(w);
      continue;
    }
    for (let k = 1; k < w.length; k++) {
      const ch = w[k];
      if ('aABCDdfLnOqRUvbhV46'.includes(ch)) {
        if (ch === 'q') o.quiet = true;
        if (ch === '4' || ch === '6') o.family = ch === '4' ? 4 : 6;
        continue;
      }
      if (!'cstwWIipleMmpQSTFN'.includes(ch)) return { ok: false, stderr: `ping: invalid option -- '${ch}'\n${IPUTILS_USAGE}`, exit: 2 };
      const v = k + 1 < w.length ? w.slice(k + 1) : argv[++i];
      if (v === undefined) return { ok: false, stderr: `ping: option requires an argument -- '${ch}'\n${IPUTILS_USAGE}`, exit: 2 };
      const n = num(v, 'iwW'.includes(ch));
      if ('cst'.includes(ch) && n === null) return { ok: false, stderr: `ping: invalid argument: '${v}'\n`, exit: 1 };
      if ('wW'.includes(ch) && n === null) {
        warnings += `ping: option argument contains garbage: ${v}\nping: this will become fatal error in the future\n`;
      }
      if (ch === 'c') o.count = n!;
      else if (ch === 's') o.size = n!;
      else if (ch === 't') o.ttl = n!;
      else if (ch === 'w' && n !== null) o.deadline = n;
      else if (ch === 'W' && n !== null) o.timeout = n;
      else if (ch === 'i' && n !== null) o.interval = n;
      break;
    }
  }
  if (hosts.length === 0) return { ok: false, stderr: 'ping: usage error: Destination address required\n', exit: 1 };
  o.host = hosts[hosts.length - 1];
  return { ok: true, opts: o, warnings: warnings || undefined };
}

/** iputils' reply time: 3 decimals below 1 ms, fewer as it grows */
function iputilsTime(us: number): string {
  if (us >= 100000 - 50) return `${Math.floor((us + 500) / 1000)}`;
  if (us >= 10000 - 5) return `${Math.floor((us + 50) / 1000)}.${Math.floor(((us + 50) % 1000) / 100)}`;
  if (us >= 1000) return `${Math.floor((us + 5) / 1000)}.${String(Math.floor(((us + 5) % 1000) / 10)).padStart(2, '0')}`;
  return ms3(us);
}

export function formatIputilsPing(o: PingOptions, r: PingResult): PingOutput {
  if (r.address === undefined) return { chunks: [{ fd: 2, text: `ping: ${o.host}: ${r.resolveError ?? 'Name or service not known'}\n` }], exit: 2 };
  if (r.sendError) return { chunks: [{ fd: 2, text: `ping: connect: ${r.sendError}\n` }], exit: 2 };
  const chunks: OutChunk[] = [{ fd: 1, text: `PING ${o.host} (${r.address}) ${o.size}(${o.size + 28}) bytes of data.\n` }];
  const timing = o.size >= 16;
  const from = r.replyName ? `${r.replyName} (${r.address})` : r.address;
  const lines: { seq: number; text: string }[] = [];
  if (!o.quiet) {
    for (const p of r.replies) {
      lines.push({ seq: p.seq, text: `${o.size + 8} bytes from ${from}: icmp_seq=${p.seq} ttl=${p.ttl}${timing ? ` time=${iputilsTime(usec(p.timeMs))} ms` : ''}\n` });
    }
    for (const e of r.errors ?? []) lines.push({ seq: e.seq, text: `From ${e.from} icmp_seq=${e.seq} ${e.text}\n` });
  }
  for (const l of lines.sort((a, b) => a.seq - b.seq)) chunks.push({ fd: 1, text: l.text, delayMs: l.seq === 1 ? 0 : o.interval * 1000 });
  const rx = r.replies.length;
  const tx = r.transmitted;
  const nerr = r.errors?.length ?? 0;
  const loss = tx ? ((tx - rx) * 100) / tx : 0;
  const elapsed = r.elapsedMs ?? Math.max(0, tx - 1) * o.interval * 1000;
  let s = `\n--- ${o.host} ping statistics ---\n`;
  s += `${tx} packets transmitted, ${rx} received${nerr ? `, +${nerr} errors` : ''}, ${Number(loss.toPrecision(6))}% packet loss, time ${Math.round(elapsed)}ms\n`;
  if (rx > 0 && timing) {
    const t = r.replies.map((p) => usec(p.timeMs));
    const sum = t.reduce((a, b) => a + b, 0);
    const avg = Math.floor(sum / rx);
    const mean = sum / rx;
    const mdev = Math.floor(Math.sqrt(Math.max(0, t.reduce((a, b) => a + b * b, 0) / rx - mean * mean)));
    s += `rtt min/avg/max/mdev = ${ms3(Math.min(...t))}/${ms3(avg)}/${ms3(Math.max(...t))}/${ms3(mdev)} ms`;
  }
  chunks.push({ fd: 1, text: s + '\n' });
  return { chunks, exit: rx > 0 ? 0 : 1 };
}

/** parse ping's arguments the way the flavour's ping does (busybox in containers, iputils on the host) */
export function parsePing(argv: string[], flavor: 'host' | 'busybox'): ParsedPing {
  return flavor === 'busybox' ? parseBusyboxPing(argv) : parseIputilsPing(argv);
}

/** print the engine's result the way the flavour's ping does */
export function formatPing(opts: PingOptions, result: PingResult, flavor: 'host' | 'busybox'): PingOutput {
  return flavor === 'busybox' ? formatBusyboxPing(opts, result) : formatIputilsPing(opts, result);
}
