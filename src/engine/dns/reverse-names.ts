/** Reverse-lookup names: the in-addr.arpa / ip6.arpa owner names PTR queries ask for. */
import ipaddr from 'ipaddr.js';

/** 172.18.0.2 -> 2.0.18.172.in-addr.arpa; an IPv6 address -> its 32 nibbles under ip6.arpa */
export function ptrName(ip: string): string {
  const a = ipaddr.parse(ip);
  if (a.kind() === 'ipv4') return `${a.toByteArray().reverse().join('.')}.in-addr.arpa`;
  const nibbles = a
    .toByteArray()
    .flatMap((b) => [b >> 4, b & 15])
    .map((n) => n.toString(16));
  return `${nibbles.reverse().join('.')}.ip6.arpa`;
}

/** the address a reverse name stands for, or undefined when it is not one */
export function ipFromPtrName(name: string): string | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.in-addr\.arpa$/.exec(n);
  if (v4) {
    const ip = v4.slice(1).reverse().join('.');
    return ipaddr.IPv4.isValidFourPartDecimal(ip) ? ip : undefined;
  }
  const v6 = /^((?:[0-9a-f]\.){32})ip6\.arpa$/.exec(n);
  if (!v6) return undefined;
  const hex = v6[1].split('.').slice(0, 32).reverse().join('');
  return ipaddr.parse(hex.match(/.{4}/g)!.join(':')).toString();
}
