/** `route` (net-tools / busybox) and the routing table `netstat -r` prints. */
import type { NetToolsEnv, Out, Route } from './env.ts';
import { busyboxBadOption, busyboxUsage } from './busybox-usage.ts';
import { findLink, intToIp4, isIp4, mask4, maskToPrefix, network4, padEnd, padStart, parseDst, routeLookup } from './util.ts';

const NETWORKS: Record<string, string> = { '127.0.0.0': 'loopback', '169.254.0.0': 'link-local' };

function cols(r: Route, numeric: boolean, bb: boolean, hosts: Record<string, string>) {
  const [net, prefix] = parseDst(r.dst);
  const dstIp = intToIp4(net);
  let dst = dstIp;
  let gw = r.via ?? '0.0.0.0';
  if (!numeric) {
    if (r.dst === 'default') dst = 'default';
    else if (prefix === 32) dst = hosts[dstIp] ?? dstIp;
    else dst = NETWORKS[dstIp] ?? dstIp;
    if (!r.via) gw = bb ? '*' : '0.0.0.0';
    else gw = hosts[r.via] ?? r.via;
  }
  let flags = 'U';
  if (r.via) flags += 'G';
  if (prefix === 32) flags += 'H';
  return { dst, gw, mask: intToIp4(mask4(prefix)), flags };
}

/** the table of `route` (style 'route') or `netstat -r` (style 'netstat') */
export function routeTable(env: NetToolsEnv, numeric: boolean, style: 'route' | 'netstat'): string {
  const bb = env.flavor === 'busybox';
  let s = 'Kernel IP routing table\n';
  s +=
    style === 'route'
      ? 'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n'
      : 'Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n';
  const hosts = { '127.0.0.1': 'localhost', ...env.hosts };
  for (const r of env.ns.routes) {
    if (r.family === 6) continue;
    const c = cols(r, numeric, bb, hosts);
    s += `${padEnd(c.dst, 15)} ${padEnd(c.gw, 15)} ${padEnd(c.mask, 15)} `;
    s += style === 'route' ? `${padEnd(c.flags, 6)}${padEnd('0', 6)} ${padEnd('0', 2)} ${padStart('0', 7)} ${r.dev}\n` : `${padEnd(c.flags, 5)} ${padStart('0', 5)} ${padEnd('0', 6)} ${padStart('0', 5)} ${r.dev}\n`;
  }
  return s;
}

const NET_TOOLS_ROUTE_USAGE =
  'Usage: route [-nNvee] [-FC] [<AF>]           List kernel routing tables\n' +
  '       route [-v] [-FC] {add|del|flush} ...  Modify routing table for AF.\n\n' +
  '       route {-h|--help} [<AF>]              Detailed usage syntax for specified AF.\n' +
  '       route {-V|--version}                  Display version/author and exit.\n\n' +
  '        -v, --verbose            be verbose\n' +
  '        -n, --numeric            don\'t resolve names\n' +
  '        -e, --extend             display other/more information\n' +
  '        -F, --fib                display Forwarding Information Base (default)\n' +
  '        -C, --cache              display routing cache instead of FIB\n\n' +
  "  <AF>=Use -4, -6, '-A <af>' or '--<af>'; default: inet\n" +
  '  List of possible address families (which support routing):\n' +
  '    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) \n' +
  '    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n' +
  '    ddp (Appletalk DDP) x25 (CCITT X.25) \n';

export function routeCommand(argv: string[], env: NetToolsEnv, out: Out): number {
  const bb = env.flavor === 'busybox';
  let numeric = false;
  let extend = false;
  for (const w of argv.slice(1)) {
    if (w === '--help') {
      out.write(bb ? 2 : 1, bb ? busyboxUsage('route') : NET_TOOLS_ROUTE_USAGE);
      return bb ? 0 : 0;
    }
    if (w === '--numeric') {
      numeric = true;
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      for (const ch of w.slice(1)) {
        if (ch === 'n') numeric = true;
        else if (ch === 'e') extend = true;
        else if (!bb && 'vFC4'.includes(ch)) continue;
        else if (bb) {
          out.write(2, busyboxBadOption('route', ch));
          return 1;
        } else {
          // net-tools prints the usage on stdout and the list of families on stderr
          const cut = NET_TOOLS_ROUTE_USAGE.indexOf('    inet (DARPA');
          out.write(2, `route: invalid option -- '${ch}'\n`);
          out.write(1, NET_TOOLS_ROUTE_USAGE.slice(0, cut));
          out.write(2, NET_TOOLS_ROUTE_USAGE.slice(cut));
          return 0;
        }
      }
      continue;
    }
    return change(argv.slice(argv.indexOf(w)), env, out);
  }
  // -e swaps the columns: `route -e` prints netstat's, `netstat -re` route's
  out.write(1, routeTable(env, numeric, extend ? 'netstat' : 'route'));
  return 0;
}

/** `route add|del [-net|-host] TARGET [netmask MASK] [gw GW] [metric N] [[dev] IFACE]` */
function change(args: string[], env: NetToolsEnv, out: Out): number {
  const bb = env.flavor === 'busybox';
  const op = args[0] === 'del' ? 'DEL' : 'ADD';
  const fail = (e: string) => {
    out.write(2, `${bb ? 'route: ' : ''}SIOC${op}RT: ${e}\n`);
    return bb ? 1 : 7;
  };
  let host = false;
  let target: string | undefined;
  let mask: string | undefined;
  let gw: string | undefined;
  let dev: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const w = args[i];
    if (w === '-net') host = false;
    else if (w === '-host') host = true;
    else if (w === 'netmask') mask = args[++i];
    else if (w === 'gw' || w === 'gateway') gw = args[++i];
    else if (w === 'metric' || w === 'mss' || w === 'window' || w === 'irtt') i++;
    else if (w === 'dev') dev = args[++i];
    else if (target === undefined) target = w;
    else dev = w;
  }
  if (target === undefined) {
    out.write(bb ? 2 : 1, bb ? busyboxUsage('route') : NET_TOOLS_ROUTE_USAGE);
    return bb ? 1 : 4;
  }
  let dst = 'default';
  if (target !== 'default') {
    const [ip, len] = target.split('/');
    if (!isIp4(ip)) {
      out.write(2, `${ip}: Unknown host\n`);
      return bb ? 1 : 4;
    }
    const prefix = host ? 32 : len !== undefined ? +len : mask ? (maskToPrefix(mask) ?? 32) : 32;
    dst = prefix === 32 ? ip : `${network4(ip, prefix)}/${prefix}`;
  }
  const m = env.mutate;
  if (op === 'DEL') {
    const r = env.ns.routes.find((x) => x.dst === dst && (!gw || x.via === gw) && (!dev || x.dev === dev));
    if (!m?.delRoute) return fail('Operation not permitted');
    if (!r) return fail('No such process');
    const e = m.delRoute(r);
    return e ? fail(e) : 0;
  }
  if (!m?.addRoute) return fail('Operation not permitted');
  if (dev !== undefined && !findLink(env.ns, dev)) return fail('No such device');
  let route: Route;
  if (gw) {
    const nh = routeLookup(env.ns, gw);
    if (!nh || nh.via || (dev && nh.dev !== dev)) return fail('Network is unreachable');
    route = { dst, via: gw, dev: dev ?? nh.dev };
  } else if (dev) route = { dst, dev, scope: 'link' };
  else return fail('No such device');
  if (env.ns.routes.some((x) => x.dst === dst)) return fail('File exists');
  const e = m.addRoute(route);
  return e ? fail(e) : 0;
}
