/**
 * How iproute2 (host) and busybox `ip` print a link header and its addresses. Shared by `ip link`,
 * `ip addr` and `bridge link`.
 */
import type { IfAddr, Link, NetToolsEnv } from './env.ts';
import { isSecondary, linkByIndex, padEnd } from './util.ts';
import { detailsAfterLinkLine } from './ip-details.ts';

export type Family = 0 | 4 | 6;

/** operational state as the kernel reports it */
export function operState(link: Link): string {
  if (!link.up) return 'DOWN';
  if (link.kind === 'loopback' || link.kind === 'dummy') return 'UNKNOWN';
  if (link.carrier) return 'UP';
  return link.kind === 'veth' || link.kind === 'macvlan' || link.kind === 'ipvlan' || link.kind === 'vlan'
    ? 'LOWERLAYERDOWN'
    : 'DOWN';
}

/** IFF_* names in the order iproute2 and busybox print them (without M-DOWN) */
export function linkFlags(link: Link): string[] {
  const f: string[] = [];
  const running = link.up && (link.carrier || link.kind === 'loopback' || link.kind === 'dummy');
  if (link.up && !running) f.push('NO-CARRIER');
  if (link.kind === 'loopback') f.push('LOOPBACK');
  else f.push('BROADCAST');
  if (link.kind !== 'loopback') f.push('MULTICAST');
  if (link.kind === 'dummy') f.push('NOARP');
  if (link.up) f.push('UP');
  if (link.up && (link.carrier || link.kind === 'loopback' || link.kind === 'dummy')) f.push('LOWER_UP');
  return f;
}

/** `@ifN` / `@peer` after the name, and whether M-DOWN is due */
export function peerPart(link: Link, env: NetToolsEnv, family: Family = 0): { at: string; mdown: boolean } {
  const p = link.peer;
  if (!p) return { at: '', mdown: false };
  const local = linkByIndex(env.ns, p.index);
  if (env.flavor === 'busybox') {
    // busybox resolves the index in its own namespace; the AF_INET6 dump omits IFLA_LINK when it equals ifindex
    if (family === 6 && p.index === link.index) return { at: '', mdown: false };
    return { at: '@' + (local ? local.name : `if${p.index}`), mdown: !local || !local.up };
  }
  if (family === 6) {
    if (p.index === link.index) return { at: '', mdown: false };
    return { at: '@' + (local ? local.name : `if${p.index}`), mdown: false };
  }
  if (p.netnsId !== undefined) return { at: `@if${p.index}`, mdown: false };
  const peer = p.sameNsName !== undefined ? env.ns.links.find((l) => l.name === p.sameNsName) : local;
  return { at: '@' + (p.sameNsName ?? local?.name ?? `if${p.index}`), mdown: !!peer && !peer.up };
}

function flagsText(link: Link, mdown: boolean): string {
  const f = linkFlags(link);
  if (mdown) f.push('M-DOWN');
  return '<' + f.join(',') + '>';
}

export function linkType(link: Link): string {
  return link.kind === 'loopback' ? 'loopback' : 'ether';
}

function netnsPart(link: Link, env: NetToolsEnv): string {
  const id = link.peer?.netnsId;
  if (id === undefined) return '';
  const name = env.netnsIdNames?.[id];
  return name !== undefined ? ` link-netns ${name}` : ` link-netnsid ${id}`;
}

export interface LinkPrintOpts {
  family: Family;
  /** `ip link` prints `mode DEFAULT`, `ip addr` does not */
  linkMode: boolean;
  details?: boolean;
  oneline?: boolean;
  /** a single device was asked for: iproute2 fetches it with RTM_GETLINK, so even -6 shows the full header */
  byDev?: boolean;
}

/** the header line(s) of one link, ending with a newline (or `\` joins when oneline) */
export function linkBlock(link: Link, env: NetToolsEnv, o: LinkPrintOpts): string {
  const nl = o.oneline ? '\\' : '\n';
  const v6 = o.family === 6 && !(o.byDev && env.flavor === 'host');
  const { at, mdown } = peerPart(link, env, v6 ? 6 : o.family === 6 ? 4 : o.family);
  let s = `${link.index}: ${link.name}${at}: ${flagsText(link, mdown)} mtu ${link.mtu} `;
  if (!v6) s += `qdisc ${link.qdisc} `;
  if (!v6 && link.master) s += `master ${link.master} `;
  if (env.flavor === 'host') {
    s += `state ${operState(link)} `;
    if (o.linkMode && !v6) s += 'mode DEFAULT ';
    if (!v6) s += 'group default ';
  }
  if (link.qlen) s += `qlen ${link.qlen}`;
  if (o.family === 0 || (o.details && env.flavor === 'host')) {
    s += `${nl}    link/${linkType(link)} ${link.mac}`;
    s += ` brd ${link.brd ?? (link.kind === 'loopback' ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff')}`;
  }
  if (env.flavor === 'host' && !v6) s += netnsPart(link, env);
  if (o.details && env.flavor === 'host') s += detailsAfterLinkLine(link, env, nl, o.linkMode);
  return s + '\n';
}

export function addrLine(link: Link, i: number, o: { oneline?: boolean }): string {
  const a: IfAddr = link.addrs[i];
  let s = `    ${a.family === 4 ? 'inet' : 'inet6'} ${a.address}/${a.prefixLen} `;
  if (a.family === 4 && a.broadcast) s += `brd ${a.broadcast} `;
  s += `scope ${a.scope} `;
  if (a.flags) s += `flags ${a.flags} `;
  if (isSecondary(link, i)) s += 'secondary ';
  if (a.family === 4) s += link.name;
  s += (o.oneline ? '\\' : '\n') + '       valid_lft forever preferred_lft forever\n';
  return o.oneline ? `${link.index}: ${link.name}${s}` : s;
}

/** indexes of the addresses to print, in kernel dump order: IPv4 primaries, IPv4 secondaries, IPv6 */
export function familyAddrs(link: Link, family: Family): number[] {
  const rank = (i: number) => (link.addrs[i].family === 6 ? 2 : isSecondary(link, i) ? 1 : 0);
  return link.addrs
    .map((_, i) => i)
    .filter((i) => family === 0 || link.addrs[i].family === family)
    .sort((x, y) => rank(x) - rank(y) || x - y);
}

/** `ip -br link` / `ip -br addr` (iproute2 only) */
export function briefLine(link: Link, env: NetToolsEnv, mode: 'link' | 'addr', family: Family): string {
  const { at, mdown } = peerPart(link, env, family);
  let s = padEnd(link.name + at, 16) + ' ' + padEnd(operState(link), 14) + ' ';
  if (mode === 'link') s += `${link.mac} ${flagsText(link, mdown)} `;
  else for (const i of familyAddrs(link, family)) s += `${link.addrs[i].address}/${link.addrs[i].prefixLen} `;
  return s + '\n';
}
