import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import { createNetwork, findNetwork, removeNetwork } from '../../src/engine/daemon/network-ops.ts';
import { createContainer, startContainer, stopContainer } from '../../src/engine/daemon/container-ops.ts';
import { findPath } from '../../src/engine/dataplane/path.ts';
import { addLink } from '../../src/engine/host/netns-ops.ts';
import { req } from './fixtures.ts';

function run(e: Engine, name: string, mode: string, extra = {}) {
  const { container } = createContainer(e, req(name, mode, extra));
  startContainer(e, container);
  return container;
}

function sandboxOf(e: Engine, c: { sandboxId?: string }) {
  return e.state.daemon.sandboxes[c.sandboxId!];
}

function parentVeth(e: Engine) {
  addLink(e.state.host.ns, {
    index: e.nextIfIndex(), name: 'vparent', kind: 'veth', mac: '9a:00:00:00:00:01', mtu: 1500, up: true, carrier: true,
    qdisc: 'noqueue', addrs: [],
  });
}

describe('bridge driver', () => {
  it('plugs a veth pair into the bridge and gives the bridge carrier while it has ports', () => {
    const e = new Engine();
    const c = run(e, 'c1', 'default');
    const docker0 = e.state.host.ns.links.find((l) => l.name === 'docker0')!;
    const veth = e.state.host.ns.links.find((l) => l.master === 'docker0')!;
    const eth0 = sandboxOf(e, c).ns.links.find((l) => l.name === 'eth0')!;
    expect(docker0.carrier).toBe(true);
    expect(veth.name).toMatch(/^veth[0-9a-f]{7}$/);
    expect(veth.peer).toMatchObject({ index: eth0.index, netnsId: 1 });
    expect(eth0.peer!.index).toBe(veth.index);
    expect(eth0.index + 1).toBe(veth.index);
    stopContainer(e, c);
    expect(docker0.carrier).toBe(false);
    expect(e.state.host.ns.routes.find((r) => r.dev === 'docker0')!.linkdown).toBe(true);
    // the bridge keeps the IPv6 link-local address it got with its first port
    expect(docker0.addrs.some((a) => a.address.startsWith('fe80::'))).toBe(true);
  });

  it('honours com.docker.network.bridge.name and the MTU option', () => {
    const e = new Engine();
    createNetwork(e, { name: 'n', options: { 'com.docker.network.bridge.name': 'mybr0', 'com.docker.network.driver.mtu': '9000' } });
    const c = run(e, 'c1', 'n');
    expect(e.state.host.ns.links.find((l) => l.name === 'mybr0')!.mtu).toBe(9000);
    expect(sandboxOf(e, c).ns.links.find((l) => l.name === 'eth0')!.mtu).toBe(9000);
  });

  it('publishes ports with DNAT and ACCEPT rules and a userland proxy per address family', () => {
    const e = new Engine();
    const c = run(e, 'web', 'default', { portBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] }, exposedPorts: ['80/tcp'] });
    const nat = e.state.host.iptables.nat.chains.find((x) => x.name === 'DOCKER')!.rules;
    expect(nat).toContain('! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80');
    expect(e.state.daemon.proxies.map((p) => `${p.hostIp}:${p.hostPort}`)).toEqual(['0.0.0.0:8080', ':::8080']);
    expect(c.ports['80/tcp']).toEqual([{ HostIp: '0.0.0.0', HostPort: '8080' }, { HostIp: '::', HostPort: '8080' }]);
    const dup = createContainer(e, req('dup', 'default', { portBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } })).container;
    expect(() => startContainer(e, dup)).toThrow(/Bind for 0.0.0.0:8080 failed: port is already allocated/);
    expect(dup.state.status).toBe('created');
  });

  it('isolates bridges from each other through DOCKER-ISOLATION, but not from the host', () => {
    const e = new Engine();
    createNetwork(e, { name: 'a' });
    createNetwork(e, { name: 'b' });
    const a = run(e, 'ca', 'a');
    const b = run(e, 'cb', 'b');
    const ipB = e.state.daemon.endpoints[sandboxOf(e, b).endpoints[0]].ip;
    const p = findPath(e, { kind: 'sandbox', sandboxId: a.sandboxId! }, ipB, 'icmp');
    expect(p.target).toBeUndefined();
    expect(p.trace.drop).toMatchObject({ reason: 'isolated', at: 'DOCKER-ISOLATION-STAGE-2' });
    expect(findPath(e, { kind: 'sandbox', sandboxId: a.sandboxId! }, '192.0.2.10', 'icmp').target).toEqual({ kind: 'host' });
    expect(findPath(e, { kind: 'host' }, ipB, 'icmp').target).toEqual({ kind: 'sandbox', sandboxId: b.sandboxId });
  });

  it('lets containers leave only through ip_forward and MASQUERADE', () => {
    const e = new Engine();
    const c = run(e, 'c1', 'default');
    const from = { kind: 'sandbox' as const, sandboxId: c.sandboxId! };
    expect(findPath(e, from, '192.0.2.1', 'icmp')).toMatchObject({ target: { kind: 'lan', ip: '192.0.2.1' }, ttl: 63 });
    e.state.host.sysctl['net.ipv4.ip_forward'] = '0';
    expect(findPath(e, from, '192.0.2.1', 'icmp').trace.drop?.reason).toBe('no-forwarding');
  });

  it('keeps --internal networks inside their subnet', () => {
    const e = new Engine();
    createNetwork(e, { name: 'int', internal: true });
    const c = run(e, 'c1', 'int');
    const from = { kind: 'sandbox' as const, sandboxId: c.sandboxId! };
    expect(findPath(e, from, '192.0.2.1', 'icmp').trace.drop?.reason).toBe('internal');
    expect(findPath(e, from, '172.18.0.1', 'icmp').target).toEqual({ kind: 'host' });
  });
});

