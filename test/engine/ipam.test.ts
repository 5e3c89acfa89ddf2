import { describe, expect, it } from 'vitest';
import { emptyIpam, releaseAddress, releasePool, requestAddress, requestPool } from '../../src/engine/ipam/pool-allocator.ts';
import { LOCAL_DEFAULT_POOLS } from '../../src/engine/ipam/default-pools.ts';

describe('default pools', () => {
  it('lists 31 local pools in the engine order', () => {
    expect(LOCAL_DEFAULT_POOLS).toHaveLength(31);
    expect(LOCAL_DEFAULT_POOLS.slice(0, 3)).toEqual(['172.17.0.0/16', '172.18.0.0/16', '172.19.0.0/16']);
    expect(LOCAL_DEFAULT_POOLS[14]).toBe('172.31.0.0/16');
    expect(LOCAL_DEFAULT_POOLS[15]).toBe('192.168.0.0/20');
    expect(LOCAL_DEFAULT_POOLS[30]).toBe('192.168.240.0/20');
  });
});

describe('pool allocation (20.10 round robin)', () => {
  it('does not reuse a released pool until the cursor wraps', () => {
    const s = emptyIpam();
    const a = requestPool(s, {});
    const b = requestPool(s, {});
    expect([a.subnet, b.subnet]).toEqual(['172.17.0.0/16', '172.18.0.0/16']);
    releasePool(s, a.poolId);
    expect(requestPool(s, {}).subnet).toBe('172.19.0.0/16');
  });

  it('wraps around to the first free pool after the last one', () => {
    const s = emptyIpam();
    const ids = LOCAL_DEFAULT_POOLS.map(() => requestPool(s, {}).poolId);
    releasePool(s, ids[3]);
    expect(requestPool(s, {}).subnet).toBe('172.20.0.0/16');
    expect(() => requestPool(s, {})).toThrow(
      'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network',
    );
  });

  it('rejects an explicit subnet that overlaps an allocated one', () => {
    const s = emptyIpam();
    requestPool(s, {});
    expect(() => requestPool(s, { subnet: '172.17.5.0/24' })).toThrow('Pool overlaps with other one on this address space');
    expect(() => requestPool(s, { subnet: '10.0.0.0/8' })).not.toThrow();
    expect(() => requestPool(s, { subnet: '10.1.0.0/16' })).toThrow('Pool overlaps');
  });

  it('skips predefined pools that collide with host networks', () => {
    const s = emptyIpam();
    const got = requestPool(s, { reserved: [{ base: (172 << 24 >>> 0) + (17 << 16), prefix: 16 }] });
    expect(got.subnet).toBe('172.18.0.0/16');
  });
});

describe('address allocation', () => {
  it('hands out the lowest free address and reuses released ones', () => {
    const s = emptyIpam();
    const { poolId } = requestPool(s, { subnet: '10.0.0.0/24' });
    expect(requestAddress(s, poolId)).toBe('10.0.0.1');
    expect(requestAddress(s, poolId)).toBe('10.0.0.2');
    expect(requestAddress(s, poolId)).toBe('10.0.0.3');
    releaseAddress(s, poolId, '10.0.0.2');
    expect(requestAddress(s, poolId)).toBe('10.0.0.2');
  });

  it('allocates dynamic addresses from the ip-range, starting at its first address', () => {
    const s = emptyIpam();
    const { poolId } = requestPool(s, { subnet: '10.243.0.0/16', range: '10.243.3.0/24' });
    expect(requestAddress(s, poolId)).toBe('10.243.3.0');
    expect(requestAddress(s, poolId)).toBe('10.243.3.1');
    expect(requestAddress(s, poolId, '10.243.0.254')).toBe('10.243.0.254');
  });

  it('reports a taken or foreign preferred address and an exhausted pool', () => {
    const s = emptyIpam();
    const { poolId } = requestPool(s, { subnet: '10.9.0.0/30' });
    expect(requestAddress(s, poolId)).toBe('10.9.0.1');
    expect(() => requestAddress(s, poolId, '10.9.0.1')).toThrow('Address already in use');
    expect(() => requestAddress(s, poolId, '10.8.0.1')).toThrow('requested address is out of range');
    expect(requestAddress(s, poolId)).toBe('10.9.0.2');
    expect(() => requestAddress(s, poolId)).toThrow('no available addresses on this pool');
  });
});
