/** busybox nslookup: asks the resolv.conf server (or the one given) for A and AAAA records. */
import type { CommandContext } from '../../shell/types.ts';
import { nameservers, queryServer } from '../../engine/dns/resolver.ts';
import { isUserDefined } from '../../engine/daemon/endpoint-ops.ts';
import { formatNslookup, parseBusyboxNslookup, type DnsQueryResult } from '../linux/nslookup.ts';
import type { Origin } from './origin.ts';

/** the embedded DNS forwards upstream unless every user-defined network of the container is internal */
function canForward(o: Origin): boolean {
  const c = o.container;
  if (!c?.sandboxId) return true;
  const d = o.engine.state.daemon;
  const sb = d.sandboxes[c.sandboxId];
  const nets = sb.endpoints.map((id) => d.networks[d.endpoints[id].networkId]).filter((n) => isUserDefined(n));
  return nets.some((n) => !n.internal);
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
  const ips = queryServer(o.engine, o.container, server, name);
  const timeout = ips.length === 0 && server === '127.0.0.11' && !canForward(o);
  const queries: DnsQueryResult[] = opts.types.map((type) => ({
    type,
    rcode: ips.length ? 'NOERROR' : 'NXDOMAIN',
    answers: type === 'A' ? ips.map((value) => ({ name, type: 'A' as const, value })) : [],
  }));
  const r = formatNslookup(opts, { server, queries: timeout ? 'timeout' : queries });
  ctx.write(1, r.stdout);
  if (r.stderr) ctx.write(2, r.stderr);
  return r.exit;
}