describe('host and null drivers', () => {
  it('allow one network each and give containers no interface of their own', () => {
    const e = new Engine();
    const h = run(e, 'h1', 'host');
    expect(sandboxOf(e, h).hostMode).toBe(true);
    expect(sandboxOf(e, h).key).toBe('/var/run/docker/netns/default');
    const n = run(e, 'n1', 'none');
    expect(sandboxOf(e, n).ns.links.map((l) => l.name)).toEqual(['lo']);
    expect(findPath(e, { kind: 'sandbox', sandboxId: n.sandboxId! }, '172.17.0.1', 'icmp').unreachable).toBe(true);
  });
});

describe('macvlan and ipvlan drivers', () => {
  it('puts containers on the parent with MACs from their IPs; the host cannot reach them', () => {
    const e = new Engine();
    parentVeth(e);
    createNetwork(e, { name: 'mv', driver: 'macvlan', options: { parent: 'vparent' }, ipamConfig: [{ Subnet: '172.16.86.0/24', Gateway: '172.16.86.1' }] });
    const a = run(e, 'ma', 'mv');
    const b = run(e, 'mb', 'mv');
    const eth0 = sandboxOf(e, a).ns.links.find((l) => l.name === 'eth0')!;
    expect(eth0).toMatchObject({ kind: 'macvlan', mac: '02:42:ac:10:56:02' });
    expect(sandboxOf(e, a).ns.routes.find((r) => r.dst === 'default')).toMatchObject({ via: '172.16.86.1' });
    const ipB = e.state.daemon.endpoints[sandboxOf(e, b).endpoints[0]].ip;
    expect(findPath(e, { kind: 'sandbox', sandboxId: a.sandboxId! }, ipB, 'icmp').target).toBeDefined();
    expect(findPath(e, { kind: 'host' }, ipB, 'icmp').target).toBeUndefined();
    expect(() => createNetwork(e, { name: 'mv2', driver: 'macvlan', options: { parent: 'vparent' } })).toThrow(
      /is already using parent interface vparent/,
    );
  });

  it('creates and removes an 802.1q sub-interface for parent.VLAN and validates the VLAN ID', () => {
    const e = new Engine();
    const n = createNetwork(e, { name: 'trunk', driver: 'macvlan', options: { parent: 'eth0.10' }, ipamConfig: [{ Subnet: '192.168.10.0/24' }] });
    const vlan = e.state.host.ns.links.find((l) => l.name === 'eth0.10')!;
    expect(vlan).toMatchObject({ kind: 'vlan', vlanId: 10 });
    removeNetwork(e, findNetwork(e, 'trunk')!);
    expect(e.state.host.ns.links.some((l) => l.name === 'eth0.10')).toBe(false);
    expect(() => createNetwork(e, { name: 'bad', driver: 'macvlan', options: { parent: 'eth0.5000' } })).toThrow(
      'vlan id must be between 1-4094, received: 5000',
    );
    void n;
  });

  it('ipvlan shares the parent MAC and l3 mode routes without a gateway', () => {
    const e = new Engine();
    parentVeth(e);
    createNetwork(e, { name: 'l3', driver: 'ipvlan', options: { parent: 'vparent', ipvlan_mode: 'l3' }, ipamConfig: [{ Subnet: '10.60.2.0/24' }] });
    const c = run(e, 'ic', 'l3');
    const sb = sandboxOf(e, c);
    expect(sb.ns.links.find((l) => l.name === 'eth0')!.mac).toBe('9a:00:00:00:00:01');
    expect(sb.ns.routes.find((r) => r.dst === 'default')).toEqual({ dst: 'default', dev: 'eth0' });
  });
});
