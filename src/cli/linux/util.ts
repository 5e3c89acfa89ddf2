/** Small helpers shared by the network tools: IPv4 arithmetic, padding, sorting. */
import type { Link, NetNamespace } from './env.ts';

export function ip4ToInt(ip: string): number {
  const p = ip.split('.');
  return ((+p[0] << 24) >>> 0) + (+p[1] << 16) + (+p[2] << 8) + +p[3];
}

export function intToIp4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function isIp4(text: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  return !!m && m.slice(1).every((x) => +x <= 255);
}

export function mask4(prefix: number): number {
  return prefix <= 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function maskToPrefix(mask: string): number | null {
  if (!isIp4(mask)) return null;
  const n = ip4ToInt(mask);
  let p = 0;
  while (p < 32 && n & (0x80000000 >>> p)) p++;
  return mask4(p) === n ? p : null;
}

export function network4(ip: string, prefix: number): string {
  return intToIp4((ip4ToInt(ip) & mask4(prefix)) >>> 0);
}

export function broadcast4(ip: string, prefix: number): string {
  return intToIp4(((ip4ToInt(ip) & mask4(prefix)) | (~mask4(prefix) >>> 0)) >>> 0);
}

/** `a.b.c.d/n` or 'default' -> [network int, prefix] */
export function parseDst(dst: string): [number, number] {
  if (dst === 'default') return [0, 0];
  const [a, p] = dst.split('/');
  return [ip4ToInt(a), p === undefined ? 32 : +p];
}

export function inSubnet(ip: string, dst: string): boolean {
  const [net, p] = parseDst(dst);
  return ((ip4ToInt(ip) & mask4(p)) >>> 0) === ((net & mask4(p)) >>> 0);
}

export const padEnd = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
export const padStart = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function findLink(ns: NetNamespace, name: string): Link | undefined {
  return ns.links.find((l) => l.name === name);
}

export function linkByIndex(ns: NetNamespace, index: number): Link | undefined {
  return ns.links.find((l) => l.index === index);
}

/** the first IPv4 address of a link (the primary one) */
export function primary4(link: Link) {
  return link.addrs.find((a) => a.family === 4);
}

/** an IPv4 address is secondary when an earlier one on the link covers the same subnet */
export function isSecondary(link: Link, i: number): boolean {
  const a = link.addrs[i];
  if (a.family !== 4) return false;
  for (let j = 0; j < i; j++) {
    const b = link.addrs[j];
    if (b.family === 4 && b.prefixLen === a.prefixLen && network4(b.address, b.prefixLen) === network4(a.address, a.prefixLen)) return true;
  }
  return false;
}

/** longest-prefix match over the namespace's routes */
export function routeLookup(ns: NetNamespace, ip: string) {
  let best: (typeof ns.routes)[number] | undefined;
  let bestLen = -1;
  for (const r of ns.routes) {
    if (r.family === 6) continue;
    const [, p] = parseDst(r.dst);
    if (inSubnet(ip, r.dst) && p > bestLen) {
      best = r;
      bestLen = p;
    }
  }
  return best;
}

/** the MAC printed by iproute2 for a bridge id: 8000.2:42:98:82:f4:b1 (no leading zeros) */
export function macNoZeros(mac: string): string {
  return mac
    .split(':')
    .map((b) => parseInt(b, 16).toString(16))
    .join(':');
}
