/** `ip route` (show, get, add, del) and `ip netns` (list, add, delete). */
import type { Route } from './env.ts';
import type { IpCtx } from './ip.ts';
import { ipErr, matches } from './ip.ts';
import { findLink, isIp4, primary4, routeLookup } from './util.ts';
import { jsonLine, routeJson } from './ip-json.ts';

/** one route line; `hideDev` when listing with `dev X` (iproute2 leaves the device out then) */
export function routeLine(r: Route, bb: boolean, hideDev = false, linkdown = false): string {
  let s = `${r.dst} `;
  if (r.via) s += `via ${r.via} `;
  if (!hideDev) s += `dev ${r.dev} `;
  if (bb) {
    if (r.scope) s += `scope ${r.scope} `;
    if (r.src) s += ` src ${r.src} `;
    return s + '\n';
  }
  if (r.proto && r.proto !== 'boot') s += `proto ${r.proto} `;
  if (r.scope) s += `scope ${r.scope} `;
  if (r.src) s += `src ${r.src} `;
  if (linkdown) s += 'linkdown ';
  return s + '\n';
}

function isLinkdown(c: IpCtx, r: Route): boolean {
  if (r.linkdown !== undefined) return r.linkdown;
  const l = findLink(c.env.ns, r.dev);
  return !!l && l.up && !l.carrier;
}

/** an IPv6 route as iproute2 / busybox print it (metric, and `pref medium` on the host) */
function v6RouteLine(c: IpCtx, r: Route, hideDev: boolean): string {
  let s = `${r.dst} `;
  if (r.via) s += `via ${r.via} `;
  if (!hideDev) s += `dev ${r.dev} `;
  if (c.bb) return s + ` metric ${r.metric ?? 256} \n`;
  if (r.proto) s += `proto ${r.proto} `;
  return s + `metric ${r.metric ?? 256} pref medium\n`;
}

/**
 * IPv6 routes in the kernel's dump order: prefix routes (the namespace's own, then the fe80::/64 the
 * kernel adds for every link with a link-local address), default routes, and (busybox shows the local
 * table too) one multicast route per link.
 */
function v6Routes(c: IpCtx, dev?: string): string {
  const links = [...c.env.ns.links]
    .sort((a, b) => a.index - b.index)
    .filter((l) => l.up && l.kind !== 'loopback' && (!dev || l.name === dev))
    .filter((l) => l.addrs.some((a) => a.family === 6 && a.address.startsWith('fe80:')));
  const own = c.env.ns.routes.filter((r) => r.family === 6 && (!dev || r.dev === dev));
  let s = '';
  for (const r of own.filter((x) => x.dst !== 'default')) s += v6RouteLine(c, r, !!dev && !c.bb);
  for (const l of links) {
    const d = dev ? '' : `dev ${l.name} `;
    s += c.bb ? `fe80::/64 ${d} metric 256 \n` : `fe80::/64 ${d}proto kernel metric 256 pref medium\n`;
  }
  for (const r of own.filter((x) => x.dst === 'default')) s += v6RouteLine(c, r, !!dev && !c.bb);
  if (c.bb) for (const l of links) s += `multicast ff00::/8 ${dev ? '' : `dev ${l.name} `} metric 256 \n`;
  return s;
}

