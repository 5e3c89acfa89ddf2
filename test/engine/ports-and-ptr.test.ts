import { describe, expect, it } from 'vitest';
import { sortPortMap } from '../../src/engine/drivers/bridge/port-order.ts';
import { ipFromPtrName, ptrName } from '../../src/engine/dns/reverse-names.ts';

describe('nat.SortPortMap order', () => {
  it('reverses two bindings of one tcp port (Go insertion sort on a non-strict Less)', () => {
    const got = sortPortMap(['80/tcp'], {
      '80/tcp': [
        { HostIp: '127.0.0.1', HostPort: '9000' },
        { HostIp: '', HostPort: '9000' },
      ],
    });
    expect(got).toEqual([['80/tcp', [{ HostIp: '', HostPort: '9000' }, { HostIp: '127.0.0.1', HostPort: '9000' }]]]);
  });

  it('keeps udp bindings of one port in the order given', () => {
    const b = [
      { HostIp: '127.0.0.1', HostPort: '53' },
      { HostIp: '', HostPort: '53' },
    ];
    expect(sortPortMap(['53/udp'], { '53/udp': b })).toEqual([['53/udp', b]]);
  });

  it('puts ports in the order recorded in 22-publish-variants (highest host port first)', () => {
    const got = sortPortMap(['53/udp', '80/tcp', '443/tcp'], {
      '53/udp': [{ HostIp: '', HostPort: '5353' }],
      '80/tcp': [{ HostIp: '', HostPort: '8083' }],
      '443/tcp': [{ HostIp: '', HostPort: '8443' }],
    });
    expect(got.map(([p]) => p)).toEqual(['443/tcp', '80/tcp', '53/udp']);
  });

  it('keeps exposed ports without bindings', () => {
    expect(sortPortMap(['7000/tcp'], {})).toEqual([['7000/tcp', []]]);
  });
});

describe('reverse names', () => {
  it('maps IPv4 and IPv6 addresses to arpa names and back', () => {
    expect(ptrName('172.18.0.2')).toBe('2.0.18.172.in-addr.arpa');
    expect(ipFromPtrName('2.0.18.172.in-addr.arpa.')).toBe('172.18.0.2');
    const v6 = ptrName('fd00:1::2');
    expect(v6).toBe('2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0.0.0.d.f.ip6.arpa');
    expect(ipFromPtrName(v6)).toBe('fd00:1::2');
  });

  it('rejects names that are not reverse names', () => {
    expect(ipFromPtrName('c1.n1')).toBeUndefined();
    expect(ipFromPtrName('300.0.18.172.in-addr.arpa')).toBeUndefined();
  });
});
