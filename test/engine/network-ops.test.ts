import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import { createNetwork, findNetwork, pruneNetworks, removeNetwork } from '../../src/engine/daemon/network-ops.ts';
import { createContainer, startContainer, stopContainer } from '../../src/engine/daemon/container-ops.ts';
import { connectContainer, disconnectContainer } from '../../src/engine/daemon/connect-ops.ts';
import { req } from './fixtures.ts';
import type { ContainerCreateRequest } from '../../src/engine/daemon/container-ops.ts';

function run(e: Engine, name: string, mode?: string, extra?: Partial<ContainerCreateRequest>) {
  const { container } = createContainer(e, req(name, mode, extra));
  startContainer(e, container);
  return container;
}

describe('networks', () => {
  it('refuses duplicates, predefined names, unknown and singleton drivers with the engine texts', () => {
    const e = new Engine();
    createNetwork(e, { name: 'n' });
    expect(() => createNetwork(e, { name: 'n' })).toThrow('network with name n already exists');
    expect(() => createNetwork(e, { name: 'bridge' })).toThrow('operation is not permitted on predefined bridge network');
    expect(() => createNetwork(e, { name: 'x', driver: 'foo' })).toThrow('plugin "foo" not found');
    expect(() => createNetwork(e, { name: 'y', driver: 'host' })).toThrow('only one instance of "host" network is allowed');
  });

  it('creates a bridge device, a kernel route and isolation rules for a user network', () => {
    const e = new Engine();
    const n = createNetwork(e, { name: 'n' });
    const br = e.state.host.ns.links.find((l) => l.name === `br-${n.id.slice(0, 12)}`)!;
    expect(br.addrs[0].address).toBe('172.18.0.1');
    expect(e.state.host.ns.routes.find((r) => r.dev === br.name)).toMatchObject({ dst: '172.18.0.0/16', linkdown: true });
    const iso = e.state.host.iptables.filter.chains.find((c) => c.name === 'DOCKER-ISOLATION-STAGE-2')!;
    expect(iso.rules[0]).toBe(`-o ${br.name} -j DROP`);
    removeNetwork(e, n);
    expect(e.state.host.ns.links.some((l) => l.name === br.name)).toBe(false);
    expect(iso.rules.some((r) => r.includes(br.name))).toBe(false);
  });

  it('keeps networks with running containers and prunes the others', () => {
    const e = new Engine();
    createNetwork(e, { name: 'used' });
    createNetwork(e, { name: 'idle' });
    const c = run(e, 'c1', 'used');
    expect(() => removeNetwork(e, findNetwork(e, 'used')!)).toThrow(/has active endpoints/);
    expect(pruneNetworks(e)).toEqual(['idle']);
    stopContainer(e, c);
    expect(pruneNetworks(e)).toEqual(['used']);
  });
});

describe('endpoints', () => {
  it('gives containers the lowest free address and a MAC derived from it', () => {
    const e = new Engine();
    createNetwork(e, { name: 'n' });
    const a = run(e, 'ca', 'n');
    const b = run(e, 'cb', 'n');
    const ep = (c: typeof a) => e.state.daemon.endpoints[e.state.daemon.sandboxes[c.sandboxId!].endpoints[0]];
    expect(ep(a)).toMatchObject({ ip: '172.18.0.2', mac: '02:42:ac:12:00:02', ifName: 'eth0' });
    expect(ep(b).ip).toBe('172.18.0.3');
    stopContainer(e, a);
    expect(ep(run(e, 'cc', 'n')).ip).toBe('172.18.0.2');
  });

  it('connects a second network as eth1 and moves the default route by network name', () => {
    const e = new Engine();
    const n2 = createNetwork(e, { name: 'b-net' });
    const n1 = createNetwork(e, { name: 'a-net' });
    const c = run(e, 'cc', 'b-net');
    connectContainer(e, n1, c, {});
    const sb = e.state.daemon.sandboxes[c.sandboxId!];
    expect(sb.ns.links.map((l) => l.name)).toEqual(['lo', 'eth0', 'eth1']);
    expect(sb.ns.routes.find((r) => r.dst === 'default')).toMatchObject({ via: '172.19.0.1', dev: 'eth1' });
    expect(() => connectContainer(e, n1, c, {})).toThrow('endpoint with name cc already exists in network a-net');
    disconnectContainer(e, n1, c);
    expect(sb.ns.routes.find((r) => r.dst === 'default')).toMatchObject({ via: '172.18.0.1', dev: 'eth0' });
    expect(() => disconnectContainer(e, n1, c)).toThrow(`container ${c.id} is not connected to network a-net`);
    void n2;
  });

  it('rejects static IPs the way 20.10 does', () => {
    const e = new Engine();
    createNetwork(e, { name: 'auto' });
    createNetwork(e, { name: 'fixed', ipamConfig: [{ Subnet: '10.0.0.0/24' }] });
    const bad = (name: string, mode: string, ip: string) => {
      const { container } = createContainer(e, req(name, mode, { endpoint: { ipv4: ip } }));
      return () => startContainer(e, container);
    };
    expect(bad('sa', 'auto', '172.18.0.50')).toThrow('user specified IP address is supported only when connecting to networks with user configured subnets');
    expect(bad('sb', 'fixed', '10.1.0.5')).toThrow("Invalid address 10.1.0.5: It does not belong to any of this network's subnets");
    expect(bad('sc', 'fixed', '10.0.0.1')).toThrow('Address already in use');
    expect(() => bad('sd', 'fixed', '10.0.0.250')()).not.toThrow();
  });
});
