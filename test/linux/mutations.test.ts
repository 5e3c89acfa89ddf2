/**
 * State-changing commands: what they ask the engine to do, and the error texts of iproute2 6.1, busybox
 * 1.35, bridge-utils 1.7, procps and iptables 1.8.9 (each checked against the real tool in a throw-away
 * network namespace; see fixtures/lab.sh).
 */
import { describe, expect, it } from 'vitest';
import { applyIptOp } from '../../src/cli/linux/index.ts';
import type { NetMutations, NetToolsEnv } from '../../src/cli/linux/index.ts';
import { bridge, ctrEnv, ctrEth, ctrRoutes, hostEnv, link, lo, sh, v4 } from './helpers.ts';

/** a minimal engine: applies the requested changes to env.ns / env.iptables / env.sysctl */
function engine(env: NetToolsEnv): NetToolsEnv {
  let next = 100;
  const ns = env.ns;
  const m: NetMutations = {
    addLink(spec) {
      const name = spec.name ?? `veth${next}`;
      const a = link(next++, name, spec.kind, '02:00:00:00:00:01', { up: false, carrier: false, qdisc: 'noop', qlen: 1000 });
      ns.links.push(a);
      if (spec.kind === 'veth') {
        const b = link(next++, spec.peer ?? `veth${next}`, 'veth', '02:00:00:00:00:02', { up: false, carrier: false, qdisc: 'noop', qlen: 1000 });
        a.peer = { index: b.index, sameNsName: b.name };
        b.peer = { index: a.index, sameNsName: a.name };
        ns.links.push(b);
      }
      return null;
    },
    setLink(name, ch) {
      const l = ns.links.find((x) => x.name === name)!;
      if (ch.master !== undefined && ch.master !== null && ns.links.find((x) => x.name === ch.master)?.kind !== 'bridge') return 'Operation not supported';
      if (ch.up !== undefined) {
        l.up = ch.up;
        l.qdisc = 'noqueue';
      }
      if (ch.master !== undefined) l.master = ch.master ?? undefined;
      if (ch.mtu !== undefined) l.mtu = ch.mtu;
      if (ch.newName !== undefined) l.name = ch.newName;
      for (const x of ns.links) if (x.peer) {
        const p = ns.links.find((y) => y.index === x.peer!.index);
        if (p && x.kind === 'veth') x.carrier = x.up && p.up;
      }
      return null;
    },
    deleteLink(name) {
      const l = ns.links.find((x) => x.name === name)!;
      ns.links = ns.links.filter((x) => x !== l && !(l.kind === 'veth' && x.index === l.peer?.index));
      return null;
    },
    addAddr(dev, a) {
      ns.links.find((x) => x.name === dev)!.addrs.push(a);
      return null;
    },
    delAddr(dev, a) {
      const l = ns.links.find((x) => x.name === dev)!;
      l.addrs = l.addrs.filter((x) => x !== a);
      return null;
    },
    addRoute(r) {
      ns.routes.push(r);
      return null;
    },
    delRoute(r) {
      ns.routes = ns.routes.filter((x) => x.dst !== r.dst);
      return null;
    },
    setSysctl(k, v) {
      if (!/^\d+$/.test(v)) return 'Invalid argument';
      env.sysctl[k] = v;
      return null;
    },
    iptables(table, op) {
      applyIptOp(env.iptables![table], table, op);
      return null;
    },
  };
  env.mutate = m;
  return env;
}

const E = (out: string, exit: number) => ({ out, exit });

