/**
 * Reachability through links people wire by hand (`ip netns`, veth pairs, `ip link add type bridge`):
 * follow veth peers and bridge ports from the outgoing link and see which namespace holds the
 * address. A hop across a bridge still passes iptables FORWARD (Docker loads br_netfilter), which is
 * why a FORWARD policy of DROP also breaks hand-made bridges.
 */
import type { Engine } from '../engine.ts';
import type { Link, NetNamespace } from '../model/netns.ts';
import { evaluate } from './iptables-eval.ts';
import type { Node } from './path.ts';

interface Place {
  ns: NetNamespace;
  link: Link;
}

function allNamespaces(e: Engine): { ns: NetNamespace; node: Node }[] {
  return [
    { ns: e.state.host.ns, node: { kind: 'host' } },
    ...e.state.host.namedNetns.map((n) => ({ ns: n.ns, node: { kind: 'netns' as const, name: n.name } })),
    ...Object.values(e.state.daemon.sandboxes)
      .filter((s) => !s.hostMode)
      .map((s) => ({ ns: s.ns, node: { kind: 'sandbox' as const, sandboxId: s.id } })),
  ];
}

function locate(e: Engine, index: number): Place | undefined {
  for (const { ns } of allNamespaces(e)) {
    const link = ns.links.find((l) => l.index === index);
    if (link) return { ns, link };
  }
  return undefined;
}

export function nodeOfNs(e: Engine, ns: NetNamespace): Node {
  return allNamespaces(e).find((x) => x.ns === ns)?.node ?? { kind: 'host' };
}

export interface L2Result {
  target?: Node;
  /** the bridge whose FORWARD check dropped the packet */
  droppedAt?: string;
}

/** who answers `dst` on the segment reached through `dev` of namespace `ns` */
export function walkL2(e: Engine, ns: NetNamespace, dev: string, dst: string): L2Result {
  const start = ns.links.find((l) => l.name === dev);
  if (!start) return {};
  // `bridged`: the frame came into a bridge through one port and leaves through another
  type Step = Place & { bridged?: string; viaPort?: boolean };
  const seen = new Set<number>([start.index]);
  const queue: Step[] = [];
  const push = (p: Place | undefined, extra: Omit<Step, 'ns' | 'link'> = {}) => {
    if (!p || seen.has(p.link.index) || !p.link.up) return;
    seen.add(p.link.index);
    queue.push({ ...p, ...extra });
  };
  const expand = (p: Step) => {
    // a veth carries the frame on; it stays a bridged frame if it crossed a bridge on the way
    if (p.link.kind === 'veth' && p.link.peer) push(locate(e, p.link.peer.index), { bridged: p.bridged });
    if (p.link.master) push({ ns: p.ns, link: p.ns.links.find((l) => l.name === p.link.master)! }, { viaPort: true });
    if (p.link.kind === 'bridge') {
      for (const port of p.ns.links.filter((l) => l.master === p.link.name)) {
        push({ ns: p.ns, link: port }, p.viaPort ? { bridged: p.link.name } : {});
      }
    }
  };
  expand({ ns, link: start });
  while (queue.length) {
    const p = queue.shift()!;
    if (p.link.addrs.some((a) => a.family === 4 && a.address === dst)) {
      if (p.bridged) {
        // bridged between two ports: br_netfilter hands the frame to FORWARD
        const v = evaluate(e.state.host.iptables, 'filter', 'FORWARD', { in: p.bridged, out: p.bridged, src: '', dst, proto: 'icmp', state: 'NEW' }, () => false);
        if (v.target !== 'ACCEPT') return { droppedAt: `${v.chain}${v.rule ? `: ${v.rule}` : ` (policy ${v.target})`}` };
      }
      return { target: nodeOfNs(e, p.ns) };
    }
    expand(p);
  }
  return {};
}
