/**
 * `ip`: iproute2 6.1 on the host, the busybox applet in containers. Global options and object dispatch;
 * the objects live in ip-show.ts (link/addr listing), ip-change.ts (add/set/del) and ip-route.ts.
 */
import type { NetToolsEnv, Out } from './env.ts';
import type { Family } from './link-print.ts';
import { addrShow, linkShow } from './ip-show.ts';
import { addrChange, linkAdd, linkDel, linkSet } from './ip-change.ts';
import { netnsCmd, routeCmd } from './ip-route.ts';
import { BUSYBOX_BANNER } from './busybox-usage.ts';

export interface IpCtx {
  env: NetToolsEnv;
  out: Out;
  bb: boolean;
  family: Family;
  brief: boolean;
  details: boolean;
  oneline: boolean;
  stats: boolean;
  json: boolean;
}

/** iproute2's matches(): the word is a prefix of the keyword */
export const matches = (word: string, keyword: string) => word.length > 0 && keyword.startsWith(word);

/** print an error the way the flavour does and return the status */
export function ipErr(c: IpCtx, text: string, code: number): number {
  c.out.write(2, c.bb ? `ip: ${text}\n` : `${text}\n`);
  return code;
}

const BB_USAGE =
  BUSYBOX_BANNER +
  '\nUsage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n\n' +
  'OPTIONS := -f[amily] inet|inet6|link | -o[neline]\n\n' +
  'ip addr add|del IFADDR dev IFACE | show|flush [dev IFACE] [to PREFIX]\n' +
  'ip route list|flush|add|del|change|append|replace|test ROUTE\n' +
  'ip link set IFACE [up|down] [arp on|off] [multicast on|off]\n' +
  '\t[promisc on|off] [mtu NUM] [name NAME] [qlen NUM] [address MAC]\n' +
  '\t[master IFACE | nomaster] [netns PID]\n' +
  'ip tunnel add|change|del|show [NAME]\n' +
  '\t[mode ipip|gre|sit] [remote ADDR] [local ADDR] [ttl TTL]\n' +
  'ip neigh show|flush [to PREFIX] [dev DEV] [nud STATE]\n' +
  'ip rule [list] | add|del SELECTOR ACTION\n';

export function busyboxIpUsage(out: Out): number {
  out.write(2, BB_USAGE);
  return 1;
}

const HOST_USAGE =
  'Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n' +
  '       ip [ -force ] -batch filename\n' +
  'where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |\n' +
  '                   link | macsec | maddress | monitor | mptcp | mroute | mrule |\n' +
  '                   neighbor | neighbour | netconf | netns | nexthop | ntable |\n' +
  '                   ntbl | route | rule | sr | tap | tcpmetrics |\n' +
  '                   token | tunnel | tuntap | vrf | xfrm }\n' +
  '       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |\n' +
  '                    -h[uman-readable] | -iec | -j[son] | -p[retty] |\n' +
  '                    -f[amily] { inet | inet6 | mpls | bridge | link } |\n' +
  '                    -4 | -6 | -M | -B | -0 |\n' +
  '                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |\n' +
  '                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |\n' +
  '                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |\n' +
  '                    -c[olor]}\n';

const HOST_OBJECTS = [
  'address', 'addrlabel', 'maddress', 'route', 'rule', 'neighbor', 'neighbour', 'ntable', 'ntbl', 'link',
  'l2tp', 'fou', 'ila', 'macsec', 'tunnel', 'tuntap', 'tap', 'token', 'tcpmetrics', 'tcp_metrics',
  'monitor', 'xfrm', 'mroute', 'mrule', 'netns', 'netconf', 'vrf', 'sr', 'nexthop', 'mptcp', 'ioam',
  'stats', 'help',
];

const BB_OBJECTS = ['address', 'route', 'r', 'link', 'tunnel', 'tunl', 'rule', 'neigh'];

function family(c: IpCtx, v: string | undefined): boolean {
  if (v === 'inet') c.family = 4;
  else if (v === 'inet6') c.family = 6;
  else if (v === 'link') c.family = 0;
  else return false;
  return true;
}

/** parse iproute2's global options; returns the index of the object word, or the exit status */
function hostOptions(argv: string[], c: IpCtx): number | { exit: number } {
  let i = 1;
  for (; i < argv.length && argv[i].startsWith('-') && argv[i] !== '-'; i++) {
    let opt = argv[i];
    if (opt === '--') return i + 1;
    if (opt.startsWith('--')) opt = opt.slice(1);
    if (matches(opt, '-loops') && opt.length > 2) i++;
    else if (matches(opt, '-family')) {
      if (!family(c, argv[++i])) {
        c.out.write(2, `Error: argument "${argv[i] ?? ''}" is wrong: invalid protocol family\n\n`);
        return { exit: 255 };
      }
    } else if (opt === '-4') c.family = 4;
    else if (opt === '-6') c.family = 6;
    else if (opt === '-0') c.family = 0;
    else if (matches(opt, '-human') || matches(opt, '-human-readable') || matches(opt, '-iec')) continue;
    else if (matches(opt, '-stats') || matches(opt, '-statistics')) c.stats = true;
    else if (matches(opt, '-details')) c.details = true;
    else if (matches(opt, '-resolve') || matches(opt, '-timestamp') || matches(opt, '-tshort')) continue;
    else if (matches(opt, '-oneline')) c.oneline = true;
    else if (matches(opt, '-Version')) {
      c.out.write(1, 'ip utility, iproute2-6.1.0, libbpf 1.1.2\n');
      return { exit: 0 };
    } else if (matches(opt, '-force') || matches(opt, '-color') || matches(opt, '-Numeric') || matches(opt, '-all')) continue;
    else if (matches(opt, '-help')) {
      c.out.write(2, HOST_USAGE);
      return { exit: 255 };
    } else if (matches(opt, '-netns')) {
      const name = argv[++i];
      if (name === undefined) {
        c.out.write(2, 'No netns name specified\n');
        return { exit: 255 };
      }
      const other = c.env.netnsEnv?.(name);
      if (!other) {
        c.out.write(2, `Cannot open network namespace "${name}": No such file or directory\n`);
        return { exit: 255 };
      }
      // `ip -n NAME ...` = the same command inside the named namespace
      return { exit: ipCommand([argv[0], ...argv.slice(1, i - 1), ...argv.slice(i + 1)], other, c.out) };
    } else if (matches(opt, '-brief')) c.brief = true;
    else if (matches(opt, '-json')) c.json = true;
    else if (matches(opt, '-pretty')) continue;
    else {
      c.out.write(2, `Option "${argv[i]}" is unknown, try "ip -help".\n`);
      return { exit: 255 };
    }
  }
  return i;
}

