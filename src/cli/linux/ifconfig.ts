/** `ifconfig`: net-tools 2.10 on the host, the busybox applet in containers. */
import type { Link, LinkCounters, NetToolsEnv, Out } from './env.ts';
import { busyboxUsage } from './busybox-usage.ts';
import { linkFlags } from './link-print.ts';
import { broadcast4, byteCompare, findLink, intToIp4, isIp4, mask4, maskToPrefix, padEnd } from './util.ts';

const IFF: [string, number][] = [
  ['UP', 0x1], ['BROADCAST', 0x2], ['DEBUG', 0x4], ['LOOPBACK', 0x8], ['POINTOPOINT', 0x10], ['NOTRAILERS', 0x20],
  ['RUNNING', 0x40], ['NOARP', 0x80], ['PROMISC', 0x100], ['ALLMULTI', 0x200], ['MASTER', 0x400], ['SLAVE', 0x800],
  ['MULTICAST', 0x1000],
];

function iffNames(link: Link): string[] {
  const f = linkFlags(link);
  const names: string[] = [];
  if (f.includes('UP')) names.push('UP');
  if (f.includes('BROADCAST')) names.push('BROADCAST');
  if (link.kind === 'loopback') names.push('LOOPBACK');
  if (link.up && !f.includes('NO-CARRIER')) names.push('RUNNING');
  if (f.includes('NOARP')) names.push('NOARP');
  if (f.includes('MULTICAST')) names.push('MULTICAST');
  return names;
}

function counters(env: NetToolsEnv, link: Link): LinkCounters {
  // net-tools misreads /proc/net/dev for names of IFNAMSIZ-1 characters (Docker's br-<12 hex>): all zero
  const c = env.flavor === 'host' && link.name.length >= 15 ? {} : (env.counters?.(link.name) ?? {});
  const z = (v: number | undefined) => v ?? 0;
  return {
    rxPackets: z(c.rxPackets), rxBytes: z(c.rxBytes), rxErrors: z(c.rxErrors), rxDropped: z(c.rxDropped),
    rxOverruns: z(c.rxOverruns), rxFrame: z(c.rxFrame), rxMulticast: z(c.rxMulticast), txPackets: z(c.txPackets),
    txBytes: z(c.txBytes), txErrors: z(c.txErrors), txDropped: z(c.txDropped), txOverruns: z(c.txOverruns),
    txCarrier: z(c.txCarrier), collisions: z(c.collisions),
  };
}

/** net-tools: "2160 (2.1 KiB)", scaling only above 1024 */
function netToolsBytes(n: number): string {
  const units: [number, string][] = [[1024 ** 5, 'PiB'], [1024 ** 4, 'TiB'], [1024 ** 3, 'GiB'], [1024 ** 2, 'MiB'], [1024, 'KiB']];
  for (const [d, u] of units) {
    if (n > d) {
      const t = Math.floor((n * 10) / d);
      return `${n} (${Math.floor(t / 10)}.${t % 10} ${u})`;
    }
  }
  return `${n} (${n}.0 B)`;
}

/** busybox: "2468 (2.4 KiB)", scaling from 1024 on */
function busyboxBytes(n: number): string {
  let int = n;
  let frac = 0;
  const ext = ['', 'Ki', 'Mi', 'Gi', 'Ti'];
  let e = 0;
  for (let i = 0; i < 4; i++) {
    if (int >= 1024) {
      frac = Math.floor(((int % 1024) * 10) / 1024);
      int = Math.floor(int / 1024);
      e++;
    }
  }
  return `${n} (${int}.${frac} ${ext[e]}B)`;
}

const SCOPE_ID: Record<string, string> = { link: '0x20<link>', host: '0x10<host>', global: '0x0<global>' };

function netTools(link: Link, env: NetToolsEnv): string {
  const names = iffNames(link);
  const flags = IFF.filter(([n]) => names.includes(n)).reduce((a, [, v]) => a | v, 0);
  let s = `${link.name}: flags=${flags}<${names.join(',')}>  mtu ${link.mtu}\n`;
  const a4 = link.addrs.find((a) => a.family === 4);
  if (a4) {
    s += `        inet ${a4.address}  netmask ${intToIp4(mask4(a4.prefixLen))}`;
    if (names.includes('BROADCAST')) s += `  broadcast ${a4.broadcast ?? '0.0.0.0'}`;
    s += '\n';
  }
  for (const a of link.addrs.filter((x) => x.family === 6)) {
    s += `        inet6 ${a.address}  prefixlen ${a.prefixLen}  scopeid ${SCOPE_ID[a.scope]}\n`;
  }
  s += link.kind === 'loopback' ? `        loop  txqueuelen ${link.qlen ?? 0}  (Local Loopback)\n` : `        ether ${link.mac}  txqueuelen ${link.qlen ?? 0}  (Ethernet)\n`;
  const c = counters(env, link);
  s += `        RX packets ${c.rxPackets}  bytes ${netToolsBytes(c.rxBytes)}\n`;
  s += `        RX errors ${c.rxErrors}  dropped ${c.rxDropped}  overruns ${c.rxOverruns}  frame ${c.rxFrame}\n`;
  s += `        TX packets ${c.txPackets}  bytes ${netToolsBytes(c.txBytes)}\n`;
  s += `        TX errors ${c.txErrors}  dropped ${c.txDropped} overruns ${c.txOverruns}  carrier ${c.txCarrier}  collisions ${c.collisions}\n\n`;
  return s;
}

