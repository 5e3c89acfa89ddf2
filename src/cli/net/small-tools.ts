/** busybox nc, httpd and hostname: the process-level tools lessons use inside containers. */
import type { CommandContext } from '../../shell/types.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Container } from '../../engine/model/container.ts';
import { resolve } from '../../engine/dns/resolver.ts';
import type { Origin } from './origin.ts';
import { serveHttp, tcpConnect } from './tcp.ts';
import { headerBlock } from './http-clients.ts';

const BB = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n';
const NC_USAGE = `${BB}
Usage: nc [-iN] [-wN] [-l] [-p PORT] [-f FILE|IPADDR PORT] [-e PROG]

Open a pipe to IP:PORT or FILE

	-l	Listen mode, for inbound connects
		(use -ll with -e for persistent server)
	-p PORT	Local port
	-w SEC	Connect timeout
	-i SEC	Delay interval for lines sent
	-f FILE	Use file (ala /dev/ttyS0) instead of network
	-e PROG	Run PROG after connect
`;

export async function busyboxNc(ctx: CommandContext, o: Origin): Promise<number> {
  let listen = false;
  let port: number | undefined;
  let wait = Infinity;
  const rest: string[] = [];
  const argv = ctx.argv;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const m = /^-([a-zA-Z])(.*)$/.exec(a);
    if (!m) {
      rest.push(a);
      continue;
    }
    const [, f, inline] = m;
    if (f === 'l') listen = true;
    else if (f === 'p' || f === 'w' || f === 'i' || f === 'e' || f === 'f') {
      const v = inline || argv[++i];
      if (f === 'p') port = Number(v);
      if (f === 'w') wait = Number(v);
    } else {
      ctx.write(2, `nc: invalid option -- '${f}'\n${NC_USAGE}`);
      return 1;
    }
  }
  if (listen) {
    if (!port || !o.container?.sandboxId) {
      ctx.write(2, NC_USAGE);
      return 1;
    }
    const sb = o.engine.state.daemon.sandboxes[o.container.sandboxId];
    const l = { proto: 'tcp' as const, address: '0.0.0.0', port, service: { kind: 'nc' as const }, containerId: o.container.id };
    sb.listeners.push(l);
    while (!ctx.interrupted()) await ctx.sleep(Number.POSITIVE_INFINITY);
    sb.listeners = sb.listeners.filter((x) => x !== l);
    return 0;
  }
  if (rest.length !== 2) {
    ctx.write(2, NC_USAGE);
    return 1;
  }
  const ans = resolve(o.engine, o.container, rest[0]);
  if (!ans) {
    ctx.write(2, `nc: bad address '${rest[0]}'\n`);
    return 1;
  }
  const ip = ans.ips[0];
  const c = tcpConnect(o, ip, Number(rest[1]));
  if (c.kind === 'refused') {
    ctx.write(2, `nc: can't connect to remote host (${ip}): Connection refused\n`);
    return 1;
  }
  if (c.kind === 'timeout' || c.kind === 'unreachable') {
    if (Number.isFinite(wait)) await ctx.sleep(wait * 1000);
    ctx.write(2, c.kind === 'timeout' ? 'nc: timed out\n' : `nc: can't connect to remote host (${ip}): Network is unreachable\n`);
    return 1;
  }
  // a request typed or piped into nc reaches an httpd, which answers as it answers wget
  const request = /^GET (\S+)(?: HTTP\/1\.[01])?\r?\n/.exec(ctx.stdin);
  if (c.kind === 'open' && request && c.listener.docroot !== undefined) {
    const res = serveHttp(o.engine, c.listener, request[1]);
    ctx.write(1, headerBlock(res) + res.body);
  }
  return 0;
}

/** busybox httpd: listens (in the container's namespace) and serves files from -h DIR */
export async function busyboxHttpd(ctx: CommandContext, e: Engine, c: Container): Promise<number> {
  let foreground = false;
  let port = 80;
  let address = '::';
  let home = '.';
  const argv = ctx.argv;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-f') foreground = true;
    else if (a === '-p') {
      const v = argv[++i] ?? '';
      const m = /^(?:(.+):)?(\d+)$/.exec(v);
      if (!m) {
        ctx.write(2, `httpd: invalid number '${v}'\n`);
        return 1;
      }
      if (m[1]) address = m[1];
      port = Number(m[2]);
    } else if (a === '-h') home = argv[++i] ?? '.';
    else if (/^-[vi]+$/.test(a)) continue;
  }
  const sb = c.sandboxId ? e.state.daemon.sandboxes[c.sandboxId] : undefined;
  if (!sb) return 1;
  const taken = sb.listeners.some((l) => l.proto === 'tcp' && l.port === port);
  if (taken) {
    ctx.write(2, `httpd: bind: Address in use\n`);
    return 1;
  }
  const docroot = home.startsWith('/') ? home : (c.config.workingDir || '/') + (home === '.' ? '' : '/' + home);
  const l = { proto: 'tcp' as const, address, port, service: { kind: 'httpd' as const, docroot }, containerId: c.id };
  sb.listeners.push(l);
  if (!foreground) return 0;
  while (!ctx.interrupted()) await ctx.sleep(Number.POSITIVE_INFINITY);
  sb.listeners = sb.listeners.filter((x) => x !== l);
  return 0;
}

export function hostnameCommand(ctx: CommandContext, e: Engine, c: Container | undefined): number {
  const name = c ? c.config.hostname : e.state.host.hostname;
  const a = ctx.argv[1];
  if (a === '-i' || a === '-I') {
    let ips: string[];
    if (c?.sandboxId && !e.state.daemon.sandboxes[c.sandboxId].hostMode) {
      const sb = e.state.daemon.sandboxes[c.sandboxId];
      ips = sb.endpoints.map((id) => e.state.daemon.endpoints[id].ip).filter(Boolean);
    } else {
      ips = e.state.host.ns.links.flatMap((l) => l.addrs.filter((x) => x.family === 4 && x.scope === 'global').map((x) => x.address));
    }
    ctx.write(1, (a === '-i' ? ips.slice(0, 1) : ips).join(' ') + (a === '-I' ? ' ' : '') + '\n');
    return 0;
  }
  ctx.write(1, name + '\n');
  return 0;
}
