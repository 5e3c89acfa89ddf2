/** `ip link [show]` and `ip addr [show]`: argument parsing and listing, both flavours. */
import type { Link } from './env.ts';
import type { IpCtx } from './ip.ts';
import { ipErr } from './ip.ts';
import { addrLine, briefLine, familyAddrs, linkBlock } from './link-print.ts';
import { findLink, inSubnet, padStart } from './util.ts';
import { jsonLine, linkJson } from './ip-json.ts';

interface ShowFilter {
  dev?: string;
  up: boolean;
  master?: string;
  kind?: string;
  to?: string;
  scope?: string;
}

/** parse the selectors shared by link and addr listing; a number is an exit status */
function parseFilter(c: IpCtx, args: string[], object: 'link' | 'address'): ShowFilter | number {
  const f: ShowFilter = { up: false };
  const bbCode = object === 'link' ? 2 : 1;
  const incomplete = () =>
    c.bb ? ipErr(c, 'command line is not complete, try "help"', bbCode) : ipErr(c, 'Command line is not complete. Try option "help"', 255);
  const keywords = c.bb ? ['to', 'scope', 'up', 'label'] : ['to', 'scope', 'up', 'label', 'group', 'master', 'type', 'vrf', 'nomaster', 'dynamic', 'permanent'];
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (keywords.includes(w)) {
      if (w === 'up') f.up = true;
      else if (w === 'nomaster' || w === 'dynamic' || w === 'permanent') continue;
      else {
        const v = args[++i];
        if (v === undefined) return incomplete();
        if (w === 'to') f.to = v;
        else if (w === 'scope') f.scope = v;
        else if (w === 'type') f.kind = v;
        else if (w === 'master') {
          if (!findLink(c.env.ns, v)) return ipErr(c, `Error: argument "${v}" is wrong: Device does not exist\n`, 255);
          f.master = v;
        }
      }
      continue;
    }
    let name = w;
    if (w === 'dev') {
      name = args[++i];
      if (name === undefined) return incomplete();
    }
    if (f.dev !== undefined) {
      return c.bb
        ? ipErr(c, `either "dev" is duplicate, or "${name}" is garbage`, bbCode)
        : ipErr(c, `Error: either "dev" is duplicate, or "${name}" is a garbage.`, 255);
    }
    f.dev = name;
  }
  if (f.dev !== undefined && !findLink(c.env.ns, f.dev)) {
    return c.bb ? ipErr(c, `can't find device '${f.dev}'`, bbCode) : ipErr(c, `Device "${f.dev}" does not exist.`, 1);
  }
  return f;
}

function kindMatches(c: IpCtx, link: Link, kind: string): boolean {
  if (kind === 'bridge_slave') return !!link.master && findLink(c.env.ns, link.master)?.kind === 'bridge';
  if (link.kind === 'loopback' || link.kind === 'ether') return false;
  return link.kind === kind;
}

function selected(c: IpCtx, f: ShowFilter): Link[] {
  return [...c.env.ns.links]
    .sort((a, b) => a.index - b.index)
    .filter(
      (l) =>
        (f.dev === undefined || l.name === f.dev) &&
        (!f.up || l.up) &&
        (f.master === undefined || l.master === f.master) &&
        (f.kind === undefined || kindMatches(c, l, f.kind)),
    );
}

function statsBlock(c: IpCtx, link: Link): string {
  const k = c.env.counters?.(link.name) ?? {};
  const n = (v: number | undefined, w: number) => padStart(String(v ?? 0), w) + ' ';
  return (
    '    RX:  bytes packets errors dropped  missed   mcast           \n' +
    `    ${n(k.rxBytes, 10)}${n(k.rxPackets, 7)}${n(k.rxErrors, 6)}${n(k.rxDropped, 7)}${n(0, 7)}${n(k.rxMulticast, 7)}\n` +
    '    TX:  bytes packets errors dropped carrier collsns           \n' +
    `    ${n(k.txBytes, 10)}${n(k.txPackets, 7)}${n(k.txErrors, 6)}${n(k.txDropped, 7)}${n(k.txCarrier, 7)}${n(k.collisions, 7)}\n`
  );
}

export function linkShow(c: IpCtx, args: string[]): number {
  const f = parseFilter(c, args, 'link');
  if (typeof f === 'number') return f;
  if (c.json && !c.bb) {
    c.out.write(1, jsonLine(selected(c, f).map((l) => linkJson(l, c.env, 'link', 0))));
    return 0;
  }
  let s = '';
  for (const l of selected(c, f)) {
    if (c.brief && !c.bb) s += briefLine(l, c.env, 'link', 0);
    else {
      s += linkBlock(l, c.env, { family: 0, linkMode: true, details: c.details, oneline: c.oneline });
      if (c.stats && !c.bb && !c.oneline) s += statsBlock(c, l);
    }
  }
  c.out.write(1, s);
  return 0;
}

export function addrShow(c: IpCtx, args: string[]): number {
  const f = parseFilter(c, args, 'address');
  if (typeof f === 'number') return f;
  let s = '';
  // `to PREFIX` sets the family when none was given (get_prefix)
  if (f.to !== undefined && c.family === 0) c.family = f.to.includes(':') ? 6 : 4;
  const filtering = c.family !== 0 || f.to !== undefined || f.scope !== undefined;
  const json: Record<string, unknown>[] = [];
  for (const l of selected(c, f)) {
    const idx = familyAddrs(l, c.family).filter((i) => {
      const a = l.addrs[i];
      if (f.scope !== undefined && a.scope !== f.scope) return false;
      if (f.to !== undefined) return a.family === 4 && f.to.includes('.') && inSubnet(a.address, f.to.includes('/') ? f.to : `${f.to}/32`);
      return true;
    });
    if (filtering && idx.length === 0) continue;
    if (c.json && !c.bb) {
      json.push(linkJson(l, c.env, 'addr', c.family));
      continue;
    }
    if (c.brief && !c.bb) {
      s += briefLine({ ...l, addrs: idx.map((i) => l.addrs[i]) }, c.env, 'addr', c.family === 6 && f.dev === undefined ? 6 : 0);
      continue;
    }
    if (!c.oneline) s += linkBlock(l, c.env, { family: c.family, linkMode: false, details: c.details, byDev: f.dev !== undefined });
    for (const i of idx) s += addrLine(l, i, { oneline: c.oneline });
  }
  c.out.write(1, c.json && !c.bb ? jsonLine(json) : s);
  return 0;
}
