/** ifconfig, route, netstat, sysctl, iptables and host ping: recorded outputs of the Docker transcripts. */
import { describe, expect, it } from 'vitest';
import type { Iptables, IptTableName } from '../../src/engine/model/iptables.ts';
import { emptyIptables } from '../../src/engine/model/iptables.ts';
import { formatIputilsPing, parseIputilsPing } from '../../src/cli/linux/ping.ts';
import { bridge, bridgeRoute, ctrEnv, ctrEth, ctrRoutes, hostEnv, hostEth0, HOST_ROUTES, lo, rec, sh } from './helpers.ts';

/** an Iptables model from `iptables -S` texts, one per table */
export function fromSave(tables: Partial<Record<IptTableName, string>>): Iptables {
  const ipt = emptyIptables();
  for (const [table, text] of Object.entries(tables) as [IptTableName, string][]) {
    const t = ipt[table];
    for (const line of text.split('\n')) {
      const m = /^-(P|N|A) (\S+) ?(.*)$/.exec(line);
      if (!m) continue;
      let c = t.chains.find((x) => x.name === m[2]);
      if (!c) t.chains.push((c = { name: m[2], rules: [] }));
      if (m[1] === 'P') c.policy = m[3] as 'ACCEPT' | 'DROP';
      if (m[1] === 'A') c.rules.push(m[3]);
    }
  }
  return ipt;
}

describe('67-container-tools: busybox ifconfig, route, netstat', () => {
  const F = '67-container-tools';
  const u1 = (rx: number, bytes: number) =>
    ctrEnv([lo(false), ctrEth(7, 'eth0', '02:42:ac:12:00:03', '172.18.0.3/16', '172.18.255.255', 8)], ctrRoutes('172.18.0.1', [['172.18.0.0/16', 'eth0', '172.18.0.3']]), {
      counters: (n) => (n === 'eth0' ? { rxPackets: rx, rxBytes: bytes } : undefined),
    });
  it('u1', () => {
    expect(sh(u1(4, 360), 'ifconfig')).toEqual(rec(F, 'docker exec u1 ifconfig'));
    expect(sh(u1(6, 560), 'ifconfig eth0')).toEqual(rec(F, 'docker exec u1 ifconfig eth0'));
    expect(sh(u1(0, 0), 'route')).toEqual(rec(F, 'docker exec u1 route'));
    expect(sh(u1(0, 0), 'route -n')).toEqual(rec(F, 'docker exec u1 route -n'));
    expect(sh(u1(0, 0), 'netstat -rn')).toEqual(rec(F, 'docker exec u1 netstat -rn'));
  });
  it('b1 on the default bridge', () => {
    const b1 = ctrEnv([lo(false), ctrEth(9, 'eth0', '02:42:ac:11:00:02', '172.17.0.2/16', '172.17.255.255', 10)], ctrRoutes('172.17.0.1', [['172.17.0.0/16', 'eth0', '172.17.0.2']]), {
      counters: (n) => (n === 'eth0' ? { rxPackets: 10, rxBytes: 940 } : undefined),
    });
    expect(sh(b1, 'ifconfig')).toEqual(rec(F, 'docker exec b1 ifconfig'));
    expect(sh(b1, 'route -n')).toEqual(rec(F, 'docker exec b1 route -n'));
  });
});

