/** `ip link add|set|del` and `ip addr add|del`: validation and error texts; the engine applies the change. */
import type { IfAddr, LinkChange, MutResult, NewLinkKind, NewLinkSpec } from './env.ts';
import type { IpCtx } from './ip.ts';
import { ipErr } from './ip.ts';
import { broadcast4, findLink, isIp4 } from './util.ts';

const KINDS: NewLinkKind[] = ['veth', 'bridge', 'dummy', 'macvlan', 'ipvlan', 'vlan'];

/** report a kernel answer: extack messages print as they are, errnos as `RTNETLINK answers: X` */
function kernel(c: IpCtx, e: MutResult): number {
  if (!e) return 0;
  return ipErr(c, e.startsWith('Error:') ? e : `RTNETLINK answers: ${e}`, 2);
}

const EPERM = 'Operation not permitted';

function incomplete(c: IpCtx, bbCode: number): number {
  return c.bb ? ipErr(c, 'command line is not complete, try "help"', bbCode) : ipErr(c, 'Command line is not complete. Try option "help"', 255);
}

export function linkAdd(c: IpCtx, args: string[]): number {
  const spec: Partial<NewLinkSpec> = {};
  let kind: string | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const w = args[i];
    if (w === 'type') {
      kind = args[++i];
      if (kind === undefined) return incomplete(c, 2);
      i++;
      break;
    }
    if (['name', 'dev', 'link', 'mtu', 'address', 'txqueuelen', 'qlen'].includes(w)) {
      const v = args[++i];
      if (v === undefined) return incomplete(c, 2);
      if (w === 'link') spec.parent = v;
      else if (w === 'name' || w === 'dev') spec.name = v;
    } else spec.name = w;
  }
  for (; i < args.length; i++) {
    const w = args[i];
    if (w === 'peer') {
      const v = args[i + 1] === 'name' ? args[i + 2] : args[i + 1];
      if (v !== undefined) spec.peer = v;
      i += args[i + 1] === 'name' ? 2 : 1;
    } else if (w === 'mode') spec.mode = args[++i];
    else if (w === 'id') spec.vlanId = Number(args[++i]);
  }
  if (kind === undefined) {
    return c.bb ? ipErr(c, 'RTNETLINK answers: Operation not supported', 2) : ipErr(c, 'Not enough information: "type" argument is required', 1);
  }
  if (spec.parent !== undefined && !findLink(c.env.ns, spec.parent)) {
    return c.bb ? ipErr(c, `can't find device '${spec.parent}'`, 2) : ipErr(c, `Cannot find device "${spec.parent}"`, 1);
  }
  if (!KINDS.includes(kind as NewLinkKind)) {
    return c.bb ? ipErr(c, 'RTNETLINK answers: Operation not supported', 2) : ipErr(c, 'Error: Unknown device type.', 2);
  }
  const taken = (n?: string) => n !== undefined && !!findLink(c.env.ns, n);
  if (taken(spec.name) || taken(spec.peer)) return kernel(c, 'File exists');
  const m = c.env.mutate;
  return kernel(c, m?.addLink ? m.addLink({ ...spec, kind: kind as NewLinkKind }) : EPERM);
}

export function linkDel(c: IpCtx, args: string[]): number {
  let name: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === 'dev' || args[i] === 'name') name = args[++i];
    else if (args[i] === 'type') i++;
    else name = args[i];
  }
  if (name === undefined) {
    if (c.bb) return 1;
    return ipErr(c, 'Not enough information: "dev" argument is required.', 255);
  }
  if (!findLink(c.env.ns, name)) return c.bb ? ipErr(c, `can't find device '${name}'`, 2) : ipErr(c, `Cannot find device "${name}"`, 1);
  const m = c.env.mutate;
  return kernel(c, m?.deleteLink ? m.deleteLink(name) : EPERM);
}

export function linkSet(c: IpCtx, args: string[]): number {
  let dev: string | undefined;
  const ch: LinkChange = {};
  const bad = (v: string) =>
    c.bb ? ipErr(c, `either "dev" is duplicate, or "${v}" is garbage`, 2) : ipErr(c, `Error: either "dev" is duplicate, or "${v}" is a garbage.`, 255);
  const valued = ['master', 'mtu', 'address', 'name', 'txqueuelen', 'qlen', 'promisc', 'arp', 'multicast', 'netns', 'alias', 'group'];
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (w === 'up' || w === 'down') ch.up = w === 'up';
    else if (w === 'nomaster') ch.master = null;
    else if (valued.includes(w)) {
      const v = args[++i];
      if (v === undefined) return c.bb ? ipErr(c, `"${w}" requires an argument`, 2) : incomplete(c, 2);
      if (w === 'master') {
        if (!findLink(c.env.ns, v)) return c.bb ? ipErr(c, `can't find device '${v}'`, 2) : ipErr(c, `Error: argument "${v}" is wrong: Device does not exist\n`, 255);
        ch.master = v;
      } else if (w === 'mtu') {
        if (!/^\d+$/.test(v)) return c.bb ? ipErr(c, `invalid argument '${v}' to 'mtu'`, 2) : ipErr(c, `Error: argument "${v}" is wrong: Invalid "mtu" value\n`, 255);
        ch.mtu = Number(v);
      } else if (w === 'address') ch.mac = v.toLowerCase();
      else if (w === 'name') ch.newName = v;
      else if (w === 'netns') ch.netns = v;
    } else if (w === 'dev' || dev === undefined) {
      const v = w === 'dev' ? args[++i] : w;
      if (v === undefined) return c.bb ? ipErr(c, '"dev" requires an argument', 2) : incomplete(c, 2);
      if (dev !== undefined) return bad(v);
      dev = v;
    } else return bad(w);
  }
  if (dev === undefined) return c.bb ? ipErr(c, '"dev" requires an argument', 2) : ipErr(c, 'Not enough information: "dev" argument is required.', 255);
  const link = findLink(c.env.ns, dev);
  if (!link) return c.bb ? ipErr(c, 'SIOCGIFFLAGS: No such device', 2) : ipErr(c, `Cannot find device "${dev}"`, 1);
  if (ch.newName !== undefined && ch.newName !== dev && findLink(c.env.ns, ch.newName)) return kernel(c, 'File exists');
  // busybox changes flags with an ioctl only when they differ
  if (c.bb && ch.up === link.up) delete ch.up;
  if (Object.keys(ch).length === 0) return 0;
  const m = c.env.mutate;
  const e = m?.setLink ? m.setLink(dev, ch) : EPERM;
  if (e && c.bb && ch.up !== undefined) return ipErr(c, `SIOCSIFFLAGS: ${e}`, 2);
  if (e && c.bb && ch.mtu !== undefined) return ipErr(c, `SIOCSIFMTU: ${e}`, 2);
  return kernel(c, e);
}

