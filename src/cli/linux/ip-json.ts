/** `ip -j` (iproute2 6.1): link, addr and route listings as one line of JSON, keys in iproute2's order. */
import type { Link, NetToolsEnv, Route } from './env.ts';
import { familyAddrs, linkFlags, linkType, operState, peerPart } from './link-print.ts';
import type { Family } from './link-print.ts';
import { isSecondary } from './util.ts';

const FOREVER = 4294967295;

export function linkJson(link: Link, env: NetToolsEnv, mode: 'link' | 'addr', family: Family): Record<string, unknown> {
  const o: Record<string, unknown> = { ifindex: link.index };
  const p = link.peer;
  if (p && p.netnsId !== undefined) o.link_index = p.index;
  else if (p) o.link = p.sameNsName ?? env.ns.links.find((l) => l.index === p.index)?.name ?? null;
  o.ifname = link.name;
  const { mdown } = peerPart(link, env);
  o.flags = [...linkFlags(link), ...(mdown ? ['M-DOWN'] : [])];
  o.mtu = link.mtu;
  o.qdisc = link.qdisc;
  if (link.master) o.master = link.master;
  o.operstate = operState(link);
  if (mode === 'link') o.linkmode = 'DEFAULT';
  o.group = 'default';
  if (link.qlen) o.txqlen = link.qlen;
  if (family === 0) {
    o.link_type = linkType(link);
    o.address = link.mac;
    o.broadcast = link.brd ?? (link.kind === 'loopback' ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff');
  }
  if (p?.netnsId !== undefined) o.link_netnsid = p.netnsId;
  if (mode === 'addr') {
    o.addr_info = familyAddrs(link, family).map((i) => {
      const a = link.addrs[i];
      const x: Record<string, unknown> = { family: a.family === 4 ? 'inet' : 'inet6', local: a.address, prefixlen: a.prefixLen };
      if (a.family === 4 && a.broadcast) x.broadcast = a.broadcast;
      x.scope = a.scope;
      if (isSecondary(link, i)) x.secondary = true;
      if (a.family === 4) x.label = link.name;
      x.valid_life_time = FOREVER;
      x.preferred_life_time = FOREVER;
      return x;
    });
  }
  return o;
}

export function routeJson(r: Route, hideDev: boolean, linkdown: boolean): Record<string, unknown> {
  const o: Record<string, unknown> = { dst: r.dst };
  if (r.via) o.gateway = r.via;
  if (!hideDev) o.dev = r.dev;
  if (r.proto && r.proto !== 'boot') o.protocol = r.proto;
  if (r.scope) o.scope = r.scope;
  if (r.src) o.prefsrc = r.src;
  o.flags = linkdown ? ['linkdown'] : [];
  return o;
}

export function jsonLine(items: unknown[]): string {
  return JSON.stringify(items) + '\n';
}
