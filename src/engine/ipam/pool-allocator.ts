/**
 * The default IPAM driver (libnetwork ipam, 20.10 behaviour): address pools per address space,
 * a cursor over the predefined pools, and per-pool address bitmaps.
 * Functions mutate the IpamState they are given and never do I/O.
 */
import { LOCAL_DEFAULT_POOLS } from './default-pools.ts';
import { bigToIp6, cidr6Text, contains6, ip6ToBig, network6, overlaps6, parseCidr6 } from './ipv6.ts';
import {
  type Cidr4,
  broadcastOf,
  cidrText,
  contains,
  intToIp,
  ipToInt,
  networkOf,
  overlaps,
  parseCidr4,
  sizeOf,
} from './ipv4.ts';

export interface PoolRecord {
  /** master pool, e.g. 172.18.0.0/16 */
  subnet: string;
  /** sub-pool (--ip-range) the dynamic addresses come from, if any */
  range?: string;
  /** allocated addresses, as uint32 keys (JSON object keys) */
  allocated: Record<string, true>;
  refCount: number;
}

export interface IpamState {
  /** where the search over predefined pools starts (20.10 round-robin) */
  cursor: number;
  /** keyed by pool ID `LocalDefault/<subnet>[/<range>]` */
  pools: Record<string, PoolRecord>;
}

export function emptyIpam(): IpamState {
  return { cursor: 0, pools: {} };
}

export class IpamError extends Error {}

export const ADDRESS_SPACE = 'LocalDefault';

function poolId(subnet: string, range?: string): string {
  return `${ADDRESS_SPACE}/${subnet}${range ? '/' + range : ''}`;
}

function masterPools(s: IpamState): Cidr4[] {
  return Object.values(s.pools).filter((p) => !p.subnet.includes(':')).map((p) => parseCidr4(p.subnet)!);
}

/**
 * Request a pool. With `subnet` the caller chose it; without, the next free predefined pool is taken.
 * `reserved` are host networks a predefined pool must not overlap (host routes, nameservers).
 */
export function requestPool(
  s: IpamState,
  req: { subnet?: string; range?: string; reserved?: Cidr4[] },
): { poolId: string; subnet: string } {
  if (req.subnet) {
    const c = parseCidr4(req.subnet)!;
    const subnet = cidrText(c);
    const range = req.range ? cidrText(parseCidr4(req.range)!) : undefined;
    const id = poolId(subnet, range);
    if (masterPools(s).some((p) => overlaps(p, c))) {
      throw new IpamError('Pool overlaps with other one on this address space');
    }
    s.pools[id] = { subnet, range, allocated: {}, refCount: 1 };
    return { poolId: id, subnet };
  }
  const n = LOCAL_DEFAULT_POOLS.length;
  const taken = masterPools(s);
  const start = s.cursor;
  for (let i = 0; i < n; i++) {
    const idx = (start + i) % n;
    const text = LOCAL_DEFAULT_POOLS[idx];
    const c = parseCidr4(text)!;
    if (taken.some((p) => overlaps(p, c))) continue;
    // the engine advances its cursor past the pool it handed out, even if the network layer rejects it
    s.cursor = idx + 1 >= n ? 0 : idx + 1;
    if (req.reserved?.some((r) => overlaps(r, c))) continue;
    const id = poolId(text);
    s.pools[id] = { subnet: text, allocated: {}, refCount: 1 };
    return { poolId: id, subnet: text };
  }
  throw new IpamError(
    'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network',
  );
}

export function releasePool(s: IpamState, id: string): void {
  const p = s.pools[id];
  if (!p) return;
  if (--p.refCount <= 0) delete s.pools[id];
}

/** the first and last allocatable address of a pool (network and broadcast excluded) */
function bounds(p: PoolRecord): { first: number; last: number; subnet: Cidr4 } {
  const subnet = parseCidr4(p.subnet)!;
  const reserveEnds = subnet.prefix < 31;
  let first = networkOf(subnet) + (reserveEnds ? 1 : 0);
  let last = broadcastOf(subnet) - (reserveEnds ? 1 : 0);
  if (p.range) {
    const r = parseCidr4(p.range)!;
    // a sub-range's own network/broadcast are not reserved, only the master pool's
    first = Math.max(first, networkOf(r));
    last = Math.min(last, broadcastOf(r));
  }
  return { first, last, subnet };
}

/**
 * Allocate an address: the preferred one, or the lowest free one of the (sub)pool.
 * Errors carry the engine's texts; the caller wraps them.
 */
export function requestAddress(s: IpamState, id: string, preferred?: string): string {
  const p = s.pools[id];
  if (!p) throw new IpamError(`cannot find address pool for poolID:${id}`);
  const { first, last, subnet } = bounds(p);
  if (preferred !== undefined) {
    const ip = ipToInt(preferred);
    if (!contains(subnet, ip)) throw new IpamError('requested address is out of range');
    if (p.allocated[ip]) throw new IpamError('Address already in use');
    p.allocated[ip] = true;
    return preferred;
  }
  for (let ip = first; ip <= last; ip++) {
    if (!p.allocated[ip]) {
      p.allocated[ip] = true;
      return intToIp(ip);
    }
  }
  throw new IpamError('no available addresses on this pool');
}

export function releaseAddress(s: IpamState, id: string, ip: string): void {
  const p = s.pools[id];
  if (p) delete p.allocated[ipToInt(ip)];
}

/** number of free dynamic addresses left in a pool (for exhaustion checks and the UI) */
export function freeCount(s: IpamState, id: string): number {
  const p = s.pools[id];
  if (!p) return 0;
  const { first, last } = bounds(p);
  let used = 0;
  for (const k of Object.keys(p.allocated)) {
    const ip = Number(k);
    if (ip >= first && ip <= last) used++;
  }
  return Math.max(0, last - first + 1 - used);
}

export { sizeOf };

/* ---- IPv6 pools: no predefined ones on 20.10 (an IPv6 network needs --subnet) ---------------- */

export function requestPool6(s: IpamState, subnet: string): { poolId: string; subnet: string } {
  const c = parseCidr6(subnet)!;
  const text = cidr6Text(c);
  const others = Object.values(s.pools).filter((p) => p.subnet.includes(':')).map((p) => parseCidr6(p.subnet)!);
  if (others.some((o) => overlaps6(o, c))) throw new IpamError('Pool overlaps with other one on this address space');
  const id = poolId(text);
  s.pools[id] = { subnet: text, allocated: {}, refCount: 1 };
  return { poolId: id, subnet: text };
}

/** the preferred address, or the lowest free one after the subnet's network address */
export function requestAddress6(s: IpamState, id: string, preferred?: string): string {
  const p = s.pools[id];
  const c = parseCidr6(p.subnet)!;
  const net = network6(c);
  if (preferred !== undefined) {
    const ip = ip6ToBig(preferred);
    if (!contains6(c, ip)) throw new IpamError('requested address is out of range');
    const key = (ip - net).toString();
    if (p.allocated[key]) throw new IpamError('Address already in use');
    p.allocated[key] = true;
    return bigToIp6(ip);
  }
  const size = 1n << BigInt(128 - c.prefix);
  for (let off = 1n; off < size; off++) {
    const key = off.toString();
    if (!p.allocated[key]) {
      p.allocated[key] = true;
      return bigToIp6(net + off);
    }
  }
  throw new IpamError('no available addresses on this pool');
}

export function releaseAddress6(s: IpamState, id: string, ip: string): void {
  const p = s.pools[id];
  if (!p) return;
  delete p.allocated[(ip6ToBig(ip) - network6(parseCidr6(p.subnet)!)).toString()];
}
