/**
 * A packet trace (src/engine/dataplane/trace.ts) as a path over the layout: the points a dot
 * travels through, hop by hop, and how the walk ended (delivered, or dropped where and why).
 * Pure, so the mapping from hops to places on the picture is tested in Node.
 */
import type { DropReason, PacketTrace } from '../engine/dataplane/trace.ts';
import type { Layout, Point } from './layout.ts';
import type { Topology } from './model.ts';

/** a place in the picture a hop can be at */
type Place =
  | { kind: 'port'; key: string }
  | { kind: 'segment'; id: string }
  | { kind: 'stack' }
  | { kind: 'nic'; name: string }
  | { kind: 'lan' }
  | { kind: 'container'; name: string };

export type PacketFate =
  | { kind: 'delivered' }
  | { kind: 'dropped'; reason: DropReason | 'no-route-from-sender'; at: string; detail: string };

export interface PacketPath {
  points: Point[];
  fate: PacketFate;
  /** where to draw the drop mark (the last point reached) */
  end: Point;
}

function placeOfHop(t: Topology, hop: PacketTrace['hops'][number]): Place | undefined {
  switch (hop.kind) {
    case 'veth': {
      const [container, ifName] = hop.at.split(':');
      return { kind: 'port', key: `${container}/${ifName}` };
    }
    case 'bridge':
      return t.segments.some((s) => s.id === hop.at) ? { kind: 'segment', id: hop.at } : undefined;
    case 'iptables':
    case 'nat':
    case 'route':
    case 'namespace':
      return { kind: 'stack' };
    case 'lan': {
      if (hop.at === 'eth0') return { kind: 'nic', name: 'eth0' };
      // a macvlan/ipvlan parent: the packet left on the segment that hangs off it
      return { kind: 'nic', name: hop.at };
    }
    default:
      return undefined;
  }
}

function startPlace(t: Topology, trace: PacketTrace): Place {
  if (trace.from === t.hostname) return { kind: 'stack' };
  return { kind: 'container', name: trace.from };
}

function portSegment(t: Topology, key: string): string | undefined {
  const [name, ifName] = key.split('/');
  return t.containers.find((c) => c.name === name)?.attachments.find((a) => a.ifName === ifName)?.segmentId;
}

/** the points between two places (both included) */
function leg(l: Layout, t: Topology, a: Place, b: Place): Point[] {
  const { anchors } = l;
  const centre = (box: { x: number; y: number; w: number; h: number }): Point => ({ x: box.x + box.w / 2, y: box.y + box.h / 2 });
  const at = (p: Place): Point | undefined => {
    switch (p.kind) {
      case 'port': return anchors.ports[p.key];
      case 'stack': return centre(anchors.stack);
      case 'nic': return anchors.nics[p.name] && centre(anchors.nics[p.name]);
      case 'lan': return anchors.lanPoint;
      case 'container': return anchors.containers[p.name] && centre(anchors.containers[p.name]);
      case 'segment': return undefined;
    }
  };
  if (a.kind === 'port' && b.kind === 'segment') {
    const p = anchors.ports[a.key];
    const seg = anchors.segments[b.id];
    return p && seg ? [p, { x: p.x, y: seg.y }] : [];
  }
  if (a.kind === 'segment' && b.kind === 'port') {
    const p = anchors.ports[b.key];
    const seg = anchors.segments[a.id];
    return p && seg ? [{ x: p.x, y: seg.y }, p] : [];
  }
  if (a.kind === 'segment') {
    // leaving a bar: bridges climb down their uplink to the stack, macvlan bars to their parent NIC
    const seg = anchors.segments[a.id];
    const end = at(b);
    return seg ? [...seg.exit, ...(end ? [end] : [])] : [];
  }
  if (b.kind === 'segment') {
    const seg = anchors.segments[b.id];
    const start = at(a);
    return seg ? [...(start ? [start] : []), ...[...seg.exit].reverse()] : [];
  }
  if (a.kind === 'container' && b.kind === 'port') {
    const p = anchors.ports[b.key];
    return p ? [p] : [];
  }
  const p = at(a);
  const q = at(b);
  // a macvlan packet reaches its parent and goes on to the LAN beyond eth0
  if (a.kind === 'nic' && b.kind === 'lan' && a.name !== 'eth0' && anchors.nics.eth0) return [p!, centre(anchors.nics.eth0), q!].filter(Boolean);
  return [p, q].filter((x): x is Point => !!x);
}

function places(t: Topology, trace: PacketTrace): Place[] {
  const out: Place[] = [startPlace(t, trace)];
  for (const hop of trace.hops) {
    const place = placeOfHop(t, hop);
    if (!place) continue;
    const last = out[out.length - 1];
    if (JSON.stringify(last) === JSON.stringify(place)) continue;
    // a packet from a container is on the port it left by; a port's segment comes next implicitly
    if (last.kind === 'container' && place.kind === 'port') {
      out[out.length - 1] = place;
      continue;
    }
    if (last.kind === 'port' && place.kind !== 'segment') {
      const seg = portSegment(t, last.key);
      if (seg) out.push({ kind: 'segment', id: seg });
    }
    out.push(place);
  }
  // what left by eth0 and was answered was answered on the LAN
  const last = out[out.length - 1];
  if (trace.delivered && last.kind === 'nic') out.push({ kind: 'lan' });
  return out;
}

export function packetPath(l: Layout, t: Topology, trace: PacketTrace): PacketPath {
  const ps = places(t, trace);
  const points: Point[] = [];
  for (let i = 0; i + 1 < ps.length; i++) {
    for (const p of leg(l, t, ps[i], ps[i + 1])) {
      const prev = points[points.length - 1];
      if (!prev || prev.x !== p.x || prev.y !== p.y) points.push(p);
    }
  }
  if (!points.length) points.push(...leg(l, t, ps[0], ps[0]).slice(0, 1));
  const end = points[points.length - 1] ?? { x: l.anchors.stack.x, y: l.anchors.stack.y };
  let fate: PacketFate;
  if (trace.delivered) fate = { kind: 'delivered' };
  else if (trace.drop) fate = { kind: 'dropped', reason: trace.drop.reason, at: trace.drop.at, detail: trace.drop.detail };
  // no hops and no drop: the sender had no route at all (sendto fails at once)
  else fate = { kind: 'dropped', reason: 'no-route-from-sender', at: trace.from, detail: `${trace.from} has no route to ${trace.to}` };
  return { points, fate, end };
}
