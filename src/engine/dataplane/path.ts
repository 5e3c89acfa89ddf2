/**
 * Where does a packet from a namespace to an IPv4 address end up? Route lookup, bridge or
 * macvlan segment, host forwarding through iptables FORWARD, NAT to the LAN. Returns the
 * namespace that answers (if any), the TTL the reply arrives with, and the hop trace.
 */
import type { Engine } from '../engine.ts';
import type { NetNamespace, Route } from '../model/netns.ts';
import type { Endpoint } from '../model/endpoint.ts';
import type { Network } from '../model/network.ts';
import { contains, ipToInt, parseCidr4 } from '../ipam/ipv4.ts';
import { evaluate } from './iptables-eval.ts';
import type { DropReason, Hop, PacketTrace } from './trace.ts';
import { walkL2 } from './l2-walk.ts';

export type Node =
  | { kind: 'host' }
  | { kind: 'sandbox'; sandboxId: string }
  | { kind: 'lan'; ip: string }
  /** a namespace made with `ip netns add` */
  | { kind: 'netns'; name: string };

export interface PathResult {
  /** the namespace the packet reached (undefined when dropped or nobody has the address) */
  target?: Node;
  /** no route at all: sendto fails at once */
  unreachable: boolean;
  /** hops the reply crossed on the way back (TTL = 64 - routers) */
  ttl: number;
  trace: PacketTrace;
}

export function nodeNs(e: Engine, n: Node): NetNamespace {
  if (n.kind === 'netns') return e.state.host.namedNetns.find((x) => x.name === n.name)?.ns ?? { links: [], routes: [] };
  if (n.kind === 'sandbox') {
    const sb = e.state.daemon.sandboxes[n.sandboxId];
    return sb.hostMode ? e.state.host.ns : sb.ns;
  }
  return e.state.host.ns;
}

function isHostNode(e: Engine, n: Node): boolean {
  return n.kind === 'host' || (n.kind === 'sandbox' && e.state.daemon.sandboxes[n.sandboxId]?.hostMode);
}

export function nodeName(e: Engine, n: Node): string {
  if (n.kind === 'lan') return n.ip;
  if (n.kind === 'netns') return `netns ${n.name}`;
  if (isHostNode(e, n)) return e.state.host.hostname;
  const sb = e.state.daemon.sandboxes[(n as { sandboxId: string }).sandboxId];
  return e.state.daemon.containers[sb.containerId]?.name ?? sb.id.slice(0, 12);
}

/** does a link of the namespace carry this IPv4 address? (no allocation: the host has a veth per container) */
export function hasLocalAddr(ns: NetNamespace, ip: string): boolean {
  for (const l of ns.links) {
    if (l.kind === 'veth' && l.master) continue;
    for (const a of l.addrs) if (a.family === 4 && a.address === ip) return true;
  }
  return false;
}

export function lookupRoute(ns: NetNamespace, dst: string): Route | undefined {
  const ip = ipToInt(dst);
  let best: Route | undefined;
  let bestLen = -1;
  for (const r of ns.routes) {
    if (r.family === 6) continue;
    const c = r.dst === 'default' ? { base: 0, prefix: 0 } : parseCidr4(r.dst);
    if (!c || !contains(c, ip) || c.prefix <= bestLen) continue;
    if (!ns.links.find((l) => l.name === r.dev && l.up)) continue;
    best = r;
    bestLen = c.prefix;
  }
  return best;
}

function endpointWithIp(e: Engine, nw: Network, ip: string): Endpoint | undefined {
  const d = e.state.daemon;
  for (const id of nw.endpoints) if (d.endpoints[id].ip === ip) return d.endpoints[id];
  return undefined;
}

function networkOfBridge(e: Engine, dev: string): Network | undefined {
  return Object.values(e.state.daemon.networks).find((n) => n.bridge?.name === dev);
}

interface Walk {
  hops: Hop[];
  drop?: { reason: DropReason; at: string; detail: string };
}

/** the trace of a lookup that failed before any packet left: the name did not resolve */
export function unresolvedTrace(e: Engine, from: Node, name: string, why: 'nxdomain' | 'timeout'): PacketTrace {
  return {
    from: nodeName(e, from), to: name, proto: 'udp', port: 53, hops: [], delivered: false, replied: false,
    drop: { reason: 'unresolved', at: 'dns', detail: why === 'timeout' ? `no DNS server answered for ${name}` : `${name} does not resolve (NXDOMAIN)` },
  };
}

export function findPath(e: Engine, from: Node, dst: string, proto: 'icmp' | 'tcp' | 'udp', port?: number): PathResult {
  const w: Walk = { hops: [] };
  const res = walk(e, from, dst, proto, port, w);
  if (res.unreachable && !w.drop) w.drop = { reason: 'no-route', at: nodeName(e, from), detail: `no route to ${dst}: Network is unreachable` };
  const trace: PacketTrace = {
    from: nodeName(e, from),
    to: dst,
    proto,
    port,
    hops: w.hops,
    delivered: !!res.target,
    replied: !!res.target,
    drop: w.drop,
  };
  return { ...res, trace };
}

