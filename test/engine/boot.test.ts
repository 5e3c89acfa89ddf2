import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import { createNetwork, findNetwork, removeNetwork } from '../../src/engine/daemon/network-ops.ts';

describe('a fresh host', () => {
  it('has the three predefined networks and docker0 on 172.17.0.1/16', () => {
    const e = new Engine({ seed: 1 });
    const names = Object.values(e.state.daemon.networks).map((n) => n.name).sort();
    expect(names).toEqual(['bridge', 'host', 'none']);
    const docker0 = e.state.host.ns.links.find((l) => l.name === 'docker0')!;
    expect(docker0.index).toBe(3);
    expect(docker0.addrs[0]).toMatchObject({ address: '172.17.0.1', prefixLen: 16, broadcast: '172.17.255.255' });
  });

  it('hands user networks the next default pools in order, round robin as 20.10 does', () => {
    const e = new Engine({ seed: 1 });
    const a = createNetwork(e, { name: 'a' });
    const b = createNetwork(e, { name: 'b' });
    expect(a.ipam.config[0]).toEqual({ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' });
    expect(b.ipam.config[0].Subnet).toBe('172.19.0.0/16');
    removeNetwork(e, findNetwork(e, 'a')!);
    expect(createNetwork(e, { name: 'c' }).ipam.config[0].Subnet).toBe('172.20.0.0/16');
  });

  it('serializes to JSON and back to an identical engine', () => {
    const e = new Engine({ seed: 'x' });
    createNetwork(e, { name: 'n1' });
    const copy = Engine.restore(e.serialize());
    expect(copy.serialize()).toBe(e.serialize());
    expect(createNetwork(copy, { name: 'n2' }).id).toBe(createNetwork(e, { name: 'n2' }).id);
  });
});