describe('ip link add / set / del (iproute2)', () => {
  it('creates a veth pair, brings it up, enslaves it, deletes it', () => {
    const env = engine(hostEnv([lo(true), bridge(3, 'br0', '02:42:00:00:00:03', '10.1.1.1/24', '10.1.1.255', false)], []));
    expect(sh(env, 'ip link add vparent type veth peer name vpeer')).toEqual(E('', 0));
    expect(sh(env, 'ip link add vparent type veth peer name vx')).toEqual(E('RTNETLINK answers: File exists\n', 2));
    expect(sh(env, 'ip link add vx type veth peer name vpeer')).toEqual(E('RTNETLINK answers: File exists\n', 2));
    expect(sh(env, 'ip link show vparent').out).toBe(
      '100: vparent@vpeer: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\n' +
        '    link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff\n',
    );
    expect(sh(env, 'ip link set vparent up')).toEqual(E('', 0));
    expect(sh(env, 'ip -br link show vparent').out).toBe('vparent@vpeer    LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> \n');
    expect(sh(env, 'ip link set dev vpeer up')).toEqual(E('', 0));
    expect(sh(env, 'ip link set vpeer master br0')).toEqual(E('', 0));
    expect(sh(env, 'ip link show master br0').out).toContain('101: vpeer@vparent: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP');
    expect(sh(env, 'ip link set vpeer master vparent')).toEqual(E('RTNETLINK answers: Operation not supported\n', 2));
    expect(sh(env, 'ip link del vparent')).toEqual(E('', 0));
    expect(env.ns.links.map((l) => l.name)).toEqual(['lo', 'br0']);
  });

  it('argument errors', () => {
    const env = engine(hostEnv([lo(true), link(4, 'veth0', 'veth', '02:00:00:00:00:04', { peer: { index: 5, sameNsName: 'veth1' } }), link(5, 'veth1', 'veth', '02:00:00:00:00:05', { peer: { index: 4, sameNsName: 'veth0' } })], []));
    expect(sh(env, 'ip link set nope up')).toEqual(E('Cannot find device "nope"\n', 1));
    expect(sh(env, 'ip link set veth0 sideways')).toEqual(E('Error: either "dev" is duplicate, or "sideways" is a garbage.\n', 255));
    expect(sh(env, 'ip link set')).toEqual(E('Not enough information: "dev" argument is required.\n', 255));
    expect(sh(env, 'ip link set dev')).toEqual(E('Command line is not complete. Try option "help"\n', 255));
    expect(sh(env, 'ip link set veth0 master nope')).toEqual(E('Error: argument "nope" is wrong: Device does not exist\n\n', 255));
    expect(sh(env, 'ip link set veth0 mtu abc')).toEqual(E('Error: argument "abc" is wrong: Invalid "mtu" value\n\n', 255));
    expect(sh(env, 'ip link set veth0 name veth1')).toEqual(E('RTNETLINK answers: File exists\n', 2));
    expect(sh(env, 'ip link del nope')).toEqual(E('Cannot find device "nope"\n', 1));
    expect(sh(env, 'ip link del')).toEqual(E('Not enough information: "dev" argument is required.\n', 255));
    expect(sh(env, 'ip link add v5 type bogus')).toEqual(E('Error: Unknown device type.\n', 2));
    expect(sh(env, 'ip link add v6')).toEqual(E('Not enough information: "type" argument is required\n', 1));
    expect(sh(env, 'ip link add mvx link nope type macvlan')).toEqual(E('Cannot find device "nope"\n', 1));
  });
});

