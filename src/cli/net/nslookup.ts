/** busybox nslookup: asks the resolv.conf server (or the one given) for A and AAAA records. */
import type { CommandContext } from '../../shell/types.ts';
import { nameservers, queryServer } from '../../engine/dns/resolver.ts';
import { formatNslookup, parseBusyboxNslookup, type DnsQueryResult } from '../linux/nslookup.ts';
import type { Origin } from './origin.ts';

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
  const reply = queryServer(o.engine, o.container, server, name);
  const ips = reply.kind === 'answer' ? reply.ips : [];
  const timeout = reply.kind === 'timeout';
  const ips6 = reply.kind === 'answer' ? (queryServer(o.engine, o.container, server, name, 6) as { ips?: string[] }).ips ?? [] : [];
  const queries: DnsQueryResult[] = opts.types.map((type) => ({
    type,
    rcode: reply.kind === 'answer' ? 'NOERROR' : 'NXDOMAIN',
    answers:
      type === 'A' ? ips.map((value) => ({ name, type: 'A' as const, value }))
      : type === 'AAAA' ? ips6.map((value) => ({ name, type: 'AAAA' as const, value }))
      : [],
  }));
  const r = formatNslookup(opts, { server, queries: timeout ? 'timeout' : queries });
  ctx.write(1, r.stdout);
  if (r.stderr) ctx.write(2, r.stderr);
  return r.exit;
}
