/** busybox nslookup: asks the resolv.conf server (or the one given) for A and AAAA records, PTR for an address. */
import type { CommandContext } from '../../shell/types.ts';
import { nameservers, queryPtr, queryServer } from '../../engine/dns/resolver.ts';
import { ipFromPtrName, ptrName } from '../../engine/dns/reverse-names.ts';
import { isIPv4, isIPv6 } from '../../engine/ipam/ipv4.ts';
import { formatNslookup, parseBusyboxNslookup, type DnsQueryResult, type DnsType } from '../linux/nslookup.ts';
import type { Origin } from './origin.ts';

type Outcome = DnsQueryResult | 'timeout';

function ptrQuery(o: Origin, server: string, host: string): Outcome {
  // busybox turns an address into its arpa name; an arpa name is asked as it is
  const ip = isIPv4(host) || isIPv6(host) ? host : ipFromPtrName(host);
  const name = ip && host === ip ? ptrName(ip) : host;
  const reply = ip ? queryPtr(o.engine, o.container, server, ip) : queryServer(o.engine, o.container, server, host);
  if (reply.kind === 'timeout') return 'timeout';
  if (reply.kind === 'nxdomain') return { type: 'PTR', name, rcode: 'NXDOMAIN', answers: [] };
  const names = 'names' in reply ? reply.names : [];
  return { type: 'PTR', name, rcode: 'NOERROR', answers: names.map((value) => ({ name, type: 'PTR' as const, value })) };
}

function addressQuery(o: Origin, server: string, name: string, type: DnsType): Outcome {
  const reply = queryServer(o.engine, o.container, server, name, type === 'AAAA' ? 6 : 4);
  if (reply.kind === 'timeout') return 'timeout';
  if (reply.kind === 'nxdomain') return { type, rcode: 'NXDOMAIN', answers: [] };
  const ips = type === 'A' || type === 'AAAA' ? reply.ips : [];
  return { type, rcode: 'NOERROR', answers: ips.map((value) => ({ name, type: type as 'A' | 'AAAA', value })) };
}

export function busyboxNslookup(ctx: CommandContext, o: Origin): number {
  const parsed = parseBusyboxNslookup(ctx.argv);
  if (!parsed.ok) {
    ctx.write(2, parsed.stderr);
    return parsed.exit;
  }
  const opts = parsed.opts;
  const conf = o.container ? (o.container.files['/etc/resolv.conf'] ?? '') : o.engine.state.host.resolvConf;
  const server = opts.server ?? nameservers(conf)[0] ?? '127.0.0.1';
  const name = opts.host.replace(/\.$/, '');
  const outcomes = opts.types.map((type) => (type === 'PTR' ? ptrQuery(o, server, name) : addressQuery(o, server, name, type)));
  const timeout = outcomes.includes('timeout');
  const r = formatNslookup(opts, { server, queries: timeout ? 'timeout' : (outcomes as DnsQueryResult[]) });
  ctx.write(1, r.stdout);
  if (r.stderr) ctx.write(2, r.stderr);
  return r.exit;
}