describe('ip addr add / del, ip route add / del, ip netns (iproute2)', () => {
  const mk = () => engine(hostEnv([lo(true), link(6, 'br0', 'bridge', '1e:40:7f:6e:62:46', { qlen: 1000, addrs: [v4('10.1.1.1/24')] })], [{ dst: '10.1.1.0/24', dev: 'br0', proto: 'kernel', scope: 'link', src: '10.1.1.1' }]));
  it('addresses', () => {
    const env = mk();
    expect(sh(env, 'ip addr add 10.1.1.1/24 dev br0')).toEqual(E('Error: ipv4: Address already assigned.\n', 2));
    expect(sh(env, 'ip addr add 10.1.1.3/24 brd + dev br0')).toEqual(E('', 0));
    expect(sh(env, 'ip addr add 10.1.1.2 dev br0')).toEqual(E('', 0));
    expect(sh(env, 'ip -4 addr show br0').out).toBe(
      '6: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000\n' +
        '    inet 10.1.1.1/24 scope global br0\n       valid_lft forever preferred_lft forever\n' +
        '    inet 10.1.1.2/32 scope global br0\n       valid_lft forever preferred_lft forever\n' +
        '    inet 10.1.1.3/24 brd 10.1.1.255 scope global secondary br0\n       valid_lft forever preferred_lft forever\n',
    );
    expect(sh(env, 'ip addr add 1.2.3.4/33 dev br0')).toEqual(E('Error: any valid prefix is expected rather than "1.2.3.4/33".\n', 1));
    expect(sh(env, 'ip addr add foo dev br0')).toEqual(E('Error: any valid prefix is expected rather than "foo".\n', 1));
    expect(sh(env, 'ip addr add 10.9.9.9/24 dev nope')).toEqual(E('Cannot find device "nope"\n', 1));
    expect(sh(env, 'ip addr add 10.9.9.9/24')).toEqual(E('Not enough information: "dev" argument is required.\n', 1));
    expect(sh(env, 'ip addr add 10.8.8.6/24 10.8.8.5 dev br0')).toEqual(E('Error: either "local" is duplicate, or "10.8.8.5" is a garbage.\n', 255));
    expect(sh(env, 'ip addr del 10.1.1.2/32 dev br0')).toEqual(E('', 0));
    expect(sh(env, 'ip addr del 10.1.1.2/32 dev br0')).toEqual(E('Error: ipv4: Address not found.\n', 2));
    expect(sh(env, 'ip addr del 10.1.1.3 dev br0')).toEqual(
      E(
        'Warning: Executing wildcard deletion to stay compatible with old scripts.\n' +
          '         Explicitly specify the prefix length (10.1.1.3/32) to avoid this warning.\n' +
          '         This special behaviour is likely to disappear in further releases,\n' +
          '         fix your scripts!\n',
        0,
      ),
    );
    expect(env.ns.links[1].addrs.map((a) => a.address)).toEqual(['10.1.1.1']);
  });
  it('routes', () => {
    const env = mk();
    expect(sh(env, 'ip route add 10.9.0.0/16 via 10.1.1.254')).toEqual(E('', 0));
    expect(sh(env, 'ip route add 10.9.0.0/16 via 10.1.1.254')).toEqual(E('RTNETLINK answers: File exists\n', 2));
    expect(sh(env, 'ip route add 10.8.0.0/16 via 99.1.1.1')).toEqual(E('Error: Nexthop has invalid gateway.\n', 2));
    expect(sh(env, 'ip route add 10.7.0.0/16 dev nope')).toEqual(E('Cannot find device "nope"\n', 1));
    expect(sh(env, 'ip route add 10.7.0.0/16 dev br0')).toEqual(E('', 0));
    expect(sh(env, 'ip route add foo dev br0')).toEqual(E('Error: any valid prefix is expected rather than "foo".\n', 1));
    expect(sh(env, 'ip route add 10.3.0.0/16')).toEqual(E('RTNETLINK answers: No such device\n', 2));
    expect(sh(env, 'ip route del 10.6.0.0/16')).toEqual(E('RTNETLINK answers: No such process\n', 2));
    expect(sh(env, 'ip route get 10.9.1.1')).toEqual(E('10.9.1.1 via 10.1.1.254 dev br0 src 10.1.1.1 uid 0 \n    cache \n', 0));
    expect(sh(env, 'ip route get 10.1.1.1')).toEqual(E('local 10.1.1.1 dev lo src 10.1.1.1 uid 0 \n    cache <local> \n', 0));
    expect(sh(env, 'ip route get 8.8.8.8')).toEqual(E('RTNETLINK answers: Network is unreachable\n', 2));
    expect(sh(env, 'ip route get')).toEqual(E('need at least a destination address\n', 1));
  });
  it('named namespaces', () => {
    const names: { name: string; id?: number }[] = [];
    const env = hostEnv([lo(true)], [], { netns: names, mutate: { addNetns: (n) => (names.push({ name: n }), null), delNetns: () => null } });
    expect(sh(env, 'ip netns add x')).toEqual(E('', 0));
    expect(sh(env, 'ip netns')).toEqual(E('x\n', 0));
    expect(sh(env, 'ip netns add x')).toEqual(E('Cannot create namespace file "/run/netns/x": File exists\n', 1));
    expect(sh(env, 'ip netns del y')).toEqual(E('Cannot remove namespace file "/run/netns/y": No such file or directory\n', 1));
    expect(sh(hostEnv([], [], { netns: [{ name: 'a', id: 0 }, { name: 'b' }] }), 'ip netns list')).toEqual(E('a (id: 0)\nb\n', 0));
  });
});

