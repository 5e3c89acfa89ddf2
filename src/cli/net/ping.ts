/**
 * ping: busybox's inside containers, iputils' on the host. Resolution and reachability come from
 * the engine (resolver, data plane); each reply is a walk through the simulated path.
 */
import type { CommandContext } from '../../shell/types.ts';
import { findPath } from '../../engine/dataplane/path.ts';
import { resolve } from '../../engine/dns/resolver.ts';
import { type Origin, originNode, rtt } from './origin.ts';

interface PingOpts {
  count: number;
  timeoutS: number;
  deadlineS: number;
  size: number;
  quiet: boolean;
  target: string;
}

function parseBusybox(argv: string[], ctx: CommandContext): PingOpts | number {
  const o: PingOpts = { count: Infinity, timeoutS: 10, deadlineS: Infinity, size: 56, quiet: false, target: '' };
  const rest: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const num = (flag: string, v: string | undefined): number | null => {
      if (v === undefined) {
        ctx.write(2, `ping: option requires an argument -- '${flag}'\n${BUSYBOX_PING_USAGE}`);
        return null;
      }
      if (!/^\d+$/.test(v)) {
        ctx.write(2, `ping: invalid number '${v}'\n`);
        return null;
      }
      return Number(v);
    };
    const m = /^-([cWwsiIt])(.*)$/.exec(a);
    if (m) {
      const v = m[2] || argv[++i];
      if (m[1] === 'I') continue;
      const n = num(m[1], v);
      if (n === null) return 1;
      if (m[1] === 'c') o.count = n;
      else if (m[1] === 'W') o.timeoutS = n;
      else if (m[1] === 'w') o.deadlineS = n;
      else if (m[1] === 's') o.size = n;
      continue;
    }
    if (a === '-q') o.quiet = true;
    else if (a === '-4' || a === '-6') continue;
    else if (a.startsWith('-') && a.length > 1) {
      ctx.write(2, `ping: invalid option -- '${a[1]}'\n${BUSYBOX_PING_USAGE}`);
      return 1;
    } else rest.push(a);
  }
  if (rest.length !== 1) {
    ctx.write(2, BUSYBOX_PING_USAGE);
    return 1;
  }
  o.target = rest[0];
  return o;
}

const BUSYBOX_PING_USAGE = `BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.

Usage: ping [OPTIONS] HOST

Send ICMP ECHO_REQUESTs to HOST

	-4,-6		Force IP or IPv6 name resolution
	-c CNT		Send only CNT pings
	-s SIZE		Send SIZE data bytes in packets (default 56)
	-i SECS		Interval
	-A		Ping as soon as reply is recevied
	-t TTL		Set TTL
	-I IFACE/IP	Source interface or IP address
	-W SEC		Seconds to wait for the first response (default 10)
			(after all -c CNT packets are sent)
	-w SEC		Seconds until ping exits (default:infinite)
			(can exit earlier with -c CNT)
	-q		Quiet, only display output at start/finish
	-p HEXBYTE	Payload pattern
`;

function fmt3(n: number): string {
  return n.toFixed(3);
}

