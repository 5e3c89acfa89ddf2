/** `brctl` (bridge-utils 1.7): show, addbr, delbr, addif, delif. */
import type { Link, NetToolsEnv, Out } from './env.ts';
import { byteCompare, findLink } from './util.ts';

const USAGE =
  'Usage: brctl [commands]\n' +
  'commands:\n' +
  '\taddbr     \t<bridge>\t\tadd bridge\n' +
  '\tdelbr     \t<bridge>\t\tdelete bridge\n' +
  '\taddif     \t<bridge> <device>\tadd interface to bridge\n' +
  '\tdelif     \t<bridge> <device>\tdelete interface from bridge\n' +
  '\thairpin   \t<bridge> <port> {on|off}\tturn hairpin on/off\n' +
  '\tsetageing \t<bridge> <time>\t\tset ageing time\n' +
  '\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority\n' +
  '\tsetfd     \t<bridge> <time>\t\tset bridge forward delay\n' +
  '\tsethello  \t<bridge> <time>\t\tset hello time\n' +
  '\tsetmaxage \t<bridge> <time>\t\tset max message age\n' +
  '\tsetpathcost\t<bridge> <port> <cost>\tset path cost\n' +
  '\tsetportprio\t<bridge> <port> <prio>\tset port priority\n' +
  '\tshow      \t[ <bridge> ]\t\tshow a list of bridges\n' +
  '\tshowmacs  \t<bridge>\t\tshow a list of mac addrs\n' +
  '\tshowstp   \t<bridge>\t\tshow bridge stp info\n' +
  '\tstp       \t<bridge> {on|off}\tturn stp on/off\n';

const HEADER = 'bridge name\tbridge id\t\tSTP enabled\tinterfaces\n';

/** one bridge and its ports (sorted by name), as `brctl show` prints it */
export function brctlBridge(env: NetToolsEnv, br: Link): string {
  const ports = env.ns.links.filter((l) => l.master === br.name).map((l) => l.name).sort(byteCompare);
  const hasMac = br.mac !== '00:00:00:00:00:00' || ports.length > 0;
  let s = `${br.name}\t\t8000.${hasMac ? br.mac.replace(/:/g, '') : '000000000000'}\tno\t\t`;
  if (ports.length === 0) return s + '\n';
  s += ports[0] + '\n';
  for (const p of ports.slice(1)) s += `\t\t\t\t\t\t\t${p}\n`;
  return s;
}

function show(env: NetToolsEnv, out: Out, names: string[]): number {
  const bridges = env.ns.links.filter((l) => l.kind === 'bridge');
  if (names.length === 0) {
    out.write(1, HEADER + [...bridges].sort((a, b) => byteCompare(a.name, b.name)).map((b) => brctlBridge(env, b)).join(''));
    return 0;
  }
  let s = '';
  let code = 0;
  for (const n of names) {
    const l = findLink(env.ns, n);
    if (!l) {
      out.write(2, `bridge ${n} does not exist!\n`);
      code = 1;
    } else if (l.kind !== 'bridge') {
      out.write(2, `device ${n} is not a bridge!\n`);
      code = 1;
    } else s += (s ? '' : HEADER) + brctlBridge(env, l);
  }
  out.write(1, s);
  return code;
}

export function brctlCommand(argv: string[], env: NetToolsEnv, out: Out): number {
  const [cmd, a, b] = argv.slice(1);
  const m = env.mutate;
  const EPERM = 'Operation not permitted';
  switch (cmd) {
    case undefined:
      out.write(1, USAGE);
      return 1;
    case 'show':
      return show(env, out, argv.slice(2));
    case 'addbr': {
      if (a === undefined) break;
      if (findLink(env.ns, a)) {
        out.write(2, `device ${a} already exists; can't create bridge with the same name\n`);
        return 1;
      }
      const e = m?.addLink ? m.addLink({ name: a, kind: 'bridge' }) : EPERM;
      if (e) out.write(2, `add bridge failed: ${e}\n`);
      return e ? 1 : 0;
    }
    case 'delbr': {
      if (a === undefined) break;
      const l = findLink(env.ns, a);
      const why = !l || l.kind !== 'bridge' ? "doesn't exist; can't delete it" : l.up ? "is still up; can't delete it" : null;
      if (why) {
        out.write(2, `bridge ${a} ${why}\n`);
        return 1;
      }
      const e = m?.deleteLink ? m.deleteLink(a) : EPERM;
      if (e) out.write(2, `can't delete bridge ${a}: ${e}\n`);
      return e ? 1 : 0;
    }
    case 'addif':
    case 'delif': {
      if (a === undefined || b === undefined) break;
      const br = findLink(env.ns, a);
      if (!br || br.kind !== 'bridge') {
        out.write(2, `bridge ${a} does not exist!\n`);
        return 1;
      }
      const port = findLink(env.ns, b);
      if (!port) {
        out.write(2, `interface ${b} does not exist!\n`);
        return 1;
      }
      if (cmd === 'delif' && port.master !== a) {
        out.write(2, `device ${b} is not a slave of ${a}\n`);
        return 1;
      }
      if (cmd === 'addif' && port.master) {
        out.write(2, `device ${b} is already a member of a bridge; can't add it to bridge ${a}.\n`);
        return 1;
      }
      const e = m?.setLink ? m.setLink(b, { master: cmd === 'addif' ? a : null }) : EPERM;
      if (e) out.write(2, `can't ${cmd === 'addif' ? 'add' : 'delete'} ${b} ${cmd === 'addif' ? 'to' : 'from'} bridge ${a}: ${e}\n`);
      return e ? 1 : 0;
    }
    default:
      out.write(2, `never heard of command [${cmd}]\n`);
      out.write(1, USAGE);
      return 1;
  }
  out.write(1, `Incorrect number of arguments for command\n` + USAGE);
  return 1;
}
