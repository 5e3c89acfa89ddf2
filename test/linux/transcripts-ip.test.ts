/** ip, brctl and bridge: the recorded outputs of the Docker transcripts, from hand-built namespaces. */
import { describe, expect, it } from 'vitest';
import { bridge, bridgeRoute, ctrEnv, ctrEth, ctrRoutes, hostEnv, hostEth0, hostVeth, HOST_ROUTES, link, lo, rec, sh, v4, v6 } from './helpers.ts';

const DOCKER0_MAC = '02:42:98:82:f4:b1';
const DOCKER0_LL = 'fe80::42:98ff:fe82:f4b1/64';

describe('31-host-view-bridges', () => {
  const empty = () => hostEnv([lo(true), hostEth0(), bridge(3, 'docker0', DOCKER0_MAC, '172.17.0.1/16', '172.17.255.255', false)], [...HOST_ROUTES, bridgeRoute('172.17.0.0/16', 'docker0', '172.17.0.1', true)]);
  const running = () =>
    hostEnv(
      [
        lo(true),
        hostEth0(),
        bridge(3, 'docker0', DOCKER0_MAC, '172.17.0.1/16', '172.17.255.255', true, DOCKER0_LL),
        hostVeth(5, 'veth7f80afa', '4a:3e:b4:76:73:ce', 'docker0', 4, 1),
        hostVeth(7, 'veth4750041', '9e:0b:30:5e:db:34', 'docker0', 6, 2),
      ],
      [...HOST_ROUTES, bridgeRoute('172.17.0.0/16', 'docker0', '172.17.0.1')],
    );
  const F = '31-host-view-bridges';

  it('docker0 before any container: NO-CARRIER, state DOWN, linkdown route', () => {
    const env = empty();
    expect(sh(env, 'sysctl net.ipv4.ip_forward')).toEqual(rec(F, 'sysctl net.ipv4.ip_forward'));
    expect(sh(env, 'ip addr show docker0')).toEqual(rec(F, 'ip addr show docker0'));
    expect(sh(env, 'ip link show master docker0')).toEqual(rec(F, 'ip link show master docker0'));
    expect(sh(env, 'brctl show')).toEqual(rec(F, 'brctl show'));
    expect(sh(env, 'ip route')).toEqual(rec(F, 'ip route'));
  });

  it('two containers on docker0', () => {
    const env = running();
    expect(sh(env, 'ip addr show docker0')).toEqual(rec(F, 'ip addr show docker0', 1));
    expect(sh(env, 'ip link show master docker0')).toEqual(rec(F, 'ip link show master docker0', 1));
    expect(sh(env, 'brctl show')).toEqual(rec(F, 'brctl show', 1));
    expect(sh(env, 'brctl show docker0')).toEqual(rec(F, 'brctl show docker0'));
    expect(sh(env, 'bridge link')).toEqual(rec(F, 'bridge link'));
  });

  it('inside c1 (busybox)', () => {
    const env = ctrEnv([lo(false), ctrEth(4, 'eth0', '02:42:ac:11:00:02', '172.17.0.2/16', '172.17.255.255', 5)], ctrRoutes('172.17.0.1', [['172.17.0.0/16', 'eth0', '172.17.0.2']]));
    expect(sh(env, 'ip addr show eth0')).toEqual(rec(F, 'docker exec c1 ip addr show eth0'));
  });

  it('a user network next to docker0', () => {
    const env = running();
    env.ns.links.push(
      bridge(8, 'br-e787472796f6', '02:42:79:5a:66:3f', '172.18.0.1/16', '172.18.255.255', true),
      hostVeth(10, 'vetha7080d3', 'ba:22:ac:25:87:a5', 'br-e787472796f6', 9, 3),
    );
    env.ns.routes.splice(2, 0, bridgeRoute('172.18.0.0/16', 'br-e787472796f6', '172.18.0.1'));
    expect(sh(env, 'brctl show')).toEqual(rec(F, 'brctl show', 2));
    expect(sh(env, 'ip route')).toEqual(rec(F, 'ip route', 1));
  });

  it('after the containers are gone', () => {
    const env = empty();
    expect(sh(env, 'ip link show docker0')).toEqual(rec(F, 'ip link show docker0'));
    expect(sh(env, 'brctl show docker0')).toEqual(rec(F, 'brctl show docker0', 1));
  });
});