const BB_SCOPE: Record<string, string> = { link: 'Link', host: 'Host', global: 'Global' };

function busybox(link: Link, env: NetToolsEnv): string {
  const names = iffNames(link);
  let s = padEnd(link.name, 9) + ' ';
  s += link.kind === 'loopback' ? 'Link encap:Local Loopback  \n' : `Link encap:Ethernet  HWaddr ${link.mac.toUpperCase()}  \n`;
  const a4 = link.addrs.find((a) => a.family === 4);
  if (a4) {
    s += `          inet addr:${a4.address}`;
    if (names.includes('BROADCAST')) s += `  Bcast:${a4.broadcast ?? '0.0.0.0'}`;
    s += `  Mask:${intToIp4(mask4(a4.prefixLen))}\n`;
  }
  for (const a of link.addrs.filter((x) => x.family === 6)) {
    s += `          inet6 addr: ${a.address}/${a.prefixLen} Scope:${BB_SCOPE[a.scope]}\n`;
  }
  s += `          ${names.map((n) => n + ' ').join('')} MTU:${link.mtu}  Metric:1\n`;
  const c = counters(env, link);
  s += `          RX packets:${c.rxPackets} errors:${c.rxErrors} dropped:${c.rxDropped} overruns:${c.rxOverruns} frame:${c.rxFrame}\n`;
  s += `          TX packets:${c.txPackets} errors:${c.txErrors} dropped:${c.txDropped} overruns:${c.txOverruns} carrier:${c.txCarrier}\n`;
  s += `          collisions:${c.collisions} txqueuelen:${link.qlen ?? 0} \n`;
  s += `          RX bytes:${busyboxBytes(c.rxBytes)}  TX bytes:${busyboxBytes(c.txBytes)}\n\n`;
  return s;
}

export function ifconfigCommand(argv: string[], env: NetToolsEnv, out: Out): number {
  const bb = env.flavor === 'busybox';
  const args = argv.slice(1);
  if (bb && args[0] === '--help') {
    out.write(2, busyboxUsage('ifconfig'));
    return 0;
  }
  let all = false;
  while (args[0] === '-a' || (!bb && (args[0] === '-v' || args[0] === '-s'))) {
    if (args.shift() === '-a') all = true;
  }
  const fmt = bb ? busybox : netTools;
  if (args.length === 0) {
    const links = env.ns.links.filter((l) => all || l.up).sort((a, b) => byteCompare(a.name, b.name));
    out.write(1, links.map((l) => fmt(l, env)).join(''));
    return 0;
  }
  const name = args[0];
  const link = findLink(env.ns, name);
  if (!link) {
    out.write(2, `${bb ? 'ifconfig: ' : ''}${name}: error fetching interface information: Device not found\n`);
    return 1;
  }
  if (args.length === 1) {
    out.write(1, fmt(link, env));
    return 0;
  }
  const rest = args.slice(1);
  const addr = rest.find((w, i) => isIp4(w) && rest[i - 1] !== 'netmask' && rest[i - 1] !== 'broadcast');
  if (addr) {
    const mi = rest.indexOf('netmask');
    const old = link.addrs.find((a) => a.family === 4);
    const prefix = (mi >= 0 ? maskToPrefix(rest[mi + 1] ?? '') : null) ?? old?.prefixLen ?? 24;
    const m = env.mutate;
    const e = !m?.addAddr || !m.delAddr ? 'Operation not permitted' : ((old && m.delAddr(name, old)) ?? m.addAddr(name, { family: 4, address: addr, prefixLen: prefix, broadcast: broadcast4(addr, prefix), scope: 'global' }));
    if (e) {
      out.write(2, `${bb ? 'ifconfig: ' : ''}SIOCSIFADDR: ${e}\n`);
      return 1;
    }
  }
  for (const w of rest) {
    if (w !== 'up' && w !== 'down') continue;
    const up = w === 'up';
    if (up === link.up) continue;
    const e = env.mutate?.setLink ? env.mutate.setLink(name, { up }) : 'Operation not permitted';
    if (e) {
      out.write(2, `${bb ? 'ifconfig: ' : ''}SIOCSIFFLAGS: ${e}\n`);
      return 1;
    }
  }
  return 0;
}
