/**
 * What macvlan and ipvlan share: a parent (lower) link on the host, created as an 802.1q
 * sub-interface when named `parent.vlan`, or a dummy link when no parent is given.
 */
import type { Engine } from '../../engine.ts';
import type { Network } from '../../model/network.ts';
import type { Endpoint } from '../../model/endpoint.ts';
import type { Sandbox } from '../../model/sandbox.ts';
import type { LinkKind } from '../../model/netns.ts';
import { addLink, addRoute, findLink, removeLink, removeRoutes, v4Addr } from '../../host/netns-ops.ts';
import { invalid } from '../../daemon/errors.ts';

export function setupParent(e: Engine, nw: Network, driver: 'macvlan' | 'ipvlan', mode: string): void {
  const host = e.state.host.ns;
  const parent = nw.options['parent'];
  if (!parent) {
    const name = (driver === 'macvlan' ? 'dm-' : 'di-') + nw.id.slice(0, 12);
    addLink(host, {
      index: e.nextIfIndex(), name, kind: 'dummy', mac: e.randomMac(), brd: 'ff:ff:ff:ff:ff:ff',
      mtu: 1500, up: true, carrier: true, qdisc: 'noqueue', addrs: [],
    });
    nw.lowerLink = { parent: name, mode, createdParent: true, dummy: true };
    return;
  }
  if (parent === 'lo') throw invalid(`loopback interface is not a valid ${driver} parent link`);
  // one macvlan/ipvlan network per parent link (20.10)
  const user = Object.values(e.state.daemon.networks).find((n) => n.lowerLink?.parent === parent);
  if (user) {
    throw invalid(`network ${driver === 'macvlan' ? 'dm' : 'di'}-${user.id.slice(0, 12)} is already using parent interface ${parent}`);
  }
  let created = false;
  if (!findLink(host, parent)) {
    const m = /^(.+)\.(\d+)$/.exec(parent);
    if (!m) throw invalid(`invalid subinterface vlan name ${parent}, example formatting is eth0.10`);
    const vlan = Number(m[2]);
    if (vlan < 1 || vlan > 4094) throw invalid(`vlan id must be between 1-4094, received: ${vlan}`);
    const lower = findLink(host, m[1]);
    if (!lower) throw invalid(`-o parent interface was not found on the host: ${m[1]}`);
    addLink(host, {
      index: e.nextIfIndex(), name: parent, kind: 'vlan', vlanId: vlan, mac: lower.mac, brd: 'ff:ff:ff:ff:ff:ff',
      mtu: lower.mtu, up: true, carrier: lower.carrier, qdisc: 'noqueue', addrs: [],
      peer: { index: lower.index, sameNsName: lower.name },
    });
    created = true;
  }
  nw.lowerLink = { parent, mode, createdParent: created, dummy: false };
}

export function teardownParent(e: Engine, nw: Network): void {
  if (nw.lowerLink?.createdParent) removeLink(e.state.host.ns, nw.lowerLink.parent);
}

export function joinLowerLink(
  e: Engine,
  nw: Network,
  ep: Endpoint,
  sb: Sandbox,
  kind: LinkKind,
  opts: { mac: string; defaultViaGateway: boolean },
): void {
  const parent = findLink(e.state.host.ns, nw.lowerLink!.parent)!;
  addLink(sb.ns, {
    index: e.nextIfIndex(), name: ep.ifName, kind, mode: nw.lowerLink!.mode, mac: opts.mac, brd: 'ff:ff:ff:ff:ff:ff',
    mtu: parent.mtu, up: true, carrier: true, qdisc: 'noqueue', peer: { index: parent.index },
    addrs: [v4Addr(ep.ip, ep.prefixLen, true)],
  });
  addRoute(sb.ns, { dst: nw.ipam.config[0].Subnet, dev: ep.ifName, scope: 'link', src: ep.ip, proto: 'kernel' });
}

export function leaveLowerLink(sb: Sandbox, ep: Endpoint): void {
  removeLink(sb.ns, ep.ifName);
  removeRoutes(sb.ns, (r) => r.dev === ep.ifName);
}