describe('busybox ip, ifconfig, route, sysctl in a container', () => {
  const ctr = () => ctrEnv([lo(false), ctrEth(4, 'eth0', '02:42:ac:11:00:02', '172.17.0.2/16', '172.17.255.255', 5)], ctrRoutes('172.17.0.1', [['172.17.0.0/16', 'eth0', '172.17.0.2']]));
  it('without NET_ADMIN everything is refused, except a no-op', () => {
    const env = ctr();
    expect(sh(env, 'ip link set eth0 down')).toEqual(E('ip: SIOCSIFFLAGS: Operation not permitted\n', 2));
    expect(sh(env, 'ip link set dev eth0 up')).toEqual(E('', 0));
    expect(sh(env, 'ip addr add 10.1.1.1/24 dev eth0')).toEqual(E('ip: RTNETLINK answers: Operation not permitted\n', 2));
    expect(sh(env, 'ip route add 10.2.0.0/16 via 172.17.0.1')).toEqual(E('ip: RTNETLINK answers: Operation not permitted\n', 2));
    expect(sh(env, 'ip link add v1 type veth peer name v2')).toEqual(E('ip: RTNETLINK answers: Operation not permitted\n', 2));
    expect(sh(env, 'ip link del eth0')).toEqual(E('ip: RTNETLINK answers: Operation not permitted\n', 2));
    expect(sh(env, 'ifconfig eth0 down')).toEqual(E('ifconfig: SIOCSIFFLAGS: Operation not permitted\n', 1));
    expect(sh(env, 'route add default gw 1.1.1.1')).toEqual(E('route: SIOCADDRT: Operation not permitted\n', 1));
    expect(sh(env, 'sysctl -w net.ipv4.ip_forward=1')).toEqual(E("sysctl: error setting key 'net.ipv4.ip_forward': Read-only file system\n", 1));
  });
  it('argument errors', () => {
    const env = engine(ctr());
    expect(sh(env, 'ip link set nope up')).toEqual(E('ip: SIOCGIFFLAGS: No such device\n', 2));
    expect(sh(env, 'ip link set eth0 foo')).toEqual(E('ip: either "dev" is duplicate, or "foo" is garbage\n', 2));
    expect(sh(env, 'ip link set')).toEqual(E('ip: "dev" requires an argument\n', 2));
    expect(sh(env, 'ip link set dev eth0 mtu abc')).toEqual(E("ip: invalid argument 'abc' to 'mtu'\n", 2));
    expect(sh(env, 'ip link set eth0 master nope')).toEqual(E("ip: can't find device 'nope'\n", 2));
    expect(sh(env, 'ip link del nope')).toEqual(E("ip: can't find device 'nope'\n", 2));
    expect(sh(env, 'ip link del')).toEqual(E('', 1));
    expect(sh(env, 'ip link add v3')).toEqual(E('ip: RTNETLINK answers: Operation not supported\n', 2));
    expect(sh(env, 'ip link add v8 type veth peer name v9')).toEqual(E('', 0));
    expect(sh(env, 'ip link add v8 type veth peer name v9')).toEqual(E('ip: RTNETLINK answers: File exists\n', 2));
    expect(sh(env, 'ip addr add 172.17.0.2/16 dev eth0')).toEqual(E('ip: RTNETLINK answers: File exists\n', 2));
    expect(sh(env, 'ip addr del 10.3.3.3/24 dev eth0')).toEqual(E('ip: RTNETLINK answers: Cannot assign requested address\n', 2));
    expect(sh(env, 'ip addr add 10.1.1.9/24')).toEqual(E('ip: need "dev IFACE"\n', 1));
    expect(sh(env, 'ip addr add 1.2.3.4/33 dev eth0')).toEqual(E('ip: an inet prefix is expected rather than "1.2.3.4"\n', 1));
    expect(sh(env, 'ip route del 10.5.0.0/16')).toEqual(E('ip: RTNETLINK answers: No such process\n', 2));
    expect(sh(env, 'ip route get 8.8.8.8')).toEqual(E('8.8.8.8 via 172.17.0.1 dev eth0  src 172.17.0.2 \n', 0));
    expect(sh(env, 'sysctl net.ipv4.nope')).toEqual(E("sysctl: error: 'net.ipv4.nope' is an unknown key\n", 1));
    expect(sh(env, 'sysctl net.ipv4.ip_forward=1')).toEqual(E('net.ipv4.ip_forward = 1\n', 0));
  });
});