describe('03-bridge-create-default', () => {
  const env = hostEnv(
    [
      lo(true),
      hostEth0(),
      bridge(3, 'docker0', '02:42:52:98:51:a0', '172.17.0.1/16', '172.17.255.255', false),
      bridge(4, 'br-6390001b8a1b', '02:42:5d:ec:1f:1a', '172.18.0.1/16', '172.18.255.255', false),
      bridge(5, 'br-903dd95abb0f', '02:42:c0:24:3a:88', '172.19.0.1/16', '172.19.255.255', false),
    ],
    HOST_ROUTES,
  );
  const F = '03-bridge-create-default';
  it('ip link show type bridge, ip addr show docker0, brctl show', () => {
    expect(sh(env, 'ip link show type bridge')).toEqual(rec(F, 'ip link show type bridge'));
    expect(sh(env, 'ip addr show docker0')).toEqual(rec(F, 'ip addr show docker0'));
    expect(sh(env, 'brctl show')).toEqual(rec(F, 'brctl show'));
  });
});

describe('05-bridge-create-options', () => {
  const F = '05-bridge-create-options';
  it('mtu 9000 inside the container; the named bridge mybr0', () => {
    const c = ctrEnv([lo(false), ctrEth(5, 'eth0', '02:42:0a:0a:05:00', '10.10.5.0/16', '10.10.255.255', 6, 9000)], ctrRoutes('10.10.0.254', [['10.10.0.0/16', 'eth0', '10.10.5.0']]));
    expect(sh(c, 'ip addr show eth0')).toEqual(rec(F, 'docker exec c1 ip addr show eth0'));
    expect(sh(c, 'ip route')).toEqual(rec(F, 'docker exec c1 ip route'));
    const h = hostEnv([lo(true), hostEth0(), bridge(10, 'mybr0', '02:42:c1:33:08:64', '172.19.0.1/16', '172.19.255.255', false)], HOST_ROUTES);
    expect(sh(h, 'ip addr show mybr0')).toEqual(rec(F, 'ip addr show mybr0'));
  });
});

describe('11-connect-disconnect and 16-bridge-isolation (busybox ip addr / ip route)', () => {
  it('two networks', () => {
    const env = ctrEnv(
      [lo(false), ctrEth(6, 'eth0', '02:42:ac:12:00:02', '172.18.0.2/16', '172.18.255.255', 7), ctrEth(8, 'eth1', '02:42:ac:13:00:02', '172.19.0.2/16', '172.19.255.255', 9)],
      ctrRoutes('172.18.0.1', [['172.18.0.0/16', 'eth0', '172.18.0.2'], ['172.19.0.0/16', 'eth1', '172.19.0.2']]),
    );
    expect(sh(env, 'ip addr')).toEqual(rec('11-connect-disconnect', 'docker exec app ip addr'));
    expect(sh(env, 'ip route')).toEqual(rec('11-connect-disconnect', 'docker exec app ip route'));
    expect(sh(ctrEnv([lo(false)], []), 'ip addr')).toEqual(rec('11-connect-disconnect', 'docker exec app ip addr', 1));
  });
  it('alpine4 on alpine-net and bridge', () => {
    const env = ctrEnv([lo(false), ctrEth(11, 'eth0', '02:42:ac:12:00:04', '172.18.0.4/16', '172.18.255.255', 12), ctrEth(13, 'eth1', '02:42:ac:11:00:03', '172.17.0.3/16', '172.17.255.255', 14)], []);
    expect(sh(env, 'ip addr')).toEqual(rec('16-bridge-isolation', 'docker exec alpine4 ip addr'));
  });
});

describe('27-host-network: busybox in the host namespace', () => {
  it('eth0@eth0 (the peer index is eth0 itself here), docker0 without carrier, no linkdown', () => {
    const env = hostEnv([lo(true), hostEth0(), bridge(3, 'docker0', '02:42:68:55:9c:89', '172.17.0.1/16', '172.17.255.255', false)], [...HOST_ROUTES, bridgeRoute('172.17.0.0/16', 'docker0', '172.17.0.1', true)]);
    env.flavor = 'busybox';
    expect(sh(env, 'ip addr')).toEqual(rec('27-host-network', 'docker exec hostweb ip addr'));
    expect(sh(env, 'ip route')).toEqual(rec('27-host-network', 'docker exec hostweb ip route'));
  });
});

describe('28-none-network', () => {
  it('only lo', () => {
    const env = ctrEnv([lo(false)], []);
    expect(sh(env, 'ip link show')).toEqual(rec('28-none-network', 'docker exec no-net-alpine ip link show'));
    expect(sh(env, 'ip addr')).toEqual(rec('28-none-network', 'docker exec no-net-alpine ip addr'));
    expect(sh(env, 'ip route')).toEqual(rec('28-none-network', 'docker exec no-net-alpine ip route'));
  });
});