function drop(w: Walk, reason: DropReason, at: string, detail: string): { unreachable: boolean; ttl: number } {
  w.drop = { reason, at, detail };
  return { unreachable: false, ttl: 0 };
}

function walk(
  e: Engine,
  from: Node,
  dst: string,
  proto: 'icmp' | 'tcp' | 'udp',
  port: number | undefined,
  w: Walk,
): { target?: Node; unreachable: boolean; ttl: number } {
  const ns = nodeNs(e, from);
  if (dst.startsWith('127.') || hasLocalAddr(ns, dst)) {
    w.hops.push({ kind: 'namespace', at: nodeName(e, from), note: 'local address' });
    return { target: from, unreachable: false, ttl: 64 };
  }
  const route = lookupRoute(ns, dst);
  if (!route) return { unreachable: true, ttl: 0 };
  const nextHop = route.via ?? dst;
  if (from.kind === 'netns') return overHandMadeLinks(e, ns, route.dev, nextHop, w);
  if (isHostNode(e, from)) return fromHost(e, dst, route, proto, port, w, 0);
  const sb = e.state.daemon.sandboxes[(from as { sandboxId: string }).sandboxId];
  const ep = sb.endpoints.map((id) => e.state.daemon.endpoints[id]).find((x) => x.ifName === route.dev)!;
  const nw = e.state.daemon.networks[ep.networkId];
  w.hops.push({ kind: 'veth', at: `${nodeName(e, from)}:${route.dev}` });
  if (nw.driver === 'macvlan' || nw.driver === 'ipvlan') return overLowerLink(e, nw, ep, dst, nextHop, w);
  w.hops.push({ kind: 'bridge', at: nw.bridge!.name });
  const hostAddrs = (ip: string) => hasLocalAddr(e.state.host.ns, ip);
  const ipt = e.state.host.iptables;
  if (nextHop !== nw.gatewayIp) {
    // same segment: bridged, but br_netfilter still runs FORWARD
    const peer = endpointWithIp(e, nw, nextHop);
    if (!peer) return drop(w, 'no-host', nw.bridge!.name, `no container has ${nextHop} on ${nw.name}`);
    const pkt = { in: nw.bridge!.name, out: nw.bridge!.name, src: ep.ip, dst, proto, dport: port, state: 'NEW' as const };
    const v = evaluate(ipt, 'filter', 'FORWARD', pkt, hostAddrs);
    if (v.target !== 'ACCEPT') return drop(w, 'firewall', v.chain, v.rule ?? `policy ${v.target}`);
    w.hops.push({ kind: 'veth', at: `${nodeName(e, { kind: 'sandbox', sandboxId: peer.sandboxId })}:${peer.ifName}` });
    return { target: { kind: 'sandbox', sandboxId: peer.sandboxId }, unreachable: false, ttl: 64 };
  }
  // to the gateway: the host
  if (hostAddrs(dst)) {
    w.hops.push({ kind: 'namespace', at: e.state.host.hostname, note: 'host address' });
    return { target: { kind: 'host' }, unreachable: false, ttl: 64 };
  }
  if (e.state.host.sysctl['net.ipv4.ip_forward'] !== '1') {
    return drop(w, 'no-forwarding', e.state.host.hostname, 'net.ipv4.ip_forward = 0: the host does not route');
  }
  const hostRoute = lookupRoute(e.state.host.ns, dst);
  if (!hostRoute) return drop(w, 'no-route', e.state.host.hostname, `the host has no route to ${dst}`);
  const pkt = { in: nw.bridge!.name, out: hostRoute.dev, src: ep.ip, dst, proto, dport: port, state: 'NEW' as const };
  const v = evaluate(ipt, 'filter', 'FORWARD', pkt, hostAddrs);
  w.hops.push({ kind: 'iptables', at: 'FORWARD', note: v.rule });
  if (v.target !== 'ACCEPT') {
    const reason: DropReason = v.chain.startsWith('DOCKER-ISOLATION') ? (nw.internal ? 'internal' : 'isolated') : 'firewall';
    return drop(w, reason, v.chain, v.rule ?? `policy ${v.target}`);
  }
  const onward = fromHost(e, dst, hostRoute, proto, port, w, 1, { in: nw.bridge!.name, src: ep.ip });
  return onward;
}