describe('68-host-tools: net-tools ifconfig, sysctl, iputils ping', () => {
  const F = '68-host-tools';
  const MAC = '02:42:b6:e5:3b:94';
  it('ifconfig before any container (docker0 without RUNNING)', () => {
    const env = hostEnv([lo(true), hostEth0(), bridge(3, 'docker0', MAC, '172.17.0.1/16', '172.17.255.255', false)], HOST_ROUTES, {
      counters: (n) => ({ docker0: { txDropped: 1 }, eth0: { rxPackets: 1, rxBytes: 90, txPackets: 3, txBytes: 250 } })[n],
    });
    expect(sh(env, 'ifconfig')).toEqual(rec(F, 'ifconfig'));
  });
  it('ifconfig docker0 with containers', () => {
    const env = hostEnv([lo(true), hostEth0(), bridge(3, 'docker0', MAC, '172.17.0.1/16', '172.17.255.255', true, 'fe80::42:b6ff:fee5:3b94/64')], HOST_ROUTES, {
      counters: () => ({ txPackets: 3, txBytes: 330, txDropped: 2 }),
    });
    expect(sh(env, 'ifconfig docker0')).toEqual(rec(F, 'ifconfig docker0'));
  });
  it('sysctl read and write', () => {
    const sysctl: Record<string, string> = { 'net.ipv4.ip_forward': '1', 'net.ipv4.conf.all.forwarding': '1' };
    const env = hostEnv([lo(true)], [], {
      sysctl,
      mutate: {
        setSysctl: (k, v) => {
          sysctl[k] = v;
          return null;
        },
      },
    });
    expect(sh(env, 'sysctl net.ipv4.ip_forward')).toEqual(rec(F, 'sysctl net.ipv4.ip_forward'));
    expect(sh(env, 'sysctl net.ipv4.conf.all.forwarding')).toEqual(rec(F, 'sysctl net.ipv4.conf.all.forwarding'));
    expect(sh(env, 'sysctl -w net.ipv4.ip_forward=0')).toEqual(rec(F, 'sysctl -w net.ipv4.ip_forward=0'));
    expect(sh(env, 'sysctl net.ipv4.ip_forward')).toEqual(rec(F, 'sysctl net.ipv4.ip_forward', 1));
  });
  it('ping from the host (iputils): a reply, then 100% loss after the container is gone', () => {
    const p = parseIputilsPing(['ping', '-c', '1', '-W', '1', '172.17.0.2']);
    if (!p.ok) throw new Error(p.stderr);
    const show = (r: Parameters<typeof formatIputilsPing>[1]) => {
      const o = formatIputilsPing(p.opts, r);
      return { out: o.chunks.map((c) => c.text).join(''), exit: o.exit };
    };
    expect(show({ address: '172.17.0.2', transmitted: 1, replies: [{ seq: 1, ttl: 64, timeMs: 0.302 }] })).toEqual(rec(F, 'ping -c 1 -W 1 172.17.0.2'));
    expect(show({ address: '172.17.0.2', transmitted: 1, replies: [] })).toEqual(rec(F, 'ping -c 1 -W 1 172.17.0.2', 1));
  });
});

describe('iptables: the rule sets Docker 20.10 programs', () => {
  it('21 and 22: nat DOCKER chain and the filter DOCKER chain of a published port', () => {
    const t21 = fromSave({
      filter: rec('21-publish-basic', 'iptables -S DOCKER').out,
      nat: rec('21-publish-basic', 'iptables -t nat -S DOCKER').out,
    });
    const env = hostEnv([lo(true)], [], { iptables: t21 });
    expect(sh(env, 'iptables -t nat -S DOCKER')).toEqual(rec('21-publish-basic', 'iptables -t nat -S DOCKER'));
    expect(sh(env, 'iptables -S DOCKER')).toEqual(rec('21-publish-basic', 'iptables -S DOCKER'));
    const env22 = hostEnv([lo(true)], [], { iptables: fromSave({ nat: rec('22-publish-variants', 'iptables -t nat -S DOCKER').out }) });
    expect(sh(env22, 'iptables -t nat -S DOCKER')).toEqual(rec('22-publish-variants', 'iptables -t nat -S DOCKER'));
  });

  it('65: -S, -L, -L -v, --line-numbers, single chains', () => {
    const F = '65-iptables-full';
    const ipt = fromSave({ filter: rec(F, 'iptables -S').out, nat: rec(F, 'iptables -t nat -S').out });
    const env = hostEnv([lo(true)], [], {
      iptables: ipt,
      iptablesCounters: (table, chain, rule) => (table === 'filter' && chain === 'OUTPUT' && rule === -1 ? { pkts: 2, bytes: 80 } : undefined),
    });
    for (const cmd of [
      'iptables -S',
      'iptables -t nat -S',
      'iptables -L -n',
      'iptables -L -n -v',
      'iptables -t nat -L -n',
      'iptables -t nat -L -n -v',
      'iptables -S FORWARD',
      'iptables -L DOCKER-ISOLATION-STAGE-1 -n',
      'iptables -L DOCKER-ISOLATION-STAGE-2 -n',
      'iptables -L DOCKER-USER -n --line-numbers',
      'iptables -L FORWARD -n --line-numbers',
      'iptables -t nat -L POSTROUTING -n',
    ]) {
      expect(sh(env, cmd), cmd).toEqual(rec(F, cmd));
    }
  });

  it('64 and 66: nat DOCKER with many ports; the isolation rules of an internal network', () => {
    const e64 = hostEnv([lo(true)], [], { iptables: fromSave({ nat: rec('64-publish-all', 'iptables -t nat -S DOCKER').out }) });
    expect(sh(e64, 'iptables -t nat -S DOCKER')).toEqual(rec('64-publish-all', 'iptables -t nat -S DOCKER'));
    const e66 = hostEnv([lo(true)], [], { iptables: fromSave({ filter: rec('66-internal-net', 'iptables -S DOCKER-ISOLATION-STAGE-1').out }) });
    expect(sh(e66, 'iptables -S DOCKER-ISOLATION-STAGE-1')).toEqual(rec('66-internal-net', 'iptables -S DOCKER-ISOLATION-STAGE-1'));
  });
});

