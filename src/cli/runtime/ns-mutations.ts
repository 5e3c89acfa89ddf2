/**
 * The kernel changes `ip`, `ifconfig`, `route`, `brctl`, `sysctl` and `iptables` ask for, applied to
 * one namespace (the host's or a named one from `ip netns add`). Containers get none: without
 * NET_ADMIN the tools print "Operation not permitted".
 */
import type { Engine } from '../../engine/engine.ts';
import type { Link, NetNamespace } from '../../engine/model/netns.ts';
import type { NetMutations } from '../linux/env.ts';
import { addLink, addRoute, findLink, linkLocalAddr, removeLink, removeRoutes } from '../../engine/host/netns-ops.ts';
import { chain, ensureChain } from '../../engine/host/iptables-ops.ts';
import { ipToInt, maskOf } from '../../engine/ipam/ipv4.ts';

function newLink(e: Engine, name: string, kind: Link['kind'], extra: Partial<Link> = {}): Link {
  return {
    index: e.nextIfIndex(), name, kind, mac: e.randomMac(), brd: 'ff:ff:ff:ff:ff:ff', mtu: 1500, up: false,
    carrier: false, qdisc: 'noop', qlen: 1000, addrs: [], ...extra,
  };
}

/** where a link with this ifindex lives (ifindexes are unique across namespaces here) */
export function locateLink(e: Engine, index: number): { ns: NetNamespace; link: Link } | undefined {
  const spaces: NetNamespace[] = [e.state.host.ns, ...e.state.host.namedNetns.map((n) => n.ns), ...Object.values(e.state.daemon.sandboxes).map((s) => s.ns)];
  for (const ns of spaces) {
    const link = ns.links.find((l) => l.index === index);
    if (link) return { ns, link };
  }
  return undefined;
}

function carrierOf(e: Engine, l: Link): boolean {
  if (l.kind !== 'veth' || !l.peer) return l.up;
  const peer = locateLink(e, l.peer.index)?.link;
  return l.up && !!peer?.up;
}