function show(c: IpCtx, args: string[]): number {
  let dev: string | undefined;
  let prefix: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (w === 'dev' || w === 'oif' || w === 'table' || w === 'proto' || w === 'scope' || w === 'via' || w === 'src') {
      const v = args[++i];
      if (v === undefined) return c.bb ? ipErr(c, 'command line is not complete, try "help"', 1) : ipErr(c, 'Command line is not complete. Try option "help"', 255);
      if (w === 'dev' || w === 'oif') dev = v;
      if (w === 'table' && !['main', 'all', 'local', 'default', '254', '255', '0'].includes(v)) {
        return ipErr(c, `Error: argument "${v}" is wrong: table id value is invalid\n`, 255);
      }
    } else if (w === 'root' || w === 'match' || w === 'exact' || w === 'to') prefix = args[++i];
    else prefix = w;
  }
  if (dev !== undefined && !findLink(c.env.ns, dev)) {
    return c.bb ? ipErr(c, `can't find device '${dev}'`, 1) : ipErr(c, `Cannot find device "${dev}"`, 1);
  }
  let s = '';
  const json: Record<string, unknown>[] = [];
  if (c.family !== 6) {
    for (const r of c.env.ns.routes) {
      if (r.family === 6) continue;
      if (dev !== undefined && r.dev !== dev) continue;
      if (prefix !== undefined && r.dst !== prefix && !(prefix === '0.0.0.0/0' && r.dst === 'default')) continue;
      if (c.json && !c.bb) json.push(routeJson(r, dev !== undefined, isLinkdown(c, r)));
      else s += routeLine(r, c.bb, dev !== undefined && !c.bb, !c.bb && isLinkdown(c, r));
    }
  }
  if (c.json && !c.bb) {
    c.out.write(1, jsonLine(json));
    return 0;
  }
  if (c.family === 6) s += v6Routes(c, dev);
  c.out.write(1, s);
  return 0;
}

function get(c: IpCtx, args: string[]): number {
  const dst = args.find((a, i) => !['from', 'iif', 'oif', 'dev', 'to'].includes(a) && !['from', 'iif', 'oif', 'dev'].includes(args[i - 1]));
  if (dst === undefined) return c.bb ? ipErr(c, 'need at least destination address', 1) : ipErr(c, 'need at least a destination address', 1);
  const ip = dst.replace(/\/32$/, '');
  if (!isIp4(ip)) {
    return c.bb ? ipErr(c, 'need at least destination address', 1) : ipErr(c, `Error: any valid prefix is expected rather than "${dst}".`, 1);
  }
  const sep = c.bb ? '  ' : ' ';
  const tail = c.bb ? ' \n' : ' uid 0 \n';
  if (c.env.ns.links.some((l) => l.addrs.some((a) => a.family === 4 && a.address === ip))) {
    c.out.write(1, `local ${ip} dev lo${sep}src ${ip}${tail}${c.bb ? '' : '    cache <local> \n'}`);
    return 0;
  }
  const r = routeLookup(c.env.ns, ip);
  if (!r) return ipErr(c, 'RTNETLINK answers: Network is unreachable', 2);
  const link = findLink(c.env.ns, r.dev);
  const src = r.src ?? (link ? primary4(link)?.address : undefined) ?? '0.0.0.0';
  c.out.write(1, `${ip} ${r.via ? `via ${r.via} ` : ''}dev ${r.dev}${sep}src ${src}${tail}${c.bb ? '' : '    cache \n'}`);
  return 0;
}

