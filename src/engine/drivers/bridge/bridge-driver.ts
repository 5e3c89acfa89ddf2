/**
 * The bridge driver: one Linux bridge per network (docker0 for the default one, br-<id12> otherwise),
 * a veth pair per endpoint, NAT and isolation rules in iptables, port publishing through DNAT.
 */
import type { Engine } from '../../engine.ts';
import type { NetworkDriver } from '../driver.ts';
import type { Network } from '../../model/network.ts';
import type { Endpoint } from '../../model/endpoint.ts';
import type { Sandbox } from '../../model/sandbox.ts';
import type { Container } from '../../model/container.ts';
import type { IfAddr } from '../../model/netns.ts';
import { addLink, addRoute, findLink, linkLocalAddr, removeLink, removeRoutes, v4Addr } from '../../host/netns-ops.ts';
import { invalid } from '../../daemon/errors.ts';
import { programBridge, revokeBridge, type BridgeRuleInfo } from './iptables-rules.ts';
import { publishPorts, unpublishPorts } from './port-mapping.ts';

const OPT = 'com.docker.network.bridge.';
const MTU = 'com.docker.network.driver.mtu';

function parseBool(key: string, value: string | undefined, dflt: boolean): boolean {
  if (value === undefined) return dflt;
  // exactly Go's strconv.ParseBool spellings
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(value)) return false;
  throw invalid(`failed to parse ${key} value: ${value} (strconv.ParseBool: parsing "${value}": invalid syntax)`);
}

/** Go's strconv.Atoi on a driver option, with libnetwork's parseErr wording. */
function parseInt64(key: string, value: string): number {
  const fail = (why: string) =>
    invalid(`failed to parse ${key} value: ${value} (strconv.Atoi: parsing "${value}": ${why})`);
  if (!/^[+-]?\d+$/.test(value)) throw fail('invalid syntax');
  const n = BigInt(value);
  if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) throw fail('value out of range');
  return Number(n);
}

function ruleInfo(nw: Network): BridgeRuleInfo {
  return {
    bridge: nw.bridge!.name,
    subnet: nw.ipam.config[0]?.Subnet ?? '',
    icc: nw.bridge!.icc,
    masquerade: nw.bridge!.masquerade,
    internal: nw.internal,
  };
}

/** a container interface's IPv6 addresses on a dual-stack network: global (nodad) and link-local */
function containerV6Addrs(ep: Endpoint): IfAddr[] {
  if (!ep.ip6) return [];
  return [{ family: 6, address: ep.ip6, prefixLen: ep.prefixLen6!, scope: 'global', flags: '02' }, linkLocalAddr(ep.mac)];
}

