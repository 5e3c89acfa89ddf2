/** `bridge` (iproute2 6.1): `bridge link [show] [dev DEV]`. */
import type { NetToolsEnv, Out } from './env.ts';
import { portState } from './ip-details.ts';
import { linkFlags, peerPart } from './link-print.ts';
import { findLink } from './util.ts';

const USAGE =
  'Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }\n' +
  '       bridge [ -force ] -batch filename\n' +
  'where  OBJECT := { link | fdb | mdb | vlan | monitor }\n' +
  '       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |\n' +
  '                    -o[neline] | -t[imestamp] | -n[etns] name |\n' +
  '                    -c[ompressvlans] -color -p[retty] -j[son] }\n';

const matches = (w: string, k: string) => w.length > 0 && k.startsWith(w);

export function bridgeCommand(argv: string[], env: NetToolsEnv, out: Out): number {
  let i = 1;
  while (argv[i]?.startsWith('-')) {
    if (argv[i] === '-V' || matches(argv[i], '-Version')) {
      out.write(1, 'bridge utility, 6.1.0\n');
      return 0;
    }
    i++;
  }
  const obj = argv[i];
  if (obj === undefined) {
    out.write(2, USAGE);
    return 255;
  }
  const objects = ['link', 'fdb', 'mdb', 'vlan', 'monitor', 'help'];
  const o = objects.find((x) => matches(obj, x));
  if (!o) {
    out.write(2, `Object "${obj}" is unknown, try "bridge help".\n`);
    return 255;
  }
  if (o !== 'link') return 0;
  const args = argv.slice(i + 1);
  if (args.length > 0 && !['show', 'list', 'lst'].some((k) => matches(args[0], k))) {
    out.write(2, `Command "${args[0]}" is unknown, try "bridge link help".\n`);
    return 255;
  }
  let dev: string | undefined;
  for (let k = 1; k < args.length; k++) if (args[k] === 'dev') dev = args[++k];
  if (dev !== undefined && !findLink(env.ns, dev)) {
    out.write(2, `Cannot find device "${dev}"\n`);
    return 255;
  }
  let s = '';
  for (const l of [...env.ns.links].sort((a, b) => a.index - b.index)) {
    if (!l.master || (dev !== undefined && l.name !== dev)) continue;
    if (findLink(env.ns, l.master)?.kind !== 'bridge') continue;
    const { at, mdown } = peerPart(l, env);
    const flags = [...linkFlags(l), ...(mdown ? ['M-DOWN'] : [])].join(',');
    s += `${l.index}: ${l.name}${at}: <${flags}> mtu ${l.mtu} master ${l.master} state ${portState(l, env)} priority 32 cost 2 \n`;
  }
  out.write(1, s);
  return 0;
}