function busyboxOptions(argv: string[], c: IpCtx): number | { exit: number } {
  let i = 1;
  for (; i < argv.length && argv[i].startsWith('-'); i++) {
    let opt = argv[i];
    if (opt === '--') return i + 1;
    if (opt.startsWith('--')) opt = opt.slice(1);
    if (matches(opt, '-family') && opt.length > 1) {
      if (!family(c, argv[++i])) return { exit: busyboxIpUsage(c.out) };
    } else if (opt === '-4') c.family = 4;
    else if (opt === '-6') c.family = 6;
    else if (opt === '-0') c.family = 0;
    else if (matches(opt, '-oneline') && opt.length > 1) c.oneline = true;
    else return { exit: busyboxIpUsage(c.out) };
  }
  return i;
}

export function ipCommand(argv: string[], env: NetToolsEnv, out: Out): number {
  const c: IpCtx = { env, out, bb: env.flavor === 'busybox', family: 0, brief: false, details: false, oneline: false, stats: false, json: false };
  const at = c.bb ? busyboxOptions(argv, c) : hostOptions(argv, c);
  if (typeof at !== 'number') return at.exit;
  const obj = argv[at];
  const rest = argv.slice(at + 1);
  if (obj === undefined) {
    if (c.bb) return busyboxIpUsage(out);
    out.write(2, HOST_USAGE);
    return 255;
  }
  const name = (c.bb ? BB_OBJECTS : HOST_OBJECTS).find((o) => matches(obj, o));
  switch (name) {
    case 'address':
      return addressCmd(c, rest);
    case 'link':
      return linkCmd(c, rest);
    case 'route':
    case 'r':
      return routeCmd(c, rest);
    case 'netns':
      return netnsCmd(c, rest);
    case 'rule': {
      // only the kernel's default rules (the simulator has no policy routing)
      const sp = c.bb ? ' ' : '';
      const v6 = c.family === 6;
      out.write(1, `0:\tfrom all lookup local${sp}\n32766:\tfrom all lookup main${sp}\n` + (v6 ? '' : `32767:\tfrom all lookup default${sp}\n`));
      return 0;
    }
    case 'neigh':
    case 'neighbor':
    case 'neighbour':
    case 'tunnel':
    case 'tunl':
      return 0;
    case 'help':
      out.write(2, HOST_USAGE);
      return 255;
    case undefined:
      if (c.bb) return busyboxIpUsage(out);
      out.write(2, `Object "${obj}" is unknown, try "ip help".\n`);
      return 1;
    default:
      // objects the simulator does not model (maddress, xfrm, tuntap, ...) list nothing
      return 0;
  }
}

function unknownCommand(c: IpCtx, word: string, object: string): number {
  if (c.bb) return ipErr(c, `invalid argument '${word}' to 'ip'`, object === 'link' ? 2 : 1);
  c.out.write(2, `Command "${word}" is unknown, try "ip ${object} help".\n`);
  return 255;
}

function addressCmd(c: IpCtx, args: string[]): number {
  const w = args[0];
  if (w === undefined) return addrShow(c, []);
  if (matches(w, 'add')) return addrChange(c, 'add', args.slice(1));
  if (matches(w, 'delete')) return addrChange(c, 'del', args.slice(1));
  if (matches(w, 'list') || matches(w, 'show') || matches(w, 'lst')) return addrShow(c, args.slice(1));
  return unknownCommand(c, w, 'address');
}

function linkCmd(c: IpCtx, args: string[]): number {
  const w = args[0];
  if (w === undefined) return linkShow(c, []);
  if (matches(w, 'add')) return linkAdd(c, args.slice(1));
  if (c.bb ? matches(w, 'delete') : false) return linkDel(c, args.slice(1));
  if (c.bb ? matches(w, 'set') : w === 'set' || matches(w, 'change')) return linkSet(c, args.slice(1));
  if (matches(w, 'delete')) return linkDel(c, args.slice(1));
  if (matches(w, 'show') || matches(w, 'lst') || matches(w, 'list')) return linkShow(c, args.slice(1));
  return unknownCommand(c, w, 'link');
}
