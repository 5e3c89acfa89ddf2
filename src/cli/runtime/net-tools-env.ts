/**
 * Builds what the Linux tools (ip, ifconfig, brctl, iptables, sysctl, ...) read from the engine, and
 * carries out the changes they ask for on the host. Containers get no mutations: without NET_ADMIN
 * the real tools say "Operation not permitted".
 */
import type { Engine } from '../../engine/engine.ts';
import type { Container } from '../../engine/model/container.ts';
import type { NetListener, NetMutations, NetToolsEnv } from '../linux/env.ts';
import { addLink, findLink, linkLocalAddr, removeLink } from '../../engine/host/netns-ops.ts';
import { chain, ensureChain } from '../../engine/host/iptables-ops.ts';

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

function hostMutations(e: Engine): NetMutations {
  const h = e.state.host;
  return {
    addLink(spec) {
      if (spec.name && findLink(h.ns, spec.name)) return 'File exists';
      if (spec.kind === 'veth') {
        const peerName = spec.peer ?? `veth${h.ns.links.filter((l) => l.kind === 'veth').length + 1}`;
        const name = spec.name ?? 'veth0';
        const peerIndex = e.nextIfIndex();
        const index = e.nextIfIndex();
        const mk = (n: string, idx: number, peer: { index: number; name: string }) =>
          addLink(h.ns, {
            index: idx, name: n, kind: 'veth', mac: e.randomMac(), brd: 'ff:ff:ff:ff:ff:ff', mtu: 1500,
            up: false, carrier: false, qdisc: 'noop', qlen: 1000, addrs: [], peer: { index: peer.index, sameNsName: peer.name },
          });
        mk(peerName, peerIndex, { index, name });
        mk(name, index, { index: peerIndex, name: peerName });
        return null;
      }
      if (spec.kind === 'bridge' || spec.kind === 'dummy') {
        addLink(h.ns, {
          index: e.nextIfIndex(), name: spec.name ?? `${spec.kind}0`, kind: spec.kind, mac: e.randomMac(), brd: 'ff:ff:ff:ff:ff:ff',
          mtu: 1500, up: false, carrier: false, qdisc: 'noop', addrs: [],
        });
        return null;
      }
      return 'Operation not supported';
    },
    setLink(name, change) {
      const l = findLink(h.ns, name);
      if (!l) return 'Cannot find device';
      if (change.up !== undefined) {
        l.up = change.up;
        l.qdisc = change.up ? 'noqueue' : l.qdisc;
        // a veth has carrier only when both ends are up
        const peer = l.peer?.sameNsName ? findLink(h.ns, l.peer.sameNsName) : undefined;
        if (l.kind === 'veth' && peer) {
          l.carrier = l.up && peer.up;
          peer.carrier = l.up && peer.up;
          if (l.up && !l.addrs.some((a) => a.family === 6)) l.addrs.push(linkLocalAddr(l.mac));
        } else if (l.kind !== 'bridge') {
          l.carrier = l.up;
        }
      }
      if (change.mtu !== undefined) l.mtu = change.mtu;
      if (change.mac !== undefined) l.mac = change.mac;
      if (change.master !== undefined) l.master = change.master ?? undefined;
      if (change.newName) l.name = change.newName;
      return null;
    },
    deleteLink(name) {
      const l = findLink(h.ns, name);
      if (!l) return 'Cannot find device';
      if (Object.values(e.state.daemon.networks).some((n) => n.bridge?.name === name)) {
        // Docker's bridges can be deleted by hand; the network then breaks, as on a real host
      }
      removeLink(h.ns, name);
      if (l.peer?.sameNsName) removeLink(h.ns, l.peer.sameNsName);
      return null;
    },
    setSysctl(key, value) {
      if (!(key in h.sysctl)) return 'No such file or directory';
      h.sysctl[key] = value;
      if (key === 'net.ipv4.ip_forward') h.sysctl['net.ipv4.conf.all.forwarding'] = value;
      if (key === 'net.ipv4.conf.all.forwarding') h.sysctl['net.ipv4.ip_forward'] = value;
      return null;
    },
    addNetns(name) {
      if (h.namedNetns.includes(name)) return `Cannot create namespace file "/var/run/netns/${name}": File exists`;
      h.namedNetns.push(name);
      return null;
    },
    delNetns(name) {
      if (!h.namedNetns.includes(name)) return `Cannot remove namespace file "/var/run/netns/${name}": No such file or directory`;
      h.namedNetns = h.namedNetns.filter((n) => n !== name);
      return null;
    },
    iptables(table, op) {
      const ipt = h.iptables;
      const c = 'chain' in op && op.chain ? chain(ipt, table, op.chain) : undefined;
      switch (op.op) {
        case 'policy':
          if (c) c.policy = op.policy;
          return null;
        case 'append':
          ensureChain(ipt, table, op.chain).rules.push(op.rule);
          return null;
        case 'insert':
          if (c) c.rules.splice(op.pos - 1, 0, op.rule);
          return null;
        case 'replace':
          if (c) c.rules[op.pos - 1] = op.rule;
          return null;
        case 'delete':
          if (c) c.rules.splice(op.index, 1);
          return null;
        case 'newChain':
          ensureChain(ipt, table, op.chain);
          return null;
        case 'flush':
          for (const x of ipt[table].chains) if (!op.chain || x.name === op.chain) x.rules = [];
          return null;
        case 'deleteChain':
          ipt[table].chains = ipt[table].chains.filter((x) => x.policy !== undefined || (op.chain ? x.name !== op.chain : x.rules.length > 0));
          return null;
        case 'renameChain':
          if (c) c.name = op.newName;
          return null;
        case 'zero':
          return null;
      }
    },
  };
}

export function hostToolsEnv(e: Engine): NetToolsEnv {
  const h = e.state.host;
  return {
    flavor: 'host',
    ns: h.ns,
    iptables: h.iptables,
    sysctl: h.sysctl,
    netns: h.namedNetns.map((name) => ({ name })),
    hostname: h.hostname,
    listeners: hostListeners(e),
    mutate: hostMutations(e),
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