function fromHost(
  e: Engine,
  dst: string,
  route: Route,
  proto: 'icmp' | 'tcp' | 'udp',
  port: number | undefined,
  w: Walk,
  routed: number,
  forwarded?: { in: string; src: string },
): { target?: Node; unreachable: boolean; ttl: number } {
  const ipt = e.state.host.iptables;
  const hostAddrs = (ip: string) => hasLocalAddr(e.state.host.ns, ip);
  const brNet = networkOfBridge(e, route.dev);
  if (brNet) {
    w.hops.push({ kind: 'bridge', at: route.dev });
    const peer = endpointWithIp(e, brNet, dst);
    if (!peer) return drop(w, 'no-host', route.dev, `no container has ${dst} on ${brNet.name}`);
    if (forwarded) {
      // the reply crosses FORWARD the other way as an established connection
      const back = { in: route.dev, out: forwarded.in, src: dst, dst: forwarded.src, proto, state: 'ESTABLISHED' as const };
      const v = evaluate(ipt, 'filter', 'FORWARD', back, hostAddrs);
      if (v.target !== 'ACCEPT') return drop(w, 'isolated', v.chain, v.rule ?? `policy ${v.target}`);
    }
    w.hops.push({ kind: 'veth', at: `${nodeName(e, { kind: 'sandbox', sandboxId: peer.sandboxId })}:${peer.ifName}` });
    return { target: { kind: 'sandbox', sandboxId: peer.sandboxId }, unreachable: false, ttl: 64 - routed };
  }
  if (route.dev === 'eth0') {
    if (forwarded) {
      const v = evaluate(ipt, 'nat', 'POSTROUTING', { out: 'eth0', src: forwarded.src, dst, proto, state: 'NEW' }, hostAddrs);
      if (v.target !== 'MASQUERADE') {
        return drop(w, 'firewall', 'POSTROUTING', `no MASQUERADE for ${forwarded.src}: replies cannot find their way back`);
      }
      w.hops.push({ kind: 'nat', at: 'POSTROUTING', note: 'MASQUERADE' });
    }
    w.hops.push({ kind: 'lan', at: 'eth0' });
    const gw = e.state.host.ns.routes.find((r) => r.dst === 'default')?.via;
    if (dst === gw) return { target: { kind: 'lan', ip: dst }, unreachable: false, ttl: 64 - routed };
    return drop(w, 'no-host', 'eth0', route.via ? `${dst} is outside this machine and there is no internet here` : `nothing answers at ${dst} on the LAN`);
  }
  return overHandMadeLinks(e, e.state.host.ns, route.dev, route.via ?? dst, w);
}

function overHandMadeLinks(e: Engine, ns: NetNamespace, dev: string, nextHop: string, w: Walk): { target?: Node; unreachable: boolean; ttl: number } {
  w.hops.push({ kind: 'veth', at: dev });
  const r = walkL2(e, ns, dev, nextHop);
  if (r.droppedAt) return drop(w, 'firewall', r.droppedAt, 'bridged traffic passes iptables FORWARD (br_netfilter)');
  if (!r.target) return drop(w, 'no-host', dev, `nothing answers at ${nextHop} behind ${dev}`);
  return { target: r.target, unreachable: false, ttl: 64 };
}

function overLowerLink(
  e: Engine,
  nw: Network,
  ep: Endpoint,
  dst: string,
  nextHop: string,
  w: Walk,
): { target?: Node; unreachable: boolean; ttl: number } {
  w.hops.push({ kind: 'lan', at: nw.lowerLink!.parent });
  const peer = endpointWithIp(e, nw, nextHop);
  if (peer && peer.id !== ep.id) {
    const mode = nw.lowerLink!.mode;
    if (mode === 'private') return drop(w, 'firewall', nw.lowerLink!.parent, 'macvlan private mode: no traffic between sub-interfaces');
    if (mode === 'vepa') return drop(w, 'firewall', nw.lowerLink!.parent, 'macvlan vepa mode: traffic between sub-interfaces needs a hairpin switch port');
    return { target: { kind: 'sandbox', sandboxId: peer.sandboxId }, unreachable: false, ttl: 64 };
  }
  if (hasLocalAddr(e.state.host.ns, nextHop)) {
    return drop(w, 'macvlan-host', nw.lowerLink!.parent, 'the kernel does not pass traffic between a macvlan parent and its children');
  }
  const lanGw = e.state.host.ns.routes.find((r) => r.dst === 'default')?.via;
  const onEth0 = nw.lowerLink!.parent === 'eth0' || nw.lowerLink!.parent.startsWith('eth0.');
  // an l3 ipvlan subnet is routed, and the LAN router has no route back to it
  const routed = nw.driver === 'ipvlan' && nw.lowerLink!.mode !== 'l2';
  if (onEth0 && !routed && nextHop === lanGw && dst === lanGw) return { target: { kind: 'lan', ip: dst }, unreachable: false, ttl: 64 };
  return drop(w, 'no-host', nw.lowerLink!.parent, `nothing answers at ${nextHop} on the parent's LAN`);
}
