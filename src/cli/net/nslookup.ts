/** busybox nslookup: asks the resolv.conf server (or the one given) for A and AAAA records. */
import type { CommandContext } from '../../shell/types.ts';
import { nameservers, queryServer } from '../../engine/dns/resolver.ts';
import { isUserDefined } from '../../engine/daemon/endpoint-ops.ts';
import type { Origin } from './origin.ts';

/** can the embedded DNS forward this container's queries upstream? Not from internal networks only. */
function canForward(o: Origin): boolean {
  const c = o.container;
  if (!c?.sandboxId) return true;
  const d = o.engine.state.daemon;
  const sb = d.sandboxes[c.sandboxId];
  const nets = sb.endpoints.map((id) => d.networks[d.endpoints[id].networkId]).filter((n) => isUserDefined(n));
  return nets.some((n) => !n.internal);
}

export function busyboxNslookup(ctx: CommandContext, o: Origin): number {
  let type = 'any';
  const args: string[] = [];
  for (const a of ctx.argv.slice(1)) {
    const m = /^-(?:type|query|q)=(\w+)$/i.exec(a);
    if (m) type = m[1].toLowerCase();
    else if (a.startsWith('-')) continue;
    else args.push(a);
  }
  if (args.length === 0 || args.length > 2) {
    ctx.write(2, 'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n');
    return 1;
  }
  const name = args[0].replace(/\.$/, '');
  const conf = o.container ? (o.container.files['/etc/resolv.conf'] ?? '') : o.engine.state.host.resolvConf;
  const server = args[1] ?? nameservers(conf)[0] ?? '127.0.0.1';
  const ips = queryServer(o.engine, o.container, server, name);
  if (ips.length === 0 && server === '127.0.0.11' && !canForward(o)) {
    ctx.write(1, ';; connection timed out; no servers could be reached\n\n');
    return 1;
  }
  let out = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`;
  const blocks = type === 'a' || type === 'aaaa' ? [type] : ['a', 'aaaa'];
  if (ips.length === 0) {
    for (const _ of blocks) out += `** server can't find ${name}: NXDOMAIN\n\n`;
    ctx.write(1, out);
    return 1;
  }
  for (const b of blocks) {
    out += 'Non-authoritative answer:\n';
    if (b === 'a') for (const ip of ips) out += `Name:\t${name}\nAddress: ${ip}\n`;
    out += '\n';
  }
  ctx.write(1, out);
  return 0;
}