export async function busyboxPing(ctx: CommandContext, origin: Origin): Promise<number> {
  const o = parseBusybox(ctx.argv, ctx);
  if (typeof o === 'number') return o;
  const e = origin.engine;
  const ans = resolve(e, origin.container, o.target);
  if (!ans) {
    ctx.write(2, `ping: bad address '${o.target}'\n`);
    return 1;
  }
  const ip = ans.ips[0];
  ctx.write(1, `PING ${o.target} (${ip}): ${o.size} data bytes\n`);
  const times: number[] = [];
  let sent = 0;
  for (let seq = 0; seq < o.count && sent < o.deadlineS + 1; seq++) {
    if (ctx.interrupted()) break;
    const path = findPath(e, originNode(origin), ip, 'icmp');
    e.emit({ type: 'packet', trace: path.trace });
    if (path.unreachable) {
      ctx.write(2, 'ping: sendto: Network is unreachable\n');
      return 1;
    }
    sent++;
    if (path.target) {
      const t = rtt(e, path.ttl === 64);
      times.push(t);
      if (!o.quiet) ctx.write(1, `${o.size + 8} bytes from ${ip}: seq=${seq} ttl=${path.ttl} time=${fmt3(t)} ms\n`);
    }
    const last = seq + 1 >= o.count;
    // between packets one second; after the last, busybox waits -W seconds for a missing reply
    if (!last) await ctx.sleep(1000);
    else if (!path.target) await ctx.sleep(o.timeoutS * 1000);
  }
  const recv = times.length;
  const loss = sent === 0 ? 0 : Math.floor(((sent - recv) * 100) / sent);
  ctx.write(1, `\n--- ${o.target} ping statistics ---\n${sent} packets transmitted, ${recv} packets received, ${loss}% packet loss\n`);
  if (recv) {
    const min = Math.min(...times);
    const max = Math.max(...times);
    const avg = times.reduce((a, b) => a + b, 0) / recv;
    ctx.write(1, `round-trip min/avg/max = ${fmt3(min)}/${fmt3(avg)}/${fmt3(max)} ms\n`);
  }
  return recv ? 0 : 1;
}

/** iputils ping (Debian 12) on the host */
export async function hostPing(ctx: CommandContext, origin: Origin): Promise<number> {
  const argv = ctx.argv;
  let count = Infinity;
  let timeoutS = 10;
  const rest: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const m = /^-([cWwsi])(.*)$/.exec(a);
    if (m) {
      const v = m[2] || argv[++i];
      if (v === undefined || !/^\d+(\.\d+)?$/.test(v)) {
        ctx.write(2, v === undefined ? `ping: option requires an argument -- '${m[1]}'\n` : `ping: invalid argument: '${v}'\n`);
        return 2;
      }
      if (m[1] === 'c') count = Number(v);
      if (m[1] === 'W') timeoutS = Number(v);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      if (!['-4', '-6', '-n', '-q'].includes(a)) {
        ctx.write(2, `ping: invalid option -- '${a[1]}'\n`);
        return 2;
      }
      continue;
    }
    rest.push(a);
  }
  if (rest.length !== 1) {
    ctx.write(2, 'ping: usage error: Destination address required\n');
    return 1;
  }
  const target = rest[0];
  const e = origin.engine;
  const ans = resolve(e, undefined, target);
  if (!ans) {
    ctx.write(2, `ping: ${target}: Temporary failure in name resolution\n`);
    return 2;
  }
  const ip = ans.ips[0];
  ctx.write(1, `PING ${target} (${ip}) 56(84) bytes of data.\n`);
  const times: number[] = [];
  let sent = 0;
  for (let seq = 1; seq <= count; seq++) {
    if (ctx.interrupted()) break;
    const path = findPath(e, { kind: 'host' }, ip, 'icmp');
    e.emit({ type: 'packet', trace: path.trace });
    if (path.unreachable) {
      ctx.write(2, 'ping: connect: Network is unreachable\n');
      return 2;
    }
    sent++;
    if (path.target) {
      const t = rtt(e, true);
      times.push(t);
      ctx.write(1, `64 bytes from ${ip}: icmp_seq=${seq} ttl=${path.ttl} time=${t.toFixed(3)} ms\n`);
    }
    if (seq < count) await ctx.sleep(1000);
    else if (!path.target) await ctx.sleep(timeoutS * 1000);
  }
  const recv = times.length;
  const loss = sent === 0 ? 0 : Math.floor(((sent - recv) * 100) / sent);
  const totalMs = sent > 1 ? (sent - 1) * 1000 + 1 : 0;
  ctx.write(1, `\n--- ${target} ping statistics ---\n${sent} packets transmitted, ${recv} received, ${loss}% packet loss, time ${totalMs}ms\n`);
  if (recv) {
    const min = Math.min(...times);
    const max = Math.max(...times);
    const avg = times.reduce((a, b) => a + b, 0) / recv;
    const mdev = Math.sqrt(times.reduce((a, b) => a + (b - avg) ** 2, 0) / recv);
    ctx.write(1, `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n`);
  } else {
    ctx.write(1, '\n');
  }
  return recv ? 0 : 1;
}