describe('brctl, ifconfig and sysctl on the host', () => {
  it('brctl addbr, addif, delbr', () => {
    const env = engine(hostEnv([lo(true), bridge(3, 'docker0', '02:42:98:82:f4:b1', '172.17.0.1/16', '172.17.255.255', false), link(9, 'veth9', 'veth', '02:00:00:00:00:09')], []));
    expect(sh(env, 'brctl addbr br9')).toEqual(E('', 0));
    expect(sh(env, 'brctl addbr br9')).toEqual(E("device br9 already exists; can't create bridge with the same name\n", 1));
    expect(sh(env, 'brctl addif docker0 nope')).toEqual(E('interface nope does not exist!\n', 1));
    expect(sh(env, 'brctl addif docker0 veth9')).toEqual(E('', 0));
    expect(sh(env, 'brctl show docker0').out).toBe('bridge name\tbridge id\t\tSTP enabled\tinterfaces\ndocker0\t\t8000.02429882f4b1\tno\t\tveth9\n');
    expect(sh(env, 'brctl delbr docker0')).toEqual(E("bridge docker0 is still up; can't delete it\n", 1));
    expect(sh(env, 'brctl delbr br9')).toEqual(E('', 0));
    expect(sh(env, 'brctl delbr br9')).toEqual(E("bridge br9 doesn't exist; can't delete it\n", 1));
    expect(sh(env, 'brctl show nope')).toEqual(E('bridge nope does not exist!\n', 1));
  });
  it('ifconfig down hides the interface from the default listing', () => {
    const env = engine(hostEnv([lo(true), link(9, 'veth9', 'veth', '02:00:00:00:00:09')], []));
    expect(sh(env, 'ifconfig veth9 down')).toEqual(E('', 0));
    expect(sh(env, 'ifconfig').out).toMatch(/^lo: flags=73<UP,LOOPBACK,RUNNING>  mtu 65536\n/);
    expect(sh(env, 'ifconfig veth9').out.split('\n')[0]).toBe('veth9: flags=4098<BROADCAST,MULTICAST>  mtu 1500');
  });
  it('sysctl -w: invalid value, unknown key, quiet, no variables', () => {
    const env = engine(hostEnv([lo(true)], []));
    expect(sh(env, 'sysctl -w net.ipv4.ip_forward=abc')).toEqual(E('sysctl: setting key "net.ipv4.ip_forward": Invalid argument\n', 1));
    expect(sh(env, 'sysctl -w net.ipv4.nope=1')).toEqual(E('sysctl: cannot stat /proc/sys/net/ipv4/nope: No such file or directory\n', 1));
    expect(sh(env, 'sysctl -q -w net.ipv4.ip_forward=0')).toEqual(E('', 0));
    expect(sh(env, 'sysctl net.ipv4.ip_forward=1')).toEqual(E('net.ipv4.ip_forward = 1\n', 0));
    expect(sh(env, 'sysctl -w')).toEqual(E("sysctl: no variables specified\nTry `sysctl --help' for more information.\n", 1));
    expect(sh(env, 'sysctl -a').out).toBe('net.ipv4.conf.all.forwarding = 1\nnet.ipv4.ip_forward = 1\n');
    const ro = hostEnv([lo(true)], [], { mutate: { setSysctl: () => 'Read-only file system' } });
    expect(sh(ro, 'sysctl -w net.ipv4.ip_forward=1')).toEqual(E('sysctl: permission denied on key "net.ipv4.ip_forward"\n', 1));
  });
});

