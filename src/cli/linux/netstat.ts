/** `netstat` (net-tools 2.10 / busybox): -r routing table and the listening sockets the engine reports. */
import type { NetListener, NetToolsEnv, Out } from './env.ts';
import { busyboxBadOption } from './busybox-usage.ts';
import { routeTable } from './route.ts';
import { serviceName } from './services.ts';
import { padEnd, padStart } from './util.ts';

interface Opts {
  route: boolean;
  numeric: boolean;
  listen: boolean;
  all: boolean;
  tcp: boolean;
  udp: boolean;
  raw: boolean;
  unix: boolean;
  prog: boolean;
  v4only: boolean;
  v6only: boolean;
  extend: boolean;
}

function endpoint(addr: string, port: string, v6: boolean, o: Opts, bb: boolean, hosts: Record<string, string>): string {
  let host = addr;
  if (!o.numeric) {
    if (v6 && addr === '::' && !bb) host = '[::]';
    else if (hosts[addr]) host = hosts[addr];
  }
  return `${host}:${port}`;
}

function socketLines(env: NetToolsEnv, o: Opts): string {
  const bb = env.flavor === 'busybox';
  const hosts = o.numeric ? {} : { '127.0.0.1': 'localhost', ...env.hosts };
  const groups: NetListener[] = [];
  for (const proto of ['tcp', 'udp'] as const) {
    if (proto === 'tcp' && !o.tcp) continue;
    if (proto === 'udp' && !o.udp) continue;
    const ls = (env.listeners ?? []).filter((l) => l.proto === proto);
    if (!o.v6only) groups.push(...ls.filter((l) => !l.address.includes(':')));
    if (!o.v4only) groups.push(...ls.filter((l) => l.address.includes(':')));
  }
  let s = '';
  for (const l of groups) {
    const v6 = l.address.includes(':');
    const port = o.numeric || bb ? String(l.port) : (serviceName(l.port, l.proto) ?? String(l.port));
    const local = endpoint(l.address, port, v6, o, bb, hosts);
    const remote = endpoint(v6 ? '::' : '0.0.0.0', '*', v6, o, bb, hosts);
    const state = l.proto === 'tcp' ? 'LISTEN' : '';
    if (bb) s += `${padEnd(l.proto, 6)}${padStart('0', 6)}${padStart('0', 7)} ${padEnd(local, 23)} ${padEnd(remote, 23)} ${padEnd(state, 12)}\n`;
    else {
      const proto = v6 ? `${l.proto}6` : l.proto;
      s += `${padEnd(proto, 4)}  ${padStart('0', 6)} ${padStart('0', 6)} ${padEnd(local, 23)} ${padEnd(remote, 23)} ${padEnd(state, 11)}`;
      s += o.prog ? ` ${padEnd(l.program ?? '-', 20)}\n` : '\n';
    }
  }
  return s;
}

const NET_TOOLS_USAGE =
  'usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}\n' +
  '       netstat [-vWnNcaeol] [<Socket> ...]\n' +
  '       netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }\n\n' +
  '        -r, --route              display routing table\n' +
  '        -i, --interfaces         display interface table\n' +
  '        -g, --groups             display multicast group memberships\n' +
  '        -s, --statistics         display networking statistics (like SNMP)\n' +
  '        -M, --masquerade         display masqueraded connections\n\n' +
  '        -v, --verbose            be verbose\n' +
  "        -W, --wide               don't truncate IP addresses\n" +
  "        -n, --numeric            don't resolve names\n" +
  "        --numeric-hosts          don't resolve host names\n" +
  "        --numeric-ports          don't resolve port names\n" +
  "        --numeric-users          don't resolve user names\n" +
  '        -N, --symbolic           resolve hardware names\n' +
  '        -e, --extend             display other/more information\n' +
  '        -p, --programs           display PID/Program name for sockets\n' +
  '        -o, --timers             display timers\n' +
  '        -c, --continuous         continuous listing\n\n' +
  '        -l, --listening          display listening server sockets\n' +
  '        -a, --all                display all sockets (default: connected)\n' +
  '        -F, --fib                display Forwarding Information Base (default)\n' +
  '        -C, --cache              display routing cache instead of FIB\n' +
  '        -Z, --context            display SELinux security context for sockets\n\n' +
  '  <Socket>={-t|--tcp} {-u|--udp} {-U|--udplite} {-S|--sctp} {-w|--raw}\n' +
  '           {-x|--unix} --ax25 --ipx --netrom\n' +
  "  <AF>=Use '-6|-4' or '-A <af>' or '--<af>'; default: inet\n" +
  '  List of possible address families (which support routing):\n' +
  '    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) \n' +
  '    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n' +
  '    ddp (Appletalk DDP) x25 (CCITT X.25) \n';

const LONG: Record<string, string> = {
  route: 'r', numeric: 'n', listening: 'l', all: 'a', tcp: 't', udp: 'u', raw: 'w', unix: 'x', programs: 'p', extend: 'e', wide: 'W', verbose: 'v',
};

export function netstatCommand(argv: string[], env: NetToolsEnv, out: Out): number {
  const bb = env.flavor === 'busybox';
  const o: Opts = { route: false, numeric: false, listen: false, all: false, tcp: false, udp: false, raw: false, unix: false, prog: false, v4only: false, v6only: false, extend: false };
  const allowed = bb ? 'raltuwxenW' : 'raltuwxpenWv46NcCFo';
  for (const w of argv.slice(1)) {
    const chars = w.startsWith('--') ? (LONG[w.slice(2)] ?? '?') : w.startsWith('-') ? w.slice(1) : '?';
    for (const ch of chars) {
      if (!allowed.includes(ch)) {
        if (bb) out.write(2, busyboxBadOption('netstat', ch));
        else out.write(2, `netstat: invalid option -- '${ch}'\n` + NET_TOOLS_USAGE);
        return bb ? 1 : 3;
      }
      if (ch === 'r') o.route = true;
      else if (ch === 'n') o.numeric = true;
      else if (ch === 'l') o.listen = true;
      else if (ch === 'a') o.all = true;
      else if (ch === 't') o.tcp = true;
      else if (ch === 'u') o.udp = true;
      else if (ch === 'w') o.raw = true;
      else if (ch === 'x') o.unix = true;
      else if (ch === 'p') o.prog = true;
      else if (ch === 'e') o.extend = true;
      else if (ch === '4') o.v4only = true;
      else if (ch === '6') o.v6only = true;
    }
  }
  if (o.route) {
    out.write(1, routeTable(env, o.numeric, o.extend ? 'route' : 'netstat'));
    return 0;
  }
  const anyProto = o.tcp || o.udp || o.raw || o.unix;
  if (!anyProto) o.tcp = o.udp = o.raw = o.unix = true;
  const what = o.all ? '(servers and established)' : o.listen ? '(only servers)' : '(w/o servers)';
  let s = '';
  if (o.tcp || o.udp || o.raw) {
    s += `Active Internet connections ${what}\n`;
    s += bb
      ? 'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n'
      : `Proto Recv-Q Send-Q Local Address           Foreign Address         State      ${o.prog ? ' PID/Program name    ' : ''}\n`;
    if (o.listen || o.all) s += socketLines(env, o);
  }
  if (o.unix) {
    s += `Active UNIX domain sockets ${what}\n`;
    s += bb ? 'Proto RefCnt Flags       Type       State         I-Node Path\n' : `Proto RefCnt Flags       Type       State         I-Node   ${o.prog ? 'PID/Program name    ' : ''}Path\n`;
  }
  out.write(1, s);
  return 0;
}
