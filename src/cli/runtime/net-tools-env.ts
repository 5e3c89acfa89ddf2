/**
 * Builds what the Linux tools (ip, ifconfig, brctl, iptables, sysctl, ...) read from the engine, and
 * carries out the changes they ask for on the host. Containers get no mutations: without NET_ADMIN
 * the real tools say "Operation not permitted".
 */
import type { Engine } from '../../engine/engine.ts';
import type { Container } from '../../engine/model/container.ts';
import type { NetListener, NetToolsEnv } from '../linux/env.ts';
import { nsMutations } from './ns-mutations.ts';
import { emptyIptables } from '../../engine/model/iptables.ts';

function hostListeners(e: Engine): NetListener[] {
  const out: NetListener[] = [];
  for (const p of e.state.daemon.proxies) {
    out.push({ proto: 'tcp', address: p.hostIp === '::' ? '::' : p.hostIp, port: p.hostPort, program: 'docker-proxy' });
  }
  for (const sb of Object.values(e.state.daemon.sandboxes)) {
    if (sb.hostMode) for (const l of sb.listeners) out.push({ proto: l.proto, address: l.address, port: l.port, program: 'httpd' });
  }
  return out;
}

export function hostToolsEnv(e: Engine): NetToolsEnv {
  const h = e.state.host;
  return {
    flavor: 'host',
    ns: h.ns,
    iptables: h.iptables,
    sysctl: h.sysctl,
    netns: h.namedNetns.map((n) => ({ name: n.name })),
    netnsEnv: (name) => netnsToolsEnv(e, name),
    hostname: h.hostname,
    listeners: hostListeners(e),
    mutate: nsMutations(e, h.ns, true),
  };
}

/** a namespace from `ip netns add`: what `ip -n NAME` and `ip netns exec NAME` see */
export function netnsToolsEnv(e: Engine, name: string): NetToolsEnv | undefined {
  const n = e.state.host.namedNetns.find((x) => x.name === name);
  if (!n) return undefined;
  return {
    flavor: 'host',
    ns: n.ns,
    iptables: emptyIptables(),
    sysctl: { ...e.state.host.sysctl, 'net.ipv4.ip_forward': '0' },
    hostname: e.state.host.hostname,
    listeners: [],
    mutate: nsMutations(e, n.ns, false),
  };
}

export function containerToolsEnv(e: Engine, c: Container): NetToolsEnv {
  const d = e.state.daemon;
  const sb = c.sandboxId ? d.sandboxes[c.sandboxId] : undefined;
  if (!sb || sb.hostMode) return { ...hostToolsEnv(e), flavor: 'busybox', mutate: undefined, iptables: undefined };
  const listeners: NetListener[] = [];
  if (sb.dnsTcpPort && sb.endpoints.some((id) => !['bridge', 'host', 'none'].includes(d.networks[d.endpoints[id].networkId].name))) {
    listeners.push({ proto: 'tcp', address: '127.0.0.11', port: sb.dnsTcpPort });
  }
  for (const l of sb.listeners) listeners.push({ proto: l.proto, address: l.address, port: l.port });
  return {
    flavor: 'busybox',
    ns: sb.ns,
    sysctl: { ...e.state.host.sysctl, 'net.ipv4.ip_forward': '1' },
    hostname: c.config.hostname,
    listeners,
  };
}
