/**
 * Name resolution as a container's (or the host's) resolver sees it: /etc/hosts first, then the
 * nameserver of resolv.conf. 127.0.0.11 is Docker's embedded DNS: it answers for containers on the
 * user-defined networks the asking container shares, and forwards the rest upstream. Upstream
 * servers of the simulated host know no names (there is no internet): NXDOMAIN.
 */
import type { Engine } from '../engine.ts';
import type { Container } from '../model/container.ts';
import { isUserDefined } from '../daemon/endpoint-ops.ts';
import { isIPv4, isIPv6 } from '../ipam/ipv4.ts';

export interface Answer {
  /** the server that answered (for nslookup's header); '' when /etc/hosts answered */
  server: string;
  ips: string[];
}

/** lines of an /etc/hosts file -> IPs for a name */
export function hostsLookup(hosts: string, name: string): string[] {
  const ips: string[] = [];
  for (const line of hosts.split('\n')) {
    const [ip, ...names] = line.split('#')[0].trim().split(/\s+/);
    if (ip && names.some((n) => n.toLowerCase() === name.toLowerCase()) && !ip.includes(':')) ips.push(ip);
  }
  return ips;
}

export function nameservers(resolvConf: string): string[] {
  return [...resolvConf.matchAll(/^\s*nameserver\s+(\S+)/gm)].map((m) => m[1]);
}

/** what the embedded DNS answers for `name` asked by container c: A records, or AAAA with family 6 */
export function embeddedLookup(e: Engine, c: Container, name: string, family: 4 | 6 = 4): string[] {
  const d = e.state.daemon;
  const q = name.toLowerCase().replace(/\.$/, '');
  const sb = c.sandboxId ? d.sandboxes[c.sandboxId] : undefined;
  if (!sb) return [];
  const ips: string[] = [];
  for (const epId of sb.endpoints) {
    const nw = d.networks[d.endpoints[epId].networkId];
    if (!isUserDefined(nw)) continue;
    // links on a user-defined network are aliases only the linking container sees
    for (const l of c.networks[nw.name]?.links ?? []) {
      const [target, alias] = l.split(':');
      if (alias.toLowerCase() !== q) continue;
      const t = Object.values(d.containers).find((x) => x.name === target);
      const tep = t?.sandboxId ? d.sandboxes[t.sandboxId]?.endpoints.map((id) => d.endpoints[id]).find((x) => x.networkId === nw.id) : undefined;
      const addr = family === 6 ? tep?.ip6 : tep?.ip;
      if (addr && !ips.includes(addr)) ips.push(addr);
    }
    for (const otherId of nw.endpoints) {
      const ep = d.endpoints[otherId];
      const owner = d.containers[ep.containerId];
      if (!owner || !ep.ip) continue;
      const full = owner.config.domainname ? `${owner.config.hostname}.${owner.config.domainname}` : owner.config.hostname;
      const names = [owner.name, ...ep.aliases, full].map((n) => n.toLowerCase());
      const match = names.some((n) => n === q || `${n}.${nw.name.toLowerCase()}` === q);
      const addr = family === 6 ? ep.ip6 : ep.ip;
      if (match && addr && !ips.includes(addr)) ips.push(addr);
    }
  }
  return ips;
}

/**
 * the embedded DNS's PTR answer for ip asked by container c: `<container>.<network>` for a container
 * on a user-defined network c shares (libnetwork keeps reverse records for names, not aliases)
 */
export function embeddedPtr(e: Engine, c: Container, ip: string): string | undefined {
  const d = e.state.daemon;
  const sb = c.sandboxId ? d.sandboxes[c.sandboxId] : undefined;
  for (const epId of sb?.endpoints ?? []) {
    const nw = d.networks[d.endpoints[epId].networkId];
    if (!isUserDefined(nw)) continue;
    for (const otherId of nw.endpoints) {
      const ep = d.endpoints[otherId];
      const owner = d.containers[ep.containerId];
      if (owner && (ep.ip === ip || ep.ip6 === ip)) return `${owner.name}.${nw.name}`;
    }
  }
  return undefined;
}