export const bridgeDriver: NetworkDriver = {
  type: 'bridge',
  scope: 'local',

  createNetwork(e, nw) {
    const o = nw.options;
    const name = o[OPT + 'name'] ?? `br-${nw.id.slice(0, 12)}`;
    const mtuText = o[MTU];
    const mtu = mtuText === undefined ? 1500 : parseInt64(MTU, mtuText);
    if (mtu < 0) throw invalid(`invalid MTU number: ${mtu}`);
    const others = Object.values(e.state.daemon.networks).filter((n) => n.bridge && n.id !== nw.id);
    const clash = others.find((n) => n.bridge!.name === name);
    if (clash) {
      throw invalid(
        `cannot create network ${nw.id} (${name}): conflicts with network ${clash.id} (${clash.bridge!.name}): networks have same bridge name`,
      );
    }
    const cfg = nw.ipam.config[0];
    const gatewayIp = nw.gatewayIp;
    nw.bridge = {
      name,
      icc: parseBool(OPT + 'enable_icc', o[OPT + 'enable_icc'], true),
      masquerade: parseBool(OPT + 'enable_ip_masquerade', o[OPT + 'enable_ip_masquerade'], true),
      mtu: mtu || 1500,
    };
    const host = e.state.host.ns;
    const prefix = Number(cfg.Subnet.split('/')[1]);
    addLink(host, {
      index: e.nextIfIndex(),
      name,
      kind: 'bridge',
      mac: e.bridgeMac(),
      brd: 'ff:ff:ff:ff:ff:ff',
      mtu: mtu || 1500,
      up: true,
      carrier: false,
      qdisc: 'noqueue',
      addrs: gatewayIp ? [v4Addr(gatewayIp, prefix, true)] : [],
    });
    if (gatewayIp) {
      addRoute(host, { dst: cfg.Subnet, dev: name, proto: 'kernel', scope: 'link', src: gatewayIp, linkdown: true });
    }
    if (nw.ipv6) {
      // Docker puts the IPv6 gateway and fe80::1 on the bridge
      const br = findLink(host, name)!;
      br.addrs.push({ family: 6, address: nw.ipv6.gatewayIp, prefixLen: nw.ipv6.prefixLen, scope: 'global' });
      br.addrs.push({ family: 6, address: 'fe80::1', prefixLen: 64, scope: 'link' });
      addRoute(host, { dst: nw.ipv6.subnet, dev: name, proto: 'kernel', family: 6, metric: 256 });
    }
    programBridge(e.state.host.iptables, ruleInfo(nw));
  },

  deleteNetwork(e, nw) {
    revokeBridge(e.state.host.iptables, ruleInfo(nw));
    removeLink(e.state.host.ns, nw.bridge!.name);
  },

  createEndpoint(e, nw, ep) {
    ep.mac = e.profile.endpointMac(ep.ip, (n) => e.hex(n));
    ep.gateway = nw.gatewayIp ?? '';
    if (nw.ipv6) ep.gateway6 = nw.ipv6.gatewayIp;
  },

  join(e, nw, ep, sb) {
    const host = e.state.host.ns;
    const br = findLink(host, nw.bridge!.name)!;
    const inner = e.nextIfIndex();
    const outer = e.nextIfIndex();
    const vethName = 'veth' + e.hex(7);
    addLink(sb.ns, {
      index: inner,
      name: ep.ifName,
      kind: 'veth',
      mac: ep.mac,
      brd: 'ff:ff:ff:ff:ff:ff',
      mtu: nw.bridge!.mtu,
      up: true,
      carrier: true,
      qdisc: 'noqueue',
      peer: { index: outer },
      addrs: [v4Addr(ep.ip, ep.prefixLen, true), ...containerV6Addrs(ep)],
    });
    if (ep.ip6) {
      const lo = sb.ns.links.find((l) => l.kind === 'loopback');
      if (lo && !lo.addrs.some((a) => a.family === 6)) lo.addrs.push({ family: 6, address: '::1', prefixLen: 128, scope: 'host' });
      addRoute(sb.ns, { dst: nw.ipv6!.subnet, dev: ep.ifName, family: 6, metric: 256 });
    }
    const mac = e.randomMac();
    addLink(host, {
      index: outer,
      name: vethName,
      kind: 'veth',
      mac,
      brd: 'ff:ff:ff:ff:ff:ff',
      mtu: nw.bridge!.mtu,
      up: true,
      carrier: true,
      qdisc: 'noqueue',
      master: br.name,
      peer: { index: inner, netnsId: sb.netnsId },
      addrs: [linkLocalAddr(mac)],
    });
    ep.hostVeth = { name: vethName, index: outer };
    br.carrier = true;
    // the kernel gives a bridge its IPv6 link-local address the first time it comes up with a port
    if (!br.addrs.some((a) => a.family === 6 && a.address !== 'fe80::1' && a.scope === 'link')) {
      // kernel order on the recording host: global address, the EUI-64 link-local, then Docker's fe80::1
      const at = br.addrs.findIndex((a) => a.address === 'fe80::1');
      br.addrs.splice(at < 0 ? br.addrs.length : at, 0, linkLocalAddr(br.mac));
    }
    for (const r of host.routes) if (r.dev === br.name) delete r.linkdown;
    addRoute(sb.ns, { dst: nw.ipam.config[0].Subnet, dev: ep.ifName, scope: 'link', src: ep.ip, proto: 'kernel' });
  },

  leave(e, nw, ep, sb) {
    const host = e.state.host.ns;
    removeLink(sb.ns, ep.ifName);
    if (ep.hostVeth) removeLink(host, ep.hostVeth.name);
    const br = findLink(host, nw.bridge!.name);
    if (br && nw.endpoints.every((id) => id === ep.id)) {
      br.carrier = false;
      for (const r of host.routes) if (r.dev === br.name) r.linkdown = true;
    }
    removeRoutes(sb.ns, (r) => r.dev === ep.ifName);
  },

  programExternalConnectivity(e, nw, ep, c) {
    if (nw.internal) return;
    const hostIp = nw.options[OPT + 'host_binding_ipv4'] ?? '0.0.0.0';
    publishPorts(e, c, ep.ip, nw.bridge!.name, hostIp, ep.id);
  },

  revokeExternalConnectivity(e, nw, _ep, c) {
    unpublishPorts(e, c, nw.bridge!.name);
    c.ports = {};
  },
};

export type { Container, Sandbox, Endpoint };
