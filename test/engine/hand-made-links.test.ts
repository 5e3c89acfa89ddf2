import { describe, expect, it } from 'vitest';
import { HostSession } from '../../src/cli/session.ts';

async function run(s: HostSession, lines: string[]): Promise<{ out: string; status: number }> {
  let out = '';
  let status = 0;
  for (const line of lines) ({ status } = await s.runLine(line, { write: (_fd, t) => (out += t) }));
  return { out, status };
}

describe('namespaces, veth pairs and bridges made by hand', () => {
  it('connects two namespaces with a veth pair', async () => {
    const s = new HostSession();
    await run(s, [
      'ip netns add red', 'ip netns add blue', 'ip link add veth-red type veth peer name veth-blue',
      'ip link set veth-red netns red', 'ip link set veth-blue netns blue',
      'ip -n red addr add 10.99.0.1/24 dev veth-red', 'ip -n blue addr add 10.99.0.2/24 dev veth-blue',
      'ip -n red link set veth-red up',
    ]);
    // one end up, the other down: no carrier, no reply
    expect((await run(s, ['ip netns exec red ping -c 1 -W 1 10.99.0.2'])).status).toBe(1);
    await run(s, ['ip -n blue link set veth-blue up']);
    const { out, status } = await run(s, ['ip netns exec red ping -c 1 10.99.0.2']);
    expect(status).toBe(0);
    expect(out).toContain('64 bytes from 10.99.0.2: icmp_seq=1 ttl=64');
    expect((await run(s, ['ip netns exec green ip link'])).out).toBe('Cannot open network namespace "green": No such file or directory\n');
  });

  it('bridged traffic between namespaces passes FORWARD, whose DROP policy Docker set', async () => {
    const s = new HostSession();
    const wire = (ns: string, ip: string) => [
      `ip netns add ${ns}`, `ip link add v-${ns} type veth peer name p-${ns}`, `ip link set v-${ns} netns ${ns}`,
      `ip link set p-${ns} master br-lab`, `ip link set p-${ns} up`, `ip -n ${ns} addr add ${ip}/24 dev v-${ns}`,
      `ip -n ${ns} link set v-${ns} up`,
    ];
    await run(s, ['ip link add br-lab type bridge', 'ip link set br-lab up', ...wire('a', '10.77.0.1'), ...wire('b', '10.77.0.2')]);
    expect((await run(s, ['ip netns exec a ping -c 1 -W 1 10.77.0.2'])).status).toBe(1);
    await run(s, ['iptables -P FORWARD ACCEPT']);
    expect((await run(s, ['ip netns exec a ping -c 1 -W 1 10.77.0.2'])).status).toBe(0);
  });
});
