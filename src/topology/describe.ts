/**
 * The text alternative of the topology view: the same facts as the picture, as headed lists a
 * screen reader can walk (host interfaces, networks with their members, containers with their
 * addresses, published ports), and one sentence for the fate of a packet. Pure.
 */
import type { PacketTrace } from '../engine/dataplane/trace.ts';
import { format, type Strings } from '../i18n/strings.ts';
import type { Topology } from './model.ts';
import type { PacketFate } from './packet-path.ts';

export interface DescriptionSection {
  heading: string;
  items: string[];
}

export function describeTopology(t: Topology, s: Strings): DescriptionSection[] {
  const nics = t.nics.map((n) =>
    n.kind === 'vlan'
      ? format(s['describe.vlan'], { name: n.name, id: n.vlanId ?? '?', parent: n.parent ?? '?' })
      : format(s['describe.nic'], { name: n.name, addresses: n.addresses.join(', ') || s['describe.none'] }),
  );
  const networks = t.segments.map((seg) => {
    const members = t.containers.flatMap((c) => c.attachments.filter((a) => a.segmentId === seg.id).map((a) => `${c.name} ${a.address || ''}`.trim()));
    const who = members.length ? format(s['describe.members'], { list: members.join(', ') }) : s['describe.noMembers'];
    const net = seg.network;
    let what: string;
    if (seg.kind === 'bridge' && !net) {
      what = format(s['describe.plainBridge'], { bridge: seg.label, ports: seg.otherPorts.length ? ` (ports: ${seg.otherPorts.join(', ')})` : '' });
    } else if (seg.kind === 'bridge') {
      what = format(s['describe.bridge'], {
        name: net!.name, driver: net!.driver, bridge: seg.label, subnet: net!.subnets.join(', ') || s['describe.none'],
        gateway: seg.hostAddress?.split('/')[0] ?? s['describe.none'], internal: net!.internal ? s['describe.internal'] : '',
      });
    } else {
      what = format(s['describe.lower'], { name: seg.label, driver: seg.kind, mode: seg.mode ?? '?', parent: seg.parent ?? '?', subnet: net?.subnets.join(', ') || s['describe.none'] });
    }
    return `${what}. ${who}.`;
  });
  const containers = t.containers.map((c) => {
    let detail: string;
    if (c.mode === 'host') detail = s['describe.hostMode'];
    else if (c.mode === 'none') detail = s['describe.noneMode'];
    else if (c.mode === 'container') detail = format(s['describe.containerMode'], { other: c.sharesWith ?? '?' });
    else if (!c.attachments.length) detail = s['describe.noNetworks'];
    else detail = c.attachments.map((a) => format(s['describe.attachment'], { ifName: a.ifName, address: a.address || s['describe.none'], network: a.network })).join('; ');
    return format(s['describe.container'], { name: c.name, image: c.image, state: c.running ? s['describe.running'] : s['describe.stopped'], detail });
  });
  const ports = t.ports.map((p) => format(s['describe.port'], { ...p }));
  return [
    { heading: s['describe.nics'], items: nics },
    { heading: s['describe.networks'], items: networks },
    { heading: s['describe.containers'], items: containers.length ? containers : [s['describe.none']] },
    { heading: s['describe.ports'], items: ports.length ? ports : [s['describe.none']] },
  ];
}

/** one sentence for the live region: where the packet went and, if it was dropped, why */
export function describePacket(trace: PacketTrace, fate: PacketFate, s: Strings): string {
  const base = { proto: trace.proto.toUpperCase() + (trace.port ? ` port ${trace.port}` : ''), from: trace.from, to: trace.to };
  if (fate.kind === 'dropped' && fate.reason === 'unresolved') return format(s['packet.unresolved'], { from: trace.from, name: trace.to });
  if (fate.kind === 'delivered') return format(s['packet.delivered'], { ...base, hops: trace.hops.length });
  return format(s['packet.dropped'], { ...base, at: fate.at, reason: s[`drop.${fate.reason}`], detail: fate.detail });
}