export type DnsReply = { kind: 'answer'; ips: string[] } | { kind: 'nxdomain' } | { kind: 'timeout' };
export type PtrReply = { kind: 'answer'; names: string[] } | { kind: 'nxdomain' } | { kind: 'timeout' };

/** a DNS server answers at this address: the LAN's (the host's resolv.conf servers). Anything else is silent. */
function serverExists(e: Engine, server: string): boolean {
  return nameservers(e.state.host.resolvConf).includes(server);
}

/** the embedded DNS forwards upstream unless every user-defined network of the container is internal */
function embeddedCanForward(e: Engine, c: Container): boolean {
  const d = e.state.daemon;
  const sb = c.sandboxId ? d.sandboxes[c.sandboxId] : undefined;
  if (!sb) return false;
  const nets = sb.endpoints.map((id) => d.networks[d.endpoints[id].networkId]).filter((n) => isUserDefined(n));
  return nets.some((n) => !n.internal);
}

/**
 * Ask `server` from container c (or the host). The LAN's DNS server knows no names (there is no
 * internet): NXDOMAIN. The embedded DNS answers for containers and forwards the rest to the
 * container's --dns servers or the host's; an address where no server listens times out.
 */
export function queryServer(e: Engine, c: Container | undefined, server: string, name: string, family: 4 | 6 = 4): DnsReply {
  if (server === '127.0.0.11' && c) {
    const ips = embeddedLookup(e, c, name, family);
    // a name the embedded DNS knows gets an answer (maybe empty for AAAA), never a forward
    if (ips.length || embeddedLookup(e, c, name, family === 4 ? 6 : 4).length) return { kind: 'answer', ips };
    return forwarded(e, c);
  }
  return serverExists(e, server) ? { kind: 'nxdomain' } : { kind: 'timeout' };
}

/** a PTR query for ip: the embedded DNS answers for its containers; upstream knows no addresses */
export function queryPtr(e: Engine, c: Container | undefined, server: string, ip: string): PtrReply {
  if (server === '127.0.0.11' && c) {
    const name = embeddedPtr(e, c, ip);
    return name ? { kind: 'answer', names: [name] } : forwarded(e, c);
  }
  return serverExists(e, server) ? { kind: 'nxdomain' } : { kind: 'timeout' };
}

/** what a query the embedded DNS cannot answer gets back from upstream */
function forwarded(e: Engine, c: Container): { kind: 'nxdomain' } | { kind: 'timeout' } {
  if (!embeddedCanForward(e, c)) return { kind: 'timeout' };
  const upstream = c.hostConfig.dns.length ? c.hostConfig.dns : nameservers(e.state.host.resolvConf);
  return upstream.some((s) => serverExists(e, s)) ? { kind: 'nxdomain' } : { kind: 'timeout' };
}

/** the resolver of a process in container c (or on the host): /etc/hosts, then the first nameserver */
export function resolve(e: Engine, c: Container | undefined, name: string): Answer | null {
  const r = resolveDetailed(e, c, name);
  return 'failure' in r ? null : r;
}

/** like resolve, but says why a name did not resolve: the server said so, or no server answered */
export function resolveDetailed(
  e: Engine,
  c: Container | undefined,
  name: string,
  family: 4 | 6 = 4,
): Answer | { failure: 'nxdomain' | 'timeout' } {
  if (isIPv4(name) || isIPv6(name)) return { server: '', ips: [name] };
  if (name.includes(':')) return { failure: 'nxdomain' };
  const hosts = c ? (c.files['/etc/hosts'] ?? '') : e.state.host.hostsFile;
  const fromHosts = family === 4 ? hostsLookup(hosts, name) : [];
  if (fromHosts.length) return { server: '', ips: fromHosts };
  const conf = c ? (c.files['/etc/resolv.conf'] ?? '') : e.state.host.resolvConf;
  const server = nameservers(conf)[0];
  if (!server) return { failure: 'timeout' };
  const reply = queryServer(e, c, server, name, family);
  if (reply.kind === 'answer') return reply.ips.length ? { server, ips: reply.ips } : { failure: 'nxdomain' };
  return { failure: reply.kind };
}
