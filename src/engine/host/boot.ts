/**
 * A fresh host, as the recording host of the conformance suite: lo, eth0 192.0.2.10/24,
 * default route via 192.0.2.1, resolv.conf `nameserver 192.0.2.1`, then dockerd starting up:
 * iptables chains, docker0 and the predefined networks none, host and bridge.
 */
import type { Engine } from '../engine.ts';
import { emptyIptables } from '../model/iptables.ts';
import { emptyIpam } from '../ipam/pool-allocator.ts';
import { emptyPortAlloc } from '../portmapper/port-allocator.ts';
import { CATALOGUE } from '../images/catalogue.ts';
import { setupBaseChains } from '../drivers/bridge/iptables-rules.ts';
import { createNetwork } from '../daemon/network-ops.ts';
import { addRoute, linkLocalAddr, loopback } from './netns-ops.ts';

export interface HostOptions {
  hostname?: string;
  /** eth0 address with prefix, e.g. 192.0.2.10/24 */
  address?: string;
  mac?: string;
  gateway?: string;
  /** the daemon can pull from a registry (default false, as the recording host) */
  registry?: boolean;
}

export function bootHost(e: Engine, opts: HostOptions): void {
  const hostname = opts.hostname ?? 'docker-host';
  const [ip, prefix] = (opts.address ?? '192.0.2.10/24').split('/');
  const mac = opts.mac ?? '52:54:00:12:34:56';
  const gateway = opts.gateway ?? '192.0.2.1';
  const lo = loopback(1);
  lo.addrs.push({ family: 6, address: '::1', prefixLen: 128, scope: 'host' });
  const net = ip.split('.').slice(0, 3).join('.') + '.0';
  e.state.host = {
    hostname,
    ns: {
      links: [
        lo,
        {
          index: 2, name: 'eth0', kind: 'ether', mac, brd: 'ff:ff:ff:ff:ff:ff', mtu: 1500, up: true, carrier: true,
          qdisc: 'noqueue', qlen: 1000,
          addrs: [{ family: 4, address: ip, prefixLen: Number(prefix), scope: 'global' }, linkLocalAddr(mac)],
        },
      ],
      routes: [],
    },
    sysctl: {
      'net.ipv4.ip_forward': '1',
      'net.ipv4.conf.all.forwarding': '1',
      'net.ipv4.conf.default.forwarding': '1',
      'net.ipv6.conf.all.forwarding': '0',
      'net.bridge.bridge-nf-call-iptables': '1',
      'net.bridge.bridge-nf-call-ip6tables': '1',
      'net.ipv4.ip_local_port_range': '32768\t60999',
    },
    iptables: emptyIptables(),
    resolvConf: `nameserver ${gateway}\n`,
    hostsFile: `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n${ip}\t${hostname}\n`,
    nextIfIndex: 3,
    nextNetnsId: 1,
    files: {},
    namedNetns: [],
    registryReachable: !!opts.registry,
  };
  addRoute(e.state.host.ns, { dst: 'default', via: gateway, dev: 'eth0' });
  addRoute(e.state.host.ns, { dst: `${net}/${prefix}`, dev: 'eth0', proto: 'kernel', scope: 'link', src: ip });
  e.state.daemon = {
    networks: {},
    containers: {},
    names: {},
    containerOrder: [],
    endpoints: {},
    sandboxes: {},
    ipam: emptyIpam(),
    ports: emptyPortAlloc(),
    proxies: [],
    images: CATALOGUE.filter((i) => i.preloaded).map(({ repoTags, id, created, size, config, runtime }) => ({
      repoTags: [...repoTags], id, created, size, config, runtime,
    })),
    nextPid: 1000,
  };
  setupBaseChains(e.state.host.iptables);
  createNetwork(e, { name: 'none', driver: 'null', predefined: true });
  createNetwork(e, { name: 'host', driver: 'host', predefined: true });
  createNetwork(e, {
    name: 'bridge',
    driver: 'bridge',
    predefined: true,
    ipamConfig: [],
    options: {
      'com.docker.network.bridge.default_bridge': 'true',
      'com.docker.network.bridge.enable_icc': 'true',
      'com.docker.network.bridge.enable_ip_masquerade': 'true',
      'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
      'com.docker.network.bridge.name': 'docker0',
      'com.docker.network.driver.mtu': '1500',
    },
  });
}