describe('29-container-network-mode', () => {
  it('both containers see the same eth0; netstat shows the embedded DNS and httpd listeners', () => {
    const env = ctrEnv([lo(false), ctrEth(5, 'eth0', '02:42:ac:12:00:02', '172.18.0.2/16', '172.18.255.255', 6)], [], {
      listeners: [
        { proto: 'tcp', address: '127.0.0.11', port: 41391 },
        { proto: 'tcp', address: '::', port: 80 },
        { proto: 'udp', address: '127.0.0.11', port: 53001 },
      ],
    });
    expect(sh(env, 'ip addr show eth0')).toEqual(rec('29-container-network-mode', 'docker exec web ip addr show eth0'));
    expect(sh(env, 'ip addr show eth0')).toEqual(rec('29-container-network-mode', 'docker exec sidecar ip addr show eth0'));
    expect(sh(env, 'netstat -ntl')).toEqual(rec('29-container-network-mode', 'docker exec sidecar netstat -ntl'));
  });
});

describe('34-macvlan-bridge', () => {
  it('eth0@if5: the macvlan parent vparent is in the host', () => {
    const eth0 = link(6, 'eth0', 'macvlan', '02:42:ac:10:56:02', { peer: { index: 5, netnsId: 0 }, mode: 'bridge', addrs: [v4('172.16.86.2/24', '172.16.86.255')] });
    const env = ctrEnv([lo(false), eth0], ctrRoutes('172.16.86.1', [['172.16.86.0/24', 'eth0', '172.16.86.2']]));
    expect(sh(env, 'ip addr show eth0')).toEqual(rec('34-macvlan-bridge', 'docker exec my-macvlan-alpine ip addr show eth0'));
    expect(sh(env, 'ip route')).toEqual(rec('34-macvlan-bridge', 'docker exec my-macvlan-alpine ip route'));
  });
});

describe('56-seed-walkthrough', () => {
  it('ip link on the host and brctl show', () => {
    const env = hostEnv(
      [
        lo(true),
        hostEth0(),
        bridge(3, 'docker0', '02:42:f6:63:9f:39', '172.17.0.1/16', '172.17.255.255', false),
        bridge(4, 'br-d56f702c5c24', '02:42:df:23:6c:2e', '10.0.0.1/24', '10.0.0.255', true),
        hostVeth(6, 'vethf52ab78', 'ba:22:ac:25:87:a5', 'br-d56f702c5c24', 5, 1),
        hostVeth(8, 'vethd758caf', '26:dd:f1:b4:ff:78', 'br-d56f702c5c24', 7, 2),
      ],
      HOST_ROUTES,
    );
    expect(sh(env, 'ip link')).toEqual(rec('56-seed-walkthrough', 'ip link'));
    expect(sh(env, 'brctl show')).toEqual(rec('56-seed-walkthrough', 'brctl show'));
  });
});

describe('60-ip-range-aux', () => {
  it('ip -4 addr show of an up bridge; the container route to a gateway that is the range start', () => {
    const env = hostEnv([lo(true), hostEth0(), bridge(4, 'br-3c34613bb4fe', '02:42:aa:bb:cc:dd', '10.243.3.0/16', '10.243.255.255', true)], HOST_ROUTES);
    expect(sh(env, 'ip -4 addr show br-3c34613bb4fe')).toEqual(rec('60-ip-range-aux', "ip -4 addr show br-$(docker network inspect -f '{{printf \"%.12s\" .Id}}' ranged)"));
    const c = ctrEnv([lo(false)], ctrRoutes('10.243.3.0', [['10.243.0.0/16', 'eth0', '10.243.3.1']]));
    expect(sh(c, 'ip route')).toEqual(rec('60-ip-range-aux', 'docker exec r1 ip route'));
  });
});

describe('66-internal-net', () => {
  it('the internal bridge and the container routes', () => {
    const env = hostEnv([lo(true), hostEth0(), bridge(4, 'br-5f6ce9af15a7', '02:42:37:15:be:9c', '172.18.0.1/16', '172.18.255.255', true, 'fe80::42:37ff:fe15:be9c/64')], HOST_ROUTES);
    expect(sh(env, 'ip addr show br-5f6ce9af15a7')).toEqual(rec('66-internal-net', "ip addr show br-$(docker network inspect -f '{{printf \"%.12s\" .Id}}' int-net)"));
    const c = ctrEnv([lo(false)], ctrRoutes('172.18.0.1', [['172.18.0.0/16', 'eth0', '172.18.0.2']]));
    expect(sh(c, 'ip route')).toEqual(rec('66-internal-net', 'docker exec i1 ip route'));
    const c2 = ctrEnv([lo(false)], ctrRoutes('172.17.0.1', [['172.17.0.0/16', 'eth1', '172.17.0.2'], ['172.18.0.0/16', 'eth0', '172.18.0.2']]));
    expect(sh(c2, 'ip route')).toEqual(rec('66-internal-net', 'docker exec i1 ip route', 1));
  });
});

