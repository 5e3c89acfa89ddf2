/** IPv4 arithmetic on unsigned 32-bit numbers; parsing and validation through ipaddr.js. */
import ipaddr from 'ipaddr.js';

export interface Cidr4 {
  /** network address as uint32 (host bits may be set when parsed loosely; see `masked`) */
  base: number;
  prefix: number;
}

export function ipToInt(ip: string): number {
  const p = ip.split('.');
  return ((+p[0] << 24) >>> 0) + (+p[1] << 16) + (+p[2] << 8) + +p[3];
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function isIPv4(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text);
}

export function isIPv6(text: string): boolean {
  return !text.includes('.') && ipaddr.IPv6.isValid(text);
}

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** parse `a.b.c.d/n`; returns null when it is not an IPv4 CIDR */
export function parseCidr4(text: string): Cidr4 | null {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(text);
  if (!m || !isIPv4(m[1])) return null;
  const prefix = Number(m[2]);
  if (prefix > 32) return null;
  return { base: ipToInt(m[1]), prefix };
}

export function networkOf(c: Cidr4): number {
  return (c.base & maskOf(c.prefix)) >>> 0;
}

export function sizeOf(prefix: number): number {
  return 2 ** (32 - prefix);
}

export function broadcastOf(c: Cidr4): number {
  return (networkOf(c) + sizeOf(c.prefix) - 1) >>> 0;
}

export function cidrText(c: Cidr4): string {
  return `${intToIp(networkOf(c))}/${c.prefix}`;
}

export function contains(c: Cidr4, ip: number): boolean {
  return ((ip & maskOf(c.prefix)) >>> 0) === networkOf(c);
}

export function overlaps(a: Cidr4, b: Cidr4): boolean {
  const p = Math.min(a.prefix, b.prefix);
  return ((networkOf(a) & maskOf(p)) >>> 0) === ((networkOf(b) & maskOf(p)) >>> 0);
}