function parseLocal(text: string): IfAddr | null {
  const [ip, len] = text.split('/');
  const v6 = ip.includes(':');
  if (!v6 && !isIp4(ip)) return null;
  if (v6 && !/^[0-9a-fA-F:]+$/.test(ip)) return null;
  const max = v6 ? 128 : 32;
  if (len !== undefined && !(/^\d+$/.test(len) && +len <= max)) return null;
  const prefixLen = len === undefined ? max : +len;
  const scope = v6 ? (ip.toLowerCase().startsWith('fe80:') ? 'link' : ip === '::1' ? 'host' : 'global') : ip.startsWith('127.') ? 'host' : 'global';
  return { family: v6 ? 6 : 4, address: v6 ? ip.toLowerCase() : ip, prefixLen, scope };
}

export function addrChange(c: IpCtx, op: 'add' | 'del', args: string[]): number {
  let dev: string | undefined;
  let local: string | undefined;
  let brd: string | undefined;
  let scope: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (['broadcast', 'brd', 'dev', 'scope', 'label', 'peer', 'remote', 'anycast', 'valid_lft', 'preferred_lft', 'metric', 'local'].includes(w)) {
      const v = args[++i];
      if (v === undefined) return incomplete(c, 1);
      if (w === 'dev') dev = v;
      else if (w === 'broadcast' || w === 'brd') brd = v;
      else if (w === 'scope') scope = v;
      else if (w === 'local') local = v;
    } else if (['nodad', 'noprefixroute', 'home', 'mngtmpaddr', 'autojoin'].includes(w)) continue;
    else if (local !== undefined) {
      return c.bb ? ipErr(c, `either "local" is duplicate, or "${w}" is garbage`, 1) : ipErr(c, `Error: either "local" is duplicate, or "${w}" is a garbage.`, 255);
    } else local = w;
  }
  const a = local !== undefined ? parseLocal(local) : null;
  if (!a) {
    const shown = c.bb ? (local ?? '').split('/')[0] : (local ?? '');
    return c.bb ? ipErr(c, `an inet prefix is expected rather than "${shown}"`, 1) : ipErr(c, `Error: any valid prefix is expected rather than "${shown}".`, 1);
  }
  if (dev === undefined) return c.bb ? ipErr(c, 'need "dev IFACE"', 1) : ipErr(c, 'Not enough information: "dev" argument is required.', 1);
  const link = findLink(c.env.ns, dev);
  if (!link) return c.bb ? ipErr(c, `can't find device '${dev}'`, 1) : ipErr(c, `Cannot find device "${dev}"`, 1);
  if (scope === 'link' || scope === 'host' || scope === 'global') a.scope = scope;
  if (brd !== undefined && a.family === 4) {
    if (brd === '+') a.broadcast = broadcast4(a.address, a.prefixLen);
    else if (isIp4(brd)) a.broadcast = brd;
  }
  const fam = a.family === 4 ? 'ipv4' : 'ipv6';
  const m = c.env.mutate;
  if (op === 'add') {
    if (link.addrs.some((x) => x.family === a.family && x.address === a.address)) {
      return c.bb ? kernel(c, 'File exists') : ipErr(c, `Error: ${fam}: Address already assigned.`, 2);
    }
    return kernel(c, m?.addAddr ? m.addAddr(dev, a) : EPERM);
  }
  const wildcard = !local!.includes('/');
  const found = link.addrs.find((x) => x.family === a.family && x.address === a.address && (wildcard || x.prefixLen === a.prefixLen));
  if (wildcard && !c.bb && a.family === 4) {
    c.out.write(
      2,
      'Warning: Executing wildcard deletion to stay compatible with old scripts.\n' +
        `         Explicitly specify the prefix length (${a.address}/32) to avoid this warning.\n` +
        '         This special behaviour is likely to disappear in further releases,\n' +
        '         fix your scripts!\n',
    );
  }
  if (!found) return c.bb ? kernel(c, 'Cannot assign requested address') : ipErr(c, `Error: ${fam}: Address not found.`, 2);
  return kernel(c, m?.delAddr ? m.delAddr(dev, found) : EPERM);
}
