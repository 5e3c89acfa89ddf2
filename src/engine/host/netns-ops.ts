/** Small, pure edits of a NetNamespace: the kernel operations drivers perform. */
import type { IfAddr, Link, NetNamespace, Route } from '../model/netns.ts';
import { ipToInt, parseCidr4 } from '../ipam/ipv4.ts';

export function findLink(ns: NetNamespace, name: string): Link | undefined {
  return ns.links.find((l) => l.name === name);
}

export function addLink(ns: NetNamespace, link: Link): Link {
  // kernel indexes only grow, so a new link nearly always goes last; keep the list ordered by index
  let i = ns.links.length;
  while (i > 0 && ns.links[i - 1].index > link.index) i--;
  ns.links.splice(i, 0, link);
  return link;
}

export function removeLink(ns: NetNamespace, name: string): void {
  const i = ns.links.findIndex((l) => l.name === name);
  if (i >= 0) ns.links.splice(i, 1);
  if (ns.routes.some((r) => r.dev === name)) ns.routes = ns.routes.filter((r) => r.dev !== name);
}

function routeKey(r: Route): [number, number] {
  if (r.dst === 'default') return [0, 0];
  const c = parseCidr4(r.dst);
  return c ? [c.base, c.prefix] : [0xffffffff, 0];
}

/** the kernel lists IPv4 routes of the main table ordered by destination */
export function addRoute(ns: NetNamespace, route: Route): void {
  ns.routes.push(route);
  ns.routes.sort((a, b) => {
    const [ab, ap] = routeKey(a);
    const [bb, bp] = routeKey(b);
    return ab - bb || ap - bp;
  });
}

export function removeRoutes(ns: NetNamespace, pred: (r: Route) => boolean): void {
  ns.routes = ns.routes.filter((r) => !pred(r));
}

/** EUI-64 IPv6 link-local address from a MAC, as the kernel assigns it */
export function linkLocalFromMac(mac: string): string {
  const b = mac.split(':').map((x) => parseInt(x, 16));
  b[0] ^= 0x02;
  const words = [(b[0] << 8) | b[1], (b[2] << 8) | 0xff, (0xfe << 8) | b[3], (b[4] << 8) | b[5]];
  return 'fe80::' + words.map((w) => w.toString(16)).join(':');
}

export function linkLocalAddr(mac: string): IfAddr {
  return { family: 6, address: linkLocalFromMac(mac), prefixLen: 64, scope: 'link' };
}

export function v4Addr(ip: string, prefixLen: number, withBroadcast: boolean): IfAddr {
  const mask = prefixLen === 0 ? 0 : (0xffffffff << (32 - prefixLen)) >>> 0;
  const brd = ((ipToInt(ip) & mask) | (~mask >>> 0)) >>> 0;
  const a: IfAddr = { family: 4, address: ip, prefixLen, scope: 'global' };
  if (withBroadcast) a.broadcast = [brd >>> 24, (brd >>> 16) & 255, (brd >>> 8) & 255, brd & 255].join('.');
  return a;
}

export function loopback(index = 1): Link {
  return {
    index,
    name: 'lo',
    kind: 'loopback',
    mac: '00:00:00:00:00:00',
    brd: '00:00:00:00:00:00',
    mtu: 65536,
    up: true,
    carrier: true,
    qdisc: 'noqueue',
    qlen: 1000,
    addrs: [{ family: 4, address: '127.0.0.1', prefixLen: 8, scope: 'host' }],
  };
}