function change(c: IpCtx, op: 'add' | 'del', args: string[]): number {
  const r: Partial<Route> = {};
  let dst: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (['via', 'dev', 'src', 'proto', 'scope', 'metric', 'table'].includes(w)) {
      const v = args[++i];
      if (v === undefined) return c.bb ? ipErr(c, 'command line is not complete, try "help"', 1) : ipErr(c, 'Command line is not complete. Try option "help"', 255);
      if (w === 'via') r.via = v;
      else if (w === 'dev') r.dev = v;
      else if (w === 'src') r.src = v;
      else if (w === 'scope' && (v === 'link' || v === 'host')) r.scope = v;
    } else if (w === 'to') dst = args[++i];
    else dst = w;
  }
  if (dst === undefined) return ipErr(c, 'RTNETLINK answers: No such device', 2);
  if (dst !== 'default') {
    const [a, p] = dst.split('/');
    if (!isIp4(a) || (p !== undefined && !(/^\d+$/.test(p) && +p <= 32))) {
      return c.bb ? ipErr(c, `an inet prefix is expected rather than "${dst}"`, 1) : ipErr(c, `Error: any valid prefix is expected rather than "${dst}".`, 1);
    }
    if (p === undefined) dst = `${a}/32`;
    if (dst.endsWith('/32')) dst = a;
  }
  if (r.dev !== undefined && !findLink(c.env.ns, r.dev)) {
    return c.bb ? ipErr(c, `can't find device '${r.dev}'`, 1) : ipErr(c, `Cannot find device "${r.dev}"`, 1);
  }
  const route: Route = { dst, dev: r.dev ?? '', ...(r.via ? { via: r.via } : {}), ...(r.src ? { src: r.src } : {}) };
  if (op === 'add') {
    if (r.via) {
      const nh = routeLookup(c.env.ns, r.via);
      if (!nh || nh.via || (r.dev && nh.dev !== r.dev)) return ipErr(c, c.bb ? 'RTNETLINK answers: Network is unreachable' : 'Error: Nexthop has invalid gateway.', 2);
      route.dev = r.dev ?? nh.dev;
    } else if (!r.dev) return ipErr(c, 'RTNETLINK answers: No such device', 2);
    else route.scope = r.scope ?? 'link';
    if (c.env.ns.routes.some((x) => x.dst === route.dst)) return ipErr(c, 'RTNETLINK answers: File exists', 2);
  } else {
    const found = c.env.ns.routes.find((x) => x.dst === route.dst && (!r.dev || x.dev === r.dev) && (!r.via || x.via === r.via));
    if (!found) return ipErr(c, 'RTNETLINK answers: No such process', 2);
    Object.assign(route, found);
  }
  const fn = op === 'add' ? c.env.mutate?.addRoute : c.env.mutate?.delRoute;
  const e = fn ? fn.call(c.env.mutate, route) : 'Operation not permitted';
  return e ? ipErr(c, e.startsWith('Error:') ? e : `RTNETLINK answers: ${e}`, 2) : 0;
}

export function routeCmd(c: IpCtx, args: string[]): number {
  const w = args[0];
  if (w === undefined) return show(c, []);
  const rest = args.slice(1);
  const words = c.bb
    ? ['add', 'append', 'change', 'chg', 'delete', 'get', 'list', 'show', 'prepend', 'replace', 'test', 'flush']
    : ['add', 'change', 'replace', 'prepend', 'append', 'test', 'delete', 'list', 'show', 'lst', 'get', 'flush'];
  const cmd = words.find((k) => matches(w, k));
  if (cmd === 'add' || cmd === 'append' || cmd === 'replace' || cmd === 'prepend') return change(c, 'add', rest);
  if (cmd === 'delete') return change(c, 'del', rest);
  if (cmd === 'list' || cmd === 'show' || cmd === 'lst') return show(c, rest);
  if (cmd === 'get') return get(c, rest);
  if (c.bb) return ipErr(c, `invalid argument '${w}' to 'ip'`, 1);
  c.out.write(2, `Command "${w}" is unknown, try "ip route help".\n`);
  return 255;
}

export function netnsCmd(c: IpCtx, args: string[]): number {
  const w = args[0] ?? 'list';
  const list = c.env.netns ?? [];
  if (matches(w, 'list') || w === 'show') {
    c.out.write(1, list.map((n) => (n.id !== undefined ? `${n.name} (id: ${n.id})\n` : `${n.name}\n`)).join(''));
    return 0;
  }
  if (w === 'list-id') return 0;
  if (w === 'add' || matches(w, 'delete')) {
    const name = args[1];
    if (name === undefined) return ipErr(c, 'No netns name specified', 255);
    const exists = list.some((n) => n.name === name);
    if (w === 'add' && exists) return ipErr(c, `Cannot create namespace file "/run/netns/${name}": File exists`, 1);
    if (w !== 'add' && !exists) return ipErr(c, `Cannot remove namespace file "/run/netns/${name}": No such file or directory`, 1);
    const m = c.env.mutate;
    const e = w === 'add' ? (m?.addNetns ? m.addNetns(name) : 'Operation not permitted') : m?.delNetns ? m.delNetns(name) : 'Operation not permitted';
    if (e) return ipErr(c, `Cannot ${w === 'add' ? 'create' : 'remove'} namespace file "/run/netns/${name}": ${e}`, 1);
    return 0;
  }
  c.out.write(2, `Command "${w}" is unknown, try "ip netns help".\n`);
  return 255;
}
