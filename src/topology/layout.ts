/**
 * Topology -> boxes and lines, in SVG user units. Pure geometry (no DOM), so it is unit-tested
 * and the renderer only paints. The picture, top to bottom, inside the host frame:
 *   containers (one box each; a port per interface on the bottom edge)
 *   segments as horizontal bars (Linux bridges, macvlan/ipvlan networks), veth lines dropping
 *     from each container port to its bar with a dot where they join
 *   the host's NICs (eth0, VLAN sub-interfaces) and the host stack (routing, iptables, NAT,
 *     published ports); bridges reach the stack through a column of uplinks on the right,
 *     macvlan/ipvlan bars drop straight to their parent NIC, host-mode containers plug into the stack
 * and below the frame the LAN that eth0 is cabled to.
 */
import type { ContainerNode, Topology } from './model.ts';

export interface Point {
  x: number;
  y: number;
}

export type BoxKind = 'host' | 'container' | 'nic' | 'stack' | 'lan' | 'segment';

export interface Box {
  key: string;
  kind: BoxKind;
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  /** smaller text lines under the title */
  lines: string[];
  /** segment colour index (bars, and container rows attached to them) */
  colour?: number;
  /** drawn faded: a stopped container, a link that is down */
  dim?: boolean;
  /** per-line colour chips (container rows: the colour of the segment each interface is on) */
  lineColours?: (number | undefined)[];
}

export type LineKind = 'veth' | 'uplink' | 'parent' | 'shared' | 'lan' | 'hostlink' | 'vlan' | 'hostmode';

export interface Line {
  key: string;
  kind: LineKind;
  points: Point[];
  colour?: number;
  dashed?: boolean;
}

export interface Dot extends Point {
  colour?: number;
}

/** where packets can be: what the packet path is built from */
export interface Anchors {
  /** `container/ifName` -> the port on the container box */
  ports: Record<string, Point>;
  /** segment id -> its bar (y of its centre line, x extent) and how it leaves the bar */
  segments: Record<string, { y: number; x1: number; x2: number; exit: Point[] }>;
  nics: Record<string, Box>;
  /** container name -> box (start and end of packets from host-mode or unattached containers) */
  containers: Record<string, Box>;
  stack: Box;
  lan: Box;
  /** where a packet arrives on the LAN: straight down the cable from eth0 */
  lanPoint: Point;
}

export interface Layout {
  width: number;
  height: number;
  boxes: Box[];
  lines: Line[];
  dots: Dot[];
  anchors: Anchors;
}

export const PALETTE_SIZE = 8;
const PAD = 10;
const INSET = 12;
const BOX_W = 150;
const GAP = 18;
const ROW_H = 15;
const TITLE_H = 22;
const BAR_H = 20;
const BAR_GAP = 14;
const UPLINK_STEP = 12;
const NIC_W = 116;
const NIC_H = 44;
const CHAR_W = 6.4;
const MIN_BARS_W = 280;
const STACK_MIN_W = 210;