describe('iptables changes', () => {
  it('-N -A -I -C -D -R -P -F -E -X on a user chain', () => {
    const env = engine(hostEnv([lo(true)], []));
    expect(sh(env, 'iptables -N T')).toEqual(E('', 0));
    expect(sh(env, 'iptables -N T')).toEqual(E('iptables: Chain already exists.\n', 1));
    expect(sh(env, 'iptables -A T -p tcp --dport 22 -i eth0 -s 192.0.2.0/24 -j ACCEPT')).toEqual(E('', 0));
    expect(sh(env, 'iptables -A T -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT')).toEqual(E('', 0));
    expect(sh(env, 'iptables -I T -j LOG --log-prefix web: --log-level 6')).toEqual(E('', 0));
    expect(sh(env, 'iptables -A INPUT -j T')).toEqual(E('', 0));
    expect(sh(env, 'iptables -S T').out).toBe(
      '-N T\n' +
        '-A T -j LOG --log-prefix web: --log-level 6\n' +
        '-A T -s 192.0.2.0/24 -i eth0 -p tcp -m tcp --dport 22 -j ACCEPT\n' +
        '-A T -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n',
    );
    expect(sh(env, 'iptables -C T -p tcp -s 192.0.2.0/24 -i eth0 -m tcp --dport ssh -j ACCEPT')).toEqual(E('', 0));
    expect(sh(env, 'iptables -X T')).toEqual(E('iptables: Too many links.\n', 1));
    expect(sh(env, 'iptables -D T 1')).toEqual(E('', 0));
    expect(sh(env, 'iptables -D T -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT')).toEqual(E('', 0));
    expect(sh(env, 'iptables -D T -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT')).toEqual(E('iptables: Bad rule (does a matching rule exist in that chain?).\n', 1));
    expect(sh(env, 'iptables -R T 1 -j DROP')).toEqual(E('', 0));
    expect(sh(env, 'iptables -L T -n').out).toBe(
      'Chain T (1 references)\ntarget     prot opt source               destination         \nDROP       0    --  0.0.0.0/0            0.0.0.0/0           \n',
    );
    expect(sh(env, 'iptables -P FORWARD DROP')).toEqual(E('', 0));
    expect(sh(env, 'iptables -S FORWARD')).toEqual(E('-P FORWARD DROP\n', 0));
    expect(sh(env, 'iptables -E T U')).toEqual(E('', 0));
    expect(sh(env, 'iptables -S INPUT')).toEqual(E('-P INPUT ACCEPT\n-A INPUT -j U\n', 0));
    expect(sh(env, 'iptables -F')).toEqual(E('', 0));
    expect(sh(env, 'iptables -X U')).toEqual(E('', 0));
    expect(sh(env, 'iptables -S')).toEqual(E('-P INPUT ACCEPT\n-P FORWARD DROP\n-P OUTPUT ACCEPT\n', 0));
  });
  it('nat targets only in the nat table; a read-only iptables', () => {
    const env = engine(hostEnv([lo(true)], []));
    expect(sh(env, 'iptables -A INPUT -j MASQUERADE')).toEqual(E("iptables: Invalid argument. Run `dmesg' for more information.\n", 1));
    expect(sh(env, 'iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE')).toEqual(E('', 0));
    expect(sh(env, 'iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to 172.17.0.2:80')).toEqual(E('', 0));
    expect(sh(env, 'iptables -t nat -S').out).toBe(
      '-P PREROUTING ACCEPT\n-P INPUT ACCEPT\n-P OUTPUT ACCEPT\n-P POSTROUTING ACCEPT\n' +
        '-A PREROUTING -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80\n' +
        '-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE\n',
    );
    const ro = hostEnv([lo(true)], []);
    expect(sh(ro, 'iptables -A INPUT -j ACCEPT')).toEqual(
      E("iptables v1.8.9 (legacy): can't initialize iptables table `filter': Permission denied (you must be root)\nPerhaps iptables or your kernel needs to be upgraded.\n", 3),
    );
  });
});

