/**
 * Name resolution as a container's (or the host's) resolver sees it: /etc/hosts first, then the
 * nameserver of resolv.conf. 127.0.0.11 is Docker's embedded DNS: it answers for containers on the
 * user-defined networks the asking container shares, and forwards the rest upstream. Upstream
 * servers of the simulated host know no names (there is no internet): NXDOMAIN.
 */
import type { Engine } from '../engine.ts';
import type { Container } from '../model/container.ts';
import { isUserDefined } from '../daemon/endpoint-ops.ts';

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

/** what the embedded DNS answers for `name` asked by container c (A records) */
export function embeddedLookup(e: Engine, c: Container, name: string): string[] {
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
      if (tep?.ip && !ips.includes(tep.ip)) ips.push(tep.ip);
    }
    for (const otherId of nw.endpoints) {
      const ep = d.endpoints[otherId];
      const owner = d.containers[ep.containerId];
      if (!owner || !ep.ip) continue;
      const full = owner.config.domainname ? `${owner.config.hostname}.${owner.config.domainname}` : owner.config.hostname;
      const names = [owner.name, ...ep.aliases, full].map((n) => n.toLowerCase());
      const match = names.some((n) => n === q || `${n}.${nw.name.toLowerCase()}` === q);
      if (match && !ips.includes(ep.ip)) ips.push(ep.ip);
    }
  }
  return ips;
}

/** ask the DNS server `server` from container c (or the host when c is undefined) */
export function queryServer(e: Engine, c: Container | undefined, server: string, name: string): string[] {
  if (server === '127.0.0.11' && c) return embeddedLookup(e, c, name);
  // every upstream server of this simulated machine answers NXDOMAIN: there is no internet
  return [];
}

/** the resolver of a process in container c (or on the host): /etc/hosts, then the first nameserver */
export function resolve(e: Engine, c: Container | undefined, name: string): Answer | null {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return { server: '', ips: [name] };
  const hosts = c ? (c.files['/etc/hosts'] ?? '') : e.state.host.hostsFile;
  const fromHosts = hostsLookup(hosts, name);
  if (fromHosts.length) return { server: '', ips: fromHosts };
  const conf = c ? (c.files['/etc/resolv.conf'] ?? '') : e.state.host.resolvConf;
  const server = nameservers(conf)[0];
  if (!server) return null;
  const ips = queryServer(e, c, server, name);
  return ips.length ? { server, ips } : null;
}