describe('67-container-tools: busybox ip', () => {
  const u1 = () => ctrEnv([lo(false), ctrEth(7, 'eth0', '02:42:ac:12:00:03', '172.18.0.3/16', '172.18.255.255', 8)], ctrRoutes('172.18.0.1', [['172.18.0.0/16', 'eth0', '172.18.0.3']]));
  const F = '67-container-tools';
  it('u1', () => {
    const env = u1();
    expect(sh(env, 'ip link')).toEqual(rec(F, 'docker exec u1 ip link'));
    expect(sh(env, 'ip -4 addr')).toEqual(rec(F, 'docker exec u1 ip -4 addr'));
    expect(sh(env, 'ip addr show dev eth0')).toEqual(rec(F, 'docker exec u1 ip addr show dev eth0'));
    expect(sh(env, 'ip route show')).toEqual(rec(F, 'docker exec u1 ip route show'));
  });
  it('b1', () => {
    const env = ctrEnv([lo(false), ctrEth(9, 'eth0', '02:42:ac:11:00:02', '172.17.0.2/16', '172.17.255.255', 10)], []);
    expect(sh(env, 'ip addr show dev eth0')).toEqual(rec(F, 'docker exec b1 ip addr show dev eth0'));
  });
});

describe('68-host-tools: iproute2, bridge, brctl on the host', () => {
  const F = '68-host-tools';
  const MAC = '02:42:b6:e5:3b:94';
  const idle = () =>
    hostEnv([lo(true), hostEth0(), bridge(3, 'docker0', MAC, '172.17.0.1/16', '172.17.255.255', false)], [...HOST_ROUTES, bridgeRoute('172.17.0.0/16', 'docker0', '172.17.0.1', true)], {
      bridgeGcTimer: () => 299.67,
    });
  it('before any container', () => {
    const env = idle();
    for (const cmd of ['ip addr', 'ip -br addr', 'ip -4 addr show eth0', 'ip route show', 'ip link show docker0', 'ip -d link show docker0']) {
      expect(sh(env, cmd), cmd).toEqual(rec(F, cmd));
    }
  });
  it('with two containers', () => {
    const env = hostEnv(
      [
        lo(true),
        hostEth0(),
        bridge(3, 'docker0', MAC, '172.17.0.1/16', '172.17.255.255', true, 'fe80::42:b6ff:fee5:3b94/64'),
        hostVeth(5, 'vethabb0579', 'f6:b4:57:1f:78:4b', 'docker0', 4, 1, 'fe80::f4b4:57ff:fe1f:784b/64'),
        hostVeth(7, 'vethbe9fd19', 'c6:cf:15:f9:40:de', 'docker0', 6, 2, 'fe80::c4cf:15ff:fef9:40de/64'),
      ],
      [...HOST_ROUTES, bridgeRoute('172.17.0.0/16', 'docker0', '172.17.0.1')],
    );
    expect(sh(env, 'bridge link show')).toEqual(rec(F, 'bridge link show'));
    expect(sh(env, 'brctl show docker0')).toEqual(rec(F, 'brctl show docker0'));
    expect(sh(env, 'ip -br addr')).toEqual(rec(F, 'ip -br addr', 1));
  });
});

describe('69-macvlan-modes-ipvlan', () => {
  it('a passthru macvlan eth0@if5 whose parent is in the host', () => {
    const eth0 = link(12, 'eth0', 'macvlan', '02:42:0a:32:03:02', { peer: { index: 5, netnsId: 0 }, mode: 'passthru', addrs: [v4('10.50.3.2/24', '10.50.3.255')] });
    expect(sh(ctrEnv([lo(false), eth0], []), 'ip addr show eth0')).toEqual(rec('69-macvlan-modes-ipvlan', 'docker exec t1 ip addr show eth0'));
  });
  it('a veth pair in one namespace: vpeer@vparent, vparent@vpeer (same-namespace peers print by name)', () => {
    const env = hostEnv(
      [
        lo(true),
        link(4, 'vpeer', 'veth', '0e:d4:7e:12:57:cd', { qlen: 1000, peer: { index: 5, sameNsName: 'vparent' } }),
        link(5, 'vparent', 'veth', '96:22:9b:dd:f9:13', { qlen: 1000, peer: { index: 4, sameNsName: 'vpeer' } }),
      ],
      [],
    );
    expect(sh(env, 'ip link show dev vpeer').out).toBe(
      '4: vpeer@vparent: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000\n' +
        '    link/ether 0e:d4:7e:12:57:cd brd ff:ff:ff:ff:ff:ff\n',
    );
    expect(sh(env, 'ip -d link show vparent.10')).toEqual({ out: 'Device "vparent.10" does not exist.\n', exit: 1 });
    expect(sh(env, 'ip link show type dummy')).toEqual({ out: '', exit: 0 });
  });
});