/** cut text to fit a width, with an ellipsis */
export function fit(text: string, width: number): string {
  const max = Math.max(3, Math.floor(width / CHAR_W));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function containerLines(c: ContainerNode): string[] {
  switch (c.mode) {
    case 'host': return ['host network: no own stack'];
    case 'none': return ['none: lo only'];
    case 'container': return [`shares ${c.sharesWith ?? '?'}'s netns`];
    default:
      return c.attachments.length ? c.attachments.map((a) => `${a.ifName} ${a.address || 'no address'}`) : ['no networks'];
  }
}

export function layoutTopology(t: Topology): Layout {
  const colourOf = new Map(t.segments.map((s, i) => [s.id, i % PALETTE_SIZE]));
  const boxes: Box[] = [];
  const lines: Line[] = [];
  const dots: Dot[] = [];
  const ports: Record<string, Point> = {};
  const containerBoxes: Record<string, Box> = {};

  const left = PAD + INSET;
  const top = PAD + TITLE_H + 8;
  // stopped containers have no endpoints: named in the frame's title instead of drawn
  const shown = t.containers.filter((c) => c.running);
  const stopped = t.containers.filter((c) => !c.running).map((c) => c.name);
  const own = shown.filter((c) => c.mode !== 'host');
  const hostMode = shown.filter((c) => c.mode === 'host');
  const boxH = Math.max(1, ...shown.map((c) => containerLines(c).length)) * ROW_H + TITLE_H + 6;
  const span = (n: number) => (n ? n * (BOX_W + GAP) - GAP : 0);

  // widths: containers in one row (own ones left, host-mode ones right, above the stack)
  const nics = [...t.nics].sort((a, b) => Number(a.name === 'eth0') - Number(b.name === 'eth0'));
  const nicsRight = left + (nics.length ? nics.length * (NIC_W + GAP) - GAP : 0);
  const stackW = Math.max(STACK_MIN_W, span(hostMode.length));
  const barsRight = Math.max(
    left + span(own.length) + (hostMode.length ? 2 * GAP + span(hostMode.length) : 0),
    nicsRight + 30 + stackW,
    left + MIN_BARS_W,
  );

  const containerBox = (c: ContainerNode, x: number): Box => {
    const box: Box = {
      key: `container:${c.name}`, kind: 'container', x, y: top, w: BOX_W, h: boxH,
      title: fit(c.name, BOX_W - 12), lines: containerLines(c).map((l) => fit(l, BOX_W - 22)),
      lineColours: c.mode === 'own' ? c.attachments.map((a) => colourOf.get(a.segmentId)) : undefined,
    };
    boxes.push(box);
    containerBoxes[c.name] = box;
    return box;
  };
  own.forEach((c, i) => {
    const box = containerBox(c, left + i * (BOX_W + GAP));
    c.attachments.forEach((a, k) => {
      ports[`${c.name}/${a.ifName}`] = { x: box.x + ((k + 1) * box.w) / (c.attachments.length + 1), y: box.y + box.h };
    });
  });
  hostMode.forEach((c, i) => containerBox(c, barsRight - span(hostMode.length - i)));

  // segment bars, one under the other
  const barsTop = top + (shown.length ? boxH + 30 : 4) + BAR_H / 2;
  const segments: Anchors['segments'] = {};
  t.segments.forEach((s, i) => {
    const y = barsTop + i * (BAR_H + BAR_GAP);
    const net = s.network;
    const what = s.kind === 'bridge'
      ? (net ? `${net.name} · ${net.subnets.join(' ') || 'no subnet'}` : 'bridge (not Docker)')
      : `${s.kind} ${s.mode ?? ''} on ${s.parent} · ${net?.subnets.join(' ') ?? ''}`;
    const gw = s.kind === 'bridge' ? (s.hostAddress ? `gw ${s.hostAddress.split('/')[0]}` : 'no address') : '';
    const title = fit(`${s.label} — ${what}${net?.internal ? ' · internal' : ''}`, barsRight - left - gw.length * CHAR_W - 24);
    boxes.push({ key: `segment:${s.id}`, kind: 'segment', x: left, y: y - BAR_H / 2, w: barsRight - left, h: BAR_H, title, lines: gw ? [gw] : [], colour: colourOf.get(s.id), dim: !s.up });
    segments[s.id] = { y, x1: left, x2: barsRight, exit: [] };
  });
  const barsBottom = t.segments.length ? barsTop + (t.segments.length - 1) * (BAR_H + BAR_GAP) + BAR_H / 2 : barsTop;

  // bottom row: NICs on the left, the host stack on the right
  const bottomY = barsBottom + 30;
  const nicBoxes: Record<string, Box> = {};
  nics.forEach((n, i) => {
    const box: Box = {
      key: `nic:${n.name}`, kind: 'nic', x: left + i * (NIC_W + GAP), y: bottomY, w: NIC_W, h: NIC_H,
      title: n.name, lines: [fit(n.addresses[0] ?? (n.vlanId !== undefined ? `VLAN ${n.vlanId}` : n.kind), NIC_W - 12)], dim: !n.up,
    };
    boxes.push(box);
    nicBoxes[n.name] = box;
  });
  const stackLines = ['routing · iptables · NAT', ...t.ports.map((p) => fit(`${p.hostIp}:${p.hostPort} → ${p.container}:${p.containerPort}/${p.proto}`, stackW - 14))];
  const stack: Box = {
    key: 'stack', kind: 'stack', x: barsRight - stackW, y: bottomY, w: stackW,
    h: Math.max(NIC_H, TITLE_H + stackLines.length * ROW_H + 4), title: 'host stack', lines: stackLines,
  };
  boxes.push(stack);

  // lines are drawn under the boxes: a line passing a bar it does not join goes behind it
  t.segments.filter((s) => s.kind === 'bridge').forEach((s, i) => {
    const seg = segments[s.id];
    const x = stack.x + 16 + i * UPLINK_STEP;
    seg.exit = [{ x, y: seg.y }, { x, y: stack.y }];
    // a bridge without an address (made by hand) does not reach the host stack
    if (s.hostAddress) lines.push({ key: `uplink:${s.id}`, kind: 'uplink', points: seg.exit, colour: colourOf.get(s.id) });
  });
  for (const s of t.segments.filter((x) => x.kind !== 'bridge')) {
    const seg = segments[s.id];
    const nic = nicBoxes[s.parent ?? ''];
    if (!nic) continue;
    const x = nic.x + nic.w / 2;
    seg.exit = [{ x, y: seg.y }, { x, y: nic.y }];
    lines.push({ key: `parent:${s.id}`, kind: 'parent', points: seg.exit, colour: colourOf.get(s.id) });
  }
  for (const c of own) {
    for (const a of c.attachments) {
      const p = ports[`${c.name}/${a.ifName}`];
      const seg = segments[a.segmentId];
      if (!p || !seg) continue;
      lines.push({ key: `veth:${c.name}/${a.ifName}`, kind: 'veth', points: [p, { x: p.x, y: seg.y }], colour: colourOf.get(a.segmentId) });
      // where the veth joins its bar (top edge, clear of the bar's label)
      dots.push({ x: p.x, y: seg.y - BAR_H / 2, colour: colourOf.get(a.segmentId) });
    }
    if (c.mode === 'container' && c.sharesWith && containerBoxes[c.sharesWith]) {
      const a = containerBoxes[c.name];
      const b = containerBoxes[c.sharesWith];
      const y = a.y - 8;
      lines.push({ key: `shared:${c.name}`, kind: 'shared', dashed: true, points: [{ x: a.x + a.w / 2, y: a.y }, { x: a.x + a.w / 2, y }, { x: b.x + b.w / 2, y }, { x: b.x + b.w / 2, y: b.y }] });
    }
  }
  for (const c of hostMode) {
    const b = containerBoxes[c.name];
    lines.push({ key: `hostmode:${c.name}`, kind: 'hostmode', dashed: true, points: [{ x: b.x + b.w / 2, y: b.y + b.h }, { x: b.x + b.w / 2, y: stack.y }] });
  }
  for (const n of nics) {
    const box = nicBoxes[n.name];
    const parent = n.parent ? nicBoxes[n.parent] : undefined;
    if (parent) lines.push({ key: `vlan:${n.name}`, kind: 'vlan', dashed: true, points: [{ x: box.x + box.w, y: box.y + box.h / 2 }, { x: parent.x, y: parent.y + parent.h / 2 }] });
  }
  const eth0 = nicBoxes.eth0;
  if (eth0) lines.push({ key: 'hostlink:eth0', kind: 'hostlink', points: [{ x: eth0.x + eth0.w, y: eth0.y + eth0.h / 2 }, { x: stack.x, y: eth0.y + eth0.h / 2 }] });

  // the host frame around it all, then the LAN under eth0
  const frameBottom = Math.max(stack.y + stack.h, bottomY + NIC_H) + INSET;
  const width = barsRight + INSET + PAD;
  const title = stopped.length ? `${t.hostname} · stopped: ${stopped.join(', ')}` : t.hostname;
  boxes.unshift({ key: 'host', kind: 'host', x: PAD, y: PAD, w: width - 2 * PAD, h: frameBottom - PAD, title: fit(title, width - 2 * PAD - 20), lines: [] });
  const lanW = 220;
  const lanX = eth0 ? Math.max(PAD, eth0.x + eth0.w / 2 - lanW / 2) : PAD;
  const lanNet = t.nics.find((n) => n.name === 'eth0')?.addresses[0];
  const lan: Box = {
    key: 'lan', kind: 'lan', x: lanX, y: frameBottom + 24, w: lanW, h: 40, title: 'LAN',
    lines: [fit(`${lanNet ? lanNet.replace(/\.\d+\//, '.0/') : ''}${t.lanGateway ? ` · router ${t.lanGateway}` : ''}`, lanW - 12)],
  };
  boxes.push(lan);
  if (eth0) lines.push({ key: 'lan:eth0', kind: 'lan', points: [{ x: eth0.x + eth0.w / 2, y: eth0.y + eth0.h }, { x: eth0.x + eth0.w / 2, y: lan.y }] });

  return {
    width,
    height: lan.y + lan.h + PAD,
    boxes,
    lines,
    dots,
    anchors: { ports, segments, nics: nicBoxes, containers: containerBoxes, stack, lan, lanPoint: { x: eth0 ? eth0.x + eth0.w / 2 : lan.x + lan.w / 2, y: lan.y + lan.h / 2 } },
  };
}