export function nsMutations(e: Engine, ns: NetNamespace, isHost: boolean): NetMutations {
  const h = e.state.host;
  const m: NetMutations = {
    addLink(spec) {
      if (spec.name && findLink(ns, spec.name)) return 'File exists';
      if (spec.kind === 'veth') {
        const name = spec.name ?? 'veth0';
        const peerName = spec.peer ?? 'veth1';
        if (findLink(ns, peerName)) return 'File exists';
        const peer = newLink(e, peerName, 'veth');
        const self = newLink(e, name, 'veth');
        peer.peer = { index: self.index, sameNsName: name };
        self.peer = { index: peer.index, sameNsName: peerName };
        addLink(ns, peer);
        addLink(ns, self);
        return null;
      }
      if (spec.kind === 'bridge' || spec.kind === 'dummy') {
        addLink(ns, newLink(e, spec.name ?? `${spec.kind}0`, spec.kind, { qlen: undefined }));
        return null;
      }
      if ((spec.kind === 'vlan' || spec.kind === 'macvlan') && spec.parent) {
        const lower = findLink(ns, spec.parent);
        if (!lower) return 'No such device';
        addLink(ns, newLink(e, spec.name ?? `${spec.parent}.${spec.vlanId ?? 0}`, spec.kind, {
          vlanId: spec.vlanId, mode: spec.mode, mac: spec.kind === 'vlan' ? lower.mac : e.randomMac(), peer: { index: lower.index, sameNsName: lower.name },
        }));
        return null;
      }
      return 'Operation not supported';
    },
    setLink(name, change) {
      const l = findLink(ns, name);
      if (!l) return 'Cannot find device';
      if (change.netns !== undefined) {
        const target = h.namedNetns.find((n) => n.name === change.netns);
        if (!target) return `Invalid "netns" value "${change.netns}"`;
        // a link moved to another namespace goes down and loses its addresses, as in the kernel
        removeLink(ns, name);
        l.up = false;
        l.carrier = false;
        l.addrs = [];
        l.master = undefined;
        addLink(target.ns, l);
        for (const side of [l, l.peer ? locateLink(e, l.peer.index)?.link : undefined]) {
          if (side?.peer) delete side.peer.sameNsName;
        }
        return null;
      }
      if (change.up !== undefined) {
        l.up = change.up;
        if (change.up && l.qdisc === 'noop') l.qdisc = 'noqueue';
        const peer = l.peer ? locateLink(e, l.peer.index)?.link : undefined;
        l.carrier = carrierOf(e, l);
        if (peer && l.kind === 'veth') peer.carrier = carrierOf(e, peer);
        if (l.up && l.kind !== 'loopback' && !l.addrs.some((a) => a.family === 6)) l.addrs.push(linkLocalAddr(l.mac));
      }
      if (change.mtu !== undefined) l.mtu = change.mtu;
      if (change.mac !== undefined) l.mac = change.mac;
      if (change.master !== undefined) {
        l.master = change.master ?? undefined;
        const br = change.master ? findLink(ns, change.master) : undefined;
        if (br) br.carrier = br.up && ns.links.some((x) => x.master === br.name && x.carrier);
      }
      if (change.newName) {
        for (const r of ns.routes) if (r.dev === name) r.dev = change.newName;
        l.name = change.newName;
      }
      return null;
    },
    deleteLink(name) {
      const l = findLink(ns, name);
      if (!l) return 'Cannot find device';
      removeLink(ns, name);
      const peer = l.kind === 'veth' && l.peer ? locateLink(e, l.peer.index) : undefined;
      if (peer) removeLink(peer.ns, peer.link.name);
      return null;
    },
    addAddr(dev, addr) {
      const l = findLink(ns, dev);
      if (!l) return 'Cannot find device';
      if (l.addrs.some((a) => a.address === addr.address && a.prefixLen === addr.prefixLen)) return 'File exists';
      l.addrs.push(addr.family === 4 && !addr.broadcast ? { ...addr } : addr);
      if (addr.family === 4 && addr.prefixLen < 32) {
        // the kernel adds the prefix route of an address
        const net = (ipToInt(addr.address) & maskOf(addr.prefixLen)) >>> 0;
        const dst = `${[net >>> 24, (net >>> 16) & 255, (net >>> 8) & 255, net & 255].join('.')}/${addr.prefixLen}`;
        // linkdown is left to `ip route` to work out from the link's carrier at the time it prints
        addRoute(ns, { dst, dev, proto: 'kernel', scope: 'link', src: addr.address });
      }
      return null;
    },
    delAddr(dev, addr) {
      const l = findLink(ns, dev);
      if (!l) return 'Cannot find device';
      const before = l.addrs.length;
      l.addrs = l.addrs.filter((a) => !(a.address === addr.address && a.prefixLen === addr.prefixLen));
      if (l.addrs.length === before) return 'Cannot assign requested address';
      removeRoutes(ns, (r) => r.dev === dev && r.src === addr.address);
      return null;
    },
    addRoute(route) {
      if (ns.routes.some((r) => r.dst === route.dst && (r.family ?? 4) === (route.family ?? 4))) return 'File exists';
      addRoute(ns, { ...route });
      return null;
    },
    delRoute(route) {
      const before = ns.routes.length;
      removeRoutes(ns, (r) => r.dst === route.dst && (!route.dev || r.dev === route.dev));
      return ns.routes.length === before ? 'No such process' : null;
    },
  };
  if (!isHost) return m;
  return {
    ...m,
    setSysctl(key, value) {
      if (!(key in h.sysctl)) return 'No such file or directory';
      h.sysctl[key] = value;
      if (key === 'net.ipv4.ip_forward') h.sysctl['net.ipv4.conf.all.forwarding'] = value;
      if (key === 'net.ipv4.conf.all.forwarding') h.sysctl['net.ipv4.ip_forward'] = value;
      return null;
    },
    addNetns(name) {
      if (h.namedNetns.some((n) => n.name === name)) return 'File exists';
      const lo: Link = { index: 1, name: 'lo', kind: 'loopback', mac: '00:00:00:00:00:00', brd: '00:00:00:00:00:00', mtu: 65536, up: false, carrier: false, qdisc: 'noop', qlen: 1000, addrs: [] };
      h.namedNetns.push({ name, ns: { links: [lo], routes: [] } });
      return null;
    },
    delNetns(name) {
      if (!h.namedNetns.some((n) => n.name === name)) return 'No such file or directory';
      h.namedNetns = h.namedNetns.filter((n) => n.name !== name);
      return null;
    },
    iptables(table, op) {
      const ipt = h.iptables;
      const c = 'chain' in op && op.chain ? chain(ipt, table, op.chain) : undefined;
      switch (op.op) {
        case 'policy': if (c) c.policy = op.policy; return null;
        case 'append': ensureChain(ipt, table, op.chain).rules.push(op.rule); return null;
        case 'insert': if (c) c.rules.splice(op.pos - 1, 0, op.rule); return null;
        case 'replace': if (c) c.rules[op.pos - 1] = op.rule; return null;
        case 'delete': if (c) c.rules.splice(op.index, 1); return null;
        case 'newChain': ensureChain(ipt, table, op.chain); return null;
        case 'flush': for (const x of ipt[table].chains) if (!op.chain || x.name === op.chain) x.rules = []; return null;
        case 'deleteChain':
          ipt[table].chains = ipt[table].chains.filter((x) => x.policy !== undefined || (op.chain ? x.name !== op.chain : x.rules.length > 0));
          return null;
        case 'renameChain': if (c) c.name = op.newName; return null;
        case 'zero': return null;
      }
    },
  };
}
