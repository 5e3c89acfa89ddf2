/** IPv6 arithmetic on BigInt, for the IPv6 pools of dual-stack networks (parsing via ipaddr.js). */
import ipaddr from 'ipaddr.js';

export interface Cidr6 {
  base: bigint;
  prefix: number;
}

export function ip6ToBig(text: string): bigint {
  return ipaddr.IPv6.parse(text).toByteArray().reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}

export function bigToIp6(n: bigint): string {
  const bytes: number[] = [];
  for (let i = 15; i >= 0; i--) bytes.push(Number((n >> BigInt(i * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

export function parseCidr6(text: string): Cidr6 | null {
  const m = /^([0-9a-fA-F:.]+)\/(\d{1,3})$/.exec(text);
  if (!m || !ipaddr.IPv6.isValid(m[1])) return null;
  const prefix = Number(m[2]);
  if (prefix > 128) return null;
  return { base: ip6ToBig(m[1]), prefix };
}

function mask6(prefix: number): bigint {
  return prefix === 0 ? 0n : ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - prefix)) - 1n);
}

export function network6(c: Cidr6): bigint {
  return c.base & mask6(c.prefix);
}

export function contains6(c: Cidr6, ip: bigint): boolean {
  return (ip & mask6(c.prefix)) === network6(c);
}

export function overlaps6(a: Cidr6, b: Cidr6): boolean {
  const p = Math.min(a.prefix, b.prefix);
  return (network6(a) & mask6(p)) === (network6(b) & mask6(p));
}

export function cidr6Text(c: Cidr6): string {
  return `${bigToIp6(network6(c))}/${c.prefix}`;
}
