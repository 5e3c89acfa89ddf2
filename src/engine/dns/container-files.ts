/** /etc/hosts, /etc/resolv.conf and /etc/hostname as the daemon writes them for a container (20.10). */
import type { Engine } from '../engine.ts';
import type { Container } from '../model/container.ts';
import type { Sandbox } from '../model/sandbox.ts';
import { isUserDefined } from '../daemon/endpoint-ops.ts';

/** a hostname with a domain gets its short name too: `web.example.com web` */
export function hostNames(c: Container): string {
  const h = c.config.hostname;
  const full = c.config.domainname ? `${h}.${c.config.domainname}` : h;
  const short = full.split('.')[0];
  return full.includes('.') ? `${full} ${short}` : full;
}

export function buildHosts(e: Engine, c: Container, sb: Sandbox | undefined, linkLines: string[]): string {
  if (c.hostConfig.networkMode === 'host') return e.state.host.hostsFile;
  const lines = ['127.0.0.1\tlocalhost', ...e.profile.hostsIpv6Lines];
  for (const h of c.hostConfig.extraHosts ?? []) {
    const [name, ip] = h.split(/:(.*)/s);
    // host-gateway stands for the default bridge's address
    const addr = ip === 'host-gateway' ? (Object.values(e.state.daemon.networks).find((n) => n.name === 'bridge')?.gatewayIp ?? ip) : ip;
    lines.push(`${addr}\t${name}`);
  }
  lines.push(...linkLines);
  const first = sb?.endpoints.map((id) => e.state.daemon.endpoints[id]).find((ep) => ep.ip);
  if (first) lines.push(`${first.ip}\t${hostNames(c)}`);
  if (first?.ip6) lines.push(`${first.ip6}\t${hostNames(c)}`);
  return lines.join('\n') + '\n';
}

function hostNameservers(e: Engine): string[] {
  return e.state.host.resolvConf
    .split('\n')
    .map((l) => /^\s*nameserver\s+(\S+)/.exec(l)?.[1])
    .filter((ns): ns is string => !!ns && !ns.startsWith('127.') && ns !== '::1');
}

function hostSearch(e: Engine): string[] {
  const m = /^\s*search\s+(.+)$/m.exec(e.state.host.resolvConf);
  return m ? m[1].trim().split(/\s+/) : [];
}

/** libnetwork resolvconf.Build order: search, nameservers, options */
function build(search: string[], servers: string[], options: string[]): string {
  let out = '';
  if (search.length && search.join(' ').trim() !== '.') out += `search ${search.join(' ')}\n`;
  for (const s of servers) out += `nameserver ${s}\n`;
  if (options.length) out += `options ${options.join(' ')}\n`;
  return out;
}

export function buildResolvConf(e: Engine, c: Container, sb: Sandbox | undefined): string {
  if (c.hostConfig.networkMode === 'host') return e.state.host.resolvConf;
  const hc = c.hostConfig;
  const embedded = !!sb?.endpoints.some((id) => {
    const ep = e.state.daemon.endpoints[id];
    return isUserDefined(e.state.daemon.networks[ep.networkId]);
  });
  const search = hc.dnsSearch.length ? hc.dnsSearch : hostSearch(e);
  if (embedded) {
    const opts = hc.dnsOptions.length ? [...hc.dnsOptions] : [];
    if (!opts.some((o) => o.startsWith('ndots:'))) opts.push('ndots:0');
    return build(search, ['127.0.0.11'], opts);
  }
  if (!hc.dns.length && !hc.dnsSearch.length && !hc.dnsOptions.length) {
    const servers = hostNameservers(e);
    if (servers.length === 0) return '\nnameserver 8.8.8.8\nnameserver 8.8.4.4\n';
    // the host file is copied with loopback servers filtered out
    return e.state.host.resolvConf
      .split('\n')
      .filter((l) => !/^\s*nameserver\s+(127\.|::1)/.test(l))
      .join('\n');
  }
  return build(search, hc.dns.length ? hc.dns : hostNameservers(e), hc.dnsOptions);
}

/** the upstream servers the embedded DNS forwards to for this container */
export function upstreamServers(e: Engine, c: Container): string[] {
  return c.hostConfig.dns.length ? c.hostConfig.dns : hostNameservers(e);
}
