/**
 * IPv6 reachability on dual-stack networks, a smaller model than IPv4's: neighbours on the same
 * network answer, the bridge's gateway address is the host, the loopback and own addresses answer
 * locally. IPv6 forwarding between networks is not modelled (Docker 20.10 adds no ip6tables NAT).
 */
import type { Engine } from '../engine.ts';
import { contains6, ip6ToBig, parseCidr6 } from '../ipam/ipv6.ts';
import type { Node, PathResult } from './path.ts';
import { nodeName } from './path.ts';

export function findPath6(e: Engine, from: Node, dst: string): PathResult {
  const d = e.state.daemon;
  const trace = { from: nodeName(e, from), to: dst, proto: 'icmp' as const, hops: [], delivered: false, replied: false };
  const done = (target: Node | undefined, unreachable = false): PathResult => ({
    target,
    unreachable,
    ttl: 64,
    trace: { ...trace, delivered: !!target, replied: !!target, drop: target || unreachable ? undefined : { reason: 'no-host', at: dst, detail: `nothing answers at ${dst}` } },
  });
  const ip = ip6ToBig(dst);
  if (dst === '::1') return done(from);
  const nets = Object.values(d.networks).filter((n) => n.ipv6);
  if (from.kind === 'sandbox' && !d.sandboxes[from.sandboxId].hostMode) {
    const sb = d.sandboxes[from.sandboxId];
    const eps = sb.endpoints.map((id) => d.endpoints[id]);
    if (eps.some((ep) => ep.ip6 === dst)) return done(from);
    for (const ep of eps) {
      const nw = d.networks[ep.networkId];
      if (!nw.ipv6 || !contains6(parseCidr6(nw.ipv6.subnet)!, ip)) continue;
      if (dst === nw.ipv6.gatewayIp) return done({ kind: 'host' });
      const peer = nw.endpoints.map((id) => d.endpoints[id]).find((x) => x.ip6 === dst);
      return done(peer ? { kind: 'sandbox', sandboxId: peer.sandboxId } : undefined);
    }
    return done(undefined, !eps.some((ep) => ep.gateway6));
  }
  for (const nw of nets) {
    if (dst === nw.ipv6!.gatewayIp) return done({ kind: 'host' });
    if (!contains6(parseCidr6(nw.ipv6!.subnet)!, ip)) continue;
    const peer = nw.endpoints.map((id) => d.endpoints[id]).find((x) => x.ip6 === dst);
    return done(peer ? { kind: 'sandbox', sandboxId: peer.sandboxId } : undefined);
  }
  return done(undefined, true);
}