describe('ip -n NAME', () => {
  it('runs in the named namespace the engine provides, else fails like iproute2', () => {
    const inner = hostEnv([lo(false)], []);
    const env = hostEnv([lo(true)], [], { netnsEnv: (n) => (n === 'x' ? inner : undefined) });
    expect(sh(env, 'ip -n x -br link')).toEqual(E('lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> \n', 0));
    expect(sh(env, 'ip -br -n x a')).toEqual(E('lo               UNKNOWN        127.0.0.1/8 \n', 0));
    expect(sh(env, 'ip -n nope link')).toEqual(E('Cannot open network namespace "nope": No such file or directory\n', 255));
  });
});

describe('route add/del and ifconfig ADDR (net-tools and busybox)', () => {
  const mk = (flavor: 'host' | 'busybox') => {
    const env = engine(ctrEnv([lo(false), ctrEth(8, 'eth0', '02:42:ac:11:00:03', '172.17.0.3/16', '172.17.255.255', 9)], ctrRoutes('172.17.0.1', [['172.17.0.0/16', 'eth0', '172.17.0.3']])));
    env.flavor = flavor;
    return env;
  };
  it('net-tools', () => {
    const env = mk('host');
    expect(sh(env, 'route add default gw 172.17.0.9')).toEqual(E('SIOCADDRT: File exists\n', 7));
    expect(sh(env, 'route del default')).toEqual(E('', 0));
    expect(sh(env, 'route del default')).toEqual(E('SIOCDELRT: No such process\n', 7));
    expect(sh(env, 'route add default gw 99.9.9.9')).toEqual(E('SIOCADDRT: Network is unreachable\n', 7));
    expect(sh(env, 'route add -net 10.8.0.0 netmask 255.255.0.0 dev nope')).toEqual(E('SIOCADDRT: No such device\n', 7));
    expect(sh(env, 'route add -net 10.5.0.0 netmask 255.255.0.0 gw 172.17.0.1')).toEqual(E('', 0));
    expect(sh(env, 'route add -net 10.6.0.0/16 dev eth0')).toEqual(E('', 0));
    expect(sh(env, 'route add -host 10.7.0.1 gw 172.17.0.1')).toEqual(E('', 0));
    env.ns.routes.sort((a, b) => a.dst.localeCompare(b.dst, 'en', { numeric: true }));
    expect(sh(env, 'route -n').out).toBe(
      'Kernel IP routing table\n' +
        'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n' +
        '10.5.0.0        172.17.0.1      255.255.0.0     UG    0      0        0 eth0\n' +
        '10.6.0.0        0.0.0.0         255.255.0.0     U     0      0        0 eth0\n' +
        '10.7.0.1        172.17.0.1      255.255.255.255 UGH   0      0        0 eth0\n' +
        '172.17.0.0      0.0.0.0         255.255.0.0     U     0      0        0 eth0\n',
    );
    expect(sh(env, 'ifconfig eth0 172.17.0.50')).toEqual(E('', 0));
    expect(sh(env, 'ip -4 a show eth0').out).toContain('    inet 172.17.0.50/16 brd 172.17.255.255 scope global eth0\n');
  });
  it('busybox, with and without privileges', () => {
    const env = mk('busybox');
    expect(sh(env, 'route del default')).toEqual(E('', 0));
    expect(sh(env, 'route del default')).toEqual(E('route: SIOCDELRT: No such process\n', 1));
    expect(sh(env, 'route add default gw 99.9.9.9')).toEqual(E('route: SIOCADDRT: Network is unreachable\n', 1));
    expect(sh(env, 'route add -net 10.9.0.0/16 dev eth0')).toEqual(E('', 0));
    const ro = ctrEnv([lo(false), ctrEth(8, 'eth0', '02:42:ac:11:00:03', '172.17.0.3/16', '172.17.255.255', 9)], []);
    expect(sh(ro, 'ifconfig eth0 172.17.0.51 netmask 255.255.0.0')).toEqual(E('ifconfig: SIOCSIFADDR: Operation not permitted\n', 1));
  });
});
