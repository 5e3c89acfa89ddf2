/**
 * ping on the simulated data plane: busybox's inside containers, iputils' on the host. The Linux
 * layer parses options and prints (src/cli/linux/ping.ts); this walks one echo request per interval
 * through the engine and streams each reply as it arrives, so Ctrl-C (or the runner's budget)
 * stops it with the statistics printed.
 */
import type { CommandContext } from '../../shell/types.ts';
import { findPath, unresolvedTrace } from '../../engine/dataplane/path.ts';
import { findPath6 } from '../../engine/dataplane/path6.ts';
import { isIPv6 } from '../../engine/ipam/ipv4.ts';
import { resolveDetailed } from '../../engine/dns/resolver.ts';
import { formatPing, parsePing, type PingResult } from '../linux/ping.ts';
import { type Origin, originNode, rtt } from './origin.ts';

export async function ping(ctx: CommandContext, origin: Origin, flavor: 'host' | 'busybox'): Promise<number> {
  const parsed = parsePing(ctx.argv, flavor);
  if (!parsed.ok) {
    ctx.write(2, parsed.stderr);
    return parsed.exit;
  }
  const o = parsed.opts;
  if (parsed.warnings) ctx.write(2, parsed.warnings);
  const e = origin.engine;
  const v6 = o.family === 6 || ctx.argv[0] === 'ping6' || isIPv6(o.host);
  const ans = resolveDetailed(e, flavor === 'host' ? undefined : origin.container, o.host, v6 ? 6 : 4);
  const result: PingResult = {
    address: 'ips' in ans ? ans.ips[0] : undefined,
    resolveError: 'failure' in ans && ans.failure === 'timeout' ? 'Temporary failure in name resolution' : 'Name or service not known',
    transmitted: 0,
    replies: [],
  };
  const print = (from: number, to?: number) => {
    const { chunks } = formatPing(o, result, flavor);
    for (const c of chunks.slice(from, to)) ctx.write(c.fd, c.text);
    return chunks.length;
  };
  if (!result.address) {
    e.emit({ type: 'packet', trace: unresolvedTrace(e, originNode(origin), o.host, 'failure' in ans ? ans.failure : 'nxdomain') });
    print(0);
    return formatPing(o, result, flavor).exit;
  }
  const first = flavor === 'host' ? 1 : 0;
  const intervalMs = o.interval * 1000;
  const timeoutMs = (o.timeout ?? 10) * 1000;
  let printed = 0;
  let elapsed = 0;
  for (let i = 0; o.count === undefined || i < o.count; i++) {
    if (ctx.interrupted()) break;
    if (o.deadline !== undefined && elapsed >= o.deadline * 1000) break;
    const path = v6 ? findPath6(e, originNode(origin), result.address) : findPath(e, originNode(origin), result.address, 'icmp');
    e.emit({ type: 'packet', trace: path.trace });
    if (path.unreachable) {
      result.sendError = 'Network is unreachable';
      const out = formatPing(o, result, flavor);
      for (const c of out.chunks.slice(flavor === 'busybox' ? printed : 0)) ctx.write(c.fd, c.text);
      return out.exit;
    }
    result.transmitted++;
    if (path.target) result.replies.push({ seq: first + i, ttl: path.ttl, timeMs: rtt(e, path.ttl === 64) });
    // everything but the statistics, which come last
    const total = formatPing(o, result, flavor).chunks.length;
    print(printed, total - 1);
    printed = total - 1;
    const last = o.count !== undefined && i + 1 >= o.count;
    const wait = last ? (path.target ? 0 : timeoutMs) : intervalMs;
    if (wait) {
      await ctx.sleep(wait);
      elapsed += wait;
    }
  }
  result.elapsedMs = Math.max(0, result.transmitted - 1) * intervalMs;
  const out = formatPing(o, result, flavor);
  for (const c of out.chunks.slice(printed)) ctx.write(c.fd, c.text);
  return out.exit;
}