describe('host routing tables (31: linkdown does not show in route/netstat)', () => {
  it('route -n and netstat -rn', () => {
    const env = hostEnv([lo(true), hostEth0(), bridge(3, 'docker0', '02:42:98:82:f4:b1', '172.17.0.1/16', '172.17.255.255', false)], [...HOST_ROUTES, bridgeRoute('172.17.0.0/16', 'docker0', '172.17.0.1', true)]);
    expect(sh(env, 'route -n').out).toBe(
      'Kernel IP routing table\n' +
        'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n' +
        '0.0.0.0         192.0.2.1       0.0.0.0         UG    0      0        0 eth0\n' +
        '172.17.0.0      0.0.0.0         255.255.0.0     U     0      0        0 docker0\n' +
        '192.0.2.0       0.0.0.0         255.255.255.0   U     0      0        0 eth0\n',
    );
    expect(sh(env, 'route').out.split('\n')[2]).toBe('default         192.0.2.1       0.0.0.0         UG    0      0        0 eth0');
  });
});

describe('netstat -p (host net-tools; recorded by hand in the lab, PIDs are the listeners\' own)', () => {
  it('PID/Program name column', () => {
    const env = hostEnv([lo(true)], [], {
      listeners: [
        { proto: 'tcp', address: '127.0.0.11', port: 41391, program: '27402/python3' },
        { proto: 'tcp', address: '0.0.0.0', port: 6379, program: '27402/python3' },
        { proto: 'tcp', address: '172.17.0.2', port: 8080, program: '27402/python3' },
        { proto: 'tcp', address: '::', port: 80, program: '27401/busybox' },
        { proto: 'udp', address: '127.0.0.11', port: 35000, program: '27402/python3' },
        { proto: 'udp', address: '::', port: 5353, program: '27402/python3' },
      ],
    });
    expect(sh(env, 'netstat -tulpn').out).toBe(
      'Active Internet connections (only servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n' +
        'tcp        0      0 127.0.0.11:41391        0.0.0.0:*               LISTEN      27402/python3       \n' +
        'tcp        0      0 0.0.0.0:6379            0.0.0.0:*               LISTEN      27402/python3       \n' +
        'tcp        0      0 172.17.0.2:8080         0.0.0.0:*               LISTEN      27402/python3       \n' +
        'tcp6       0      0 :::80                   :::*                    LISTEN      27401/busybox       \n' +
        'udp        0      0 127.0.0.11:35000        0.0.0.0:*                           27402/python3       \n' +
        'udp6       0      0 :::5353                 :::*                                27402/python3       \n',
    );
    expect(sh(env, 'netstat -tl').out.split('\n').slice(3, 6)).toEqual([
      'tcp        0      0 0.0.0.0:redis           0.0.0.0:*               LISTEN     ',
      'tcp        0      0 172.17.0.2:http-alt     0.0.0.0:*               LISTEN     ',
      'tcp6       0      0 [::]:http               [::]:*                  LISTEN     ',
    ]);
  });
});
