/** Hand-built namespaces shaped like the recording hosts of the Docker transcripts, and a runner. */
import { bufferOut, netTools } from '../../src/cli/linux/index.ts';
import type { IfAddr, Link, NetToolsEnv, Route } from '../../src/cli/linux/index.ts';
import { emptyIptables } from '../../src/engine/model/iptables.ts';

export function v4(cidr: string, brd?: string, scope: IfAddr['scope'] = 'global'): IfAddr {
  const [address, len] = cidr.split('/');
  return { family: 4, address, prefixLen: +len, scope, ...(brd ? { broadcast: brd } : {}) };
}

export function v6(cidr: string, scope: IfAddr['scope'] = 'link'): IfAddr {
  const [address, len] = cidr.split('/');
  return { family: 6, address, prefixLen: +len, scope };
}

/** lo; the host's has ::1, a container's (IPv6 disabled) has not */
export function lo(withV6: boolean): Link {
  const addrs = [v4('127.0.0.1/8', undefined, 'host')];
  if (withV6) addrs.push(v6('::1/128', 'host'));
  return { index: 1, name: 'lo', kind: 'loopback', mac: '00:00:00:00:00:00', brd: '00:00:00:00:00:00', mtu: 65536, up: true, carrier: true, qdisc: 'noqueue', qlen: 1000, addrs };
}

export function link(index: number, name: string, kind: Link['kind'], mac: string, more: Partial<Link> = {}): Link {
  return { index, name, kind, mac, mtu: 1500, up: true, carrier: true, qdisc: 'noqueue', addrs: [], ...more };
}

/** the recording host's eth0: a veth whose peer (index 2) is in the namespace dnrec-up (netnsid 0) */
export function hostEth0(): Link {
  return link(2, 'eth0', 'veth', '52:54:00:12:34:56', {
    qlen: 1000,
    peer: { index: 2, netnsId: 0 },
    addrs: [v4('192.0.2.10/24'), v6('fe80::5054:ff:fe12:3456/64')],
  });
}

export function bridge(index: number, name: string, mac: string, cidr: string, brd: string, carrier: boolean, ll?: string): Link {
  const addrs = [v4(cidr, brd)];
  if (ll) addrs.push(v6(ll));
  return link(index, name, 'bridge', mac, { carrier, addrs });
}

/** a host-side veth of a container: master bridge, peer eth0 (index peerIndex) in netnsid nsid */
export function hostVeth(index: number, name: string, mac: string, master: string, peerIndex: number, nsid: number, ll?: string): Link {
  return link(index, name, 'veth', mac, { master, peer: { index: peerIndex, netnsId: nsid }, addrs: ll ? [v6(ll)] : [] });
}

/** a container's eth0: peer (host veth, index peerIndex) in the host, netnsid 0 */
export function ctrEth(index: number, name: string, mac: string, cidr: string, brd: string, peerIndex: number, mtu = 1500): Link {
  return link(index, name, 'veth', mac, { mtu, peer: { index: peerIndex, netnsId: 0 }, addrs: [v4(cidr, brd)] });
}

export const HOST_ROUTES: Route[] = [
  { dst: 'default', via: '192.0.2.1', dev: 'eth0' },
  { dst: '192.0.2.0/24', dev: 'eth0', proto: 'kernel', scope: 'link', src: '192.0.2.10' },
];

export function bridgeRoute(dst: string, dev: string, src: string, linkdown = false): Route {
  return { dst, dev, proto: 'kernel', scope: 'link', src, ...(linkdown ? { linkdown } : {}) };
}

export function ctrRoutes(gw: string | undefined, nets: [string, string, string][]): Route[] {
  const r: Route[] = gw ? [{ dst: 'default', via: gw, dev: nets[0][1] }] : [];
  for (const [dst, dev, src] of nets) r.push({ dst, dev, proto: 'kernel', scope: 'link', src });
  return r;
}

export function hostEnv(links: Link[], routes: Route[], more: Partial<NetToolsEnv> = {}): NetToolsEnv {
  const ordered = [...routes].sort((a, b) => (a.dst === 'default' ? -1 : b.dst === 'default' ? 1 : a.dst.localeCompare(b.dst, 'en', { numeric: true })));
  return {
    flavor: 'host',
    ns: { links, routes: ordered },
    iptables: emptyIptables(),
    sysctl: { 'net.ipv4.ip_forward': '1', 'net.ipv4.conf.all.forwarding': '1' },
    netnsIdNames: { 0: 'dnrec-up' },
    hostname: 'docker-host',
    hosts: { '192.0.2.10': 'docker-host' },
    ...more,
  };
}

export function ctrEnv(links: Link[], routes: Route[], more: Partial<NetToolsEnv> = {}): NetToolsEnv {
  return { flavor: 'busybox', ns: { links, routes }, sysctl: { 'net.ipv4.ip_forward': '0' }, hostname: 'c', ...more };
}

/** run one command line (words split on spaces) and return what a terminal shows, plus the status */
export function sh(env: NetToolsEnv, line: string): { out: string; exit: number } {
  const argv = line.split(' ');
  const tool = netTools[argv[0]];
  if (!tool) throw new Error(`no such tool ${argv[0]}`);
  const o = bufferOut();
  const exit = tool(argv, env, o);
  return { out: o.all, exit };
}

/** the `$ cmd` / output / `[exit N]` blocks of a transcript text */
export function block(out: string, exit = 0): { out: string; exit: number } {
  return { out, exit };
}

import { readFileSync } from 'node:fs';

const cache = new Map<string, { cmd: string; out: string; exit: number }[]>();

/** the nth (0-based) recorded output of a command line in fixtures/transcripts/<file>.txt */
export function rec(file: string, cmd: string, nth = 0): { out: string; exit: number } {
  let blocks = cache.get(file);
  if (!blocks) {
    const text = readFileSync(new URL(`./fixtures/transcripts/${file}.txt`, import.meta.url), 'utf8');
    blocks = [];
    const parts = text.split(/^\$ (.*)\n/m);
    for (let i = 1; i < parts.length; i += 2) {
      const m = /\[exit (\d+)\]\n?$/.exec(parts[i + 1]);
      if (!m) throw new Error(`no exit line after ${parts[i]}`);
      blocks.push({ cmd: parts[i], out: parts[i + 1].slice(0, m.index), exit: +m[1] });
    }
    cache.set(file, blocks);
  }
  const found = blocks.filter((b) => b.cmd === cmd);
  if (!found[nth]) throw new Error(`${file}: no ${nth}th "${cmd}"`);
  return { out: found[nth].out, exit: found[nth].exit };
}
