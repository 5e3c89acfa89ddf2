/**
 * An iptables rule as iptables 1.8.9 understands it: parsed from command-line words (or from the `-S`
 * text the model stores), written back in canonical `-S` form. Matches and targets are the extensions
 * Docker and the lessons use; their `-L` rendering lives in iptables-print.ts.
 */
import { ICMP_TYPES, protoName, protoNumber, servicePort } from './services.ts';
import { isIp4, maskToPrefix, network4 } from './util.ts';

export interface Opt {
  neg: boolean;
  key: string;
  value?: string;
}

export interface Match {
  name: string;
  opts: Opt[];
}

export interface Rule {
  src?: { ip: string; prefix: number; neg: boolean };
  dst?: { ip: string; prefix: number; neg: boolean };
  inIf?: { name: string; neg: boolean };
  outIf?: { name: string; neg: boolean };
  proto?: { num: number; neg: boolean };
  frag?: { neg: boolean };
  matches: Match[];
  target?: string;
  goto?: boolean;
  targetOpts: Opt[];
}

/** an extension option: canonical name, whether it takes a value, and its value normalizer */
interface OptDef {
  names: string[];
  arg: boolean;
  norm?: (v: string, r: Rule) => string | { error: string };
}

const CT_STATES = ['INVALID', 'NEW', 'RELATED', 'ESTABLISHED', 'UNTRACKED', 'SNAT', 'DNAT'];
const ADDR_TYPES = ['UNSPEC', 'UNICAST', 'LOCAL', 'BROADCAST', 'ANYCAST', 'MULTICAST', 'BLACKHOLE', 'UNREACHABLE', 'PROHIBIT', 'THROW', 'NAT', 'XRESOLVE'];
export const REJECT_TYPES: [string, string][] = [
  ['icmp-net-unreachable', 'net-unreach'], ['icmp-host-unreachable', 'host-unreach'],
  ['icmp-proto-unreachable', 'proto-unreach'], ['icmp-port-unreachable', 'port-unreach'],
  ['icmp-net-prohibited', 'net-prohib'], ['icmp-host-prohibited', 'host-prohib'], ['tcp-reset', 'tcp-rst'],
  ['icmp-admin-prohibited', 'admin-prohib'],
];
export const LOG_LEVELS = ['emerg', 'alert', 'crit', 'err', 'warn', 'notice', 'info', 'debug'];

function portOf(v: string, r: Rule): number | null {
  if (/^\d+$/.test(v)) return +v <= 65535 ? +v : null;
  const p = servicePort(v, r.proto?.num === 17 ? 'udp' : 'tcp');
  return p ?? null;
}

function portRange(v: string, r: Rule): string | { error: string } {
  const [a, b] = v.includes(':') ? v.split(':', 2) : [v, undefined];
  const lo = a === '' ? 0 : portOf(a, r);
  if (lo === null) return { error: `invalid port/service \`${a}' specified` };
  if (b === undefined) return String(lo);
  const hi = b === '' ? 65535 : portOf(b, r);
  if (hi === null) return { error: `invalid port/service \`${b}' specified` };
  if (lo > hi) return { error: 'invalid portrange (min > max)' };
  return lo === hi ? String(lo) : `${lo}:${hi}`;
}

function portList(v: string, r: Rule): string | { error: string } {
  const out: string[] = [];
  for (const p of v.split(',')) {
    const x = portRange(p, r);
    if (typeof x !== 'string') return x;
    out.push(x);
  }
  return out.join(',');
}

export const TCP_FLAGS: [string, number][] = [['FIN', 1], ['SYN', 2], ['RST', 4], ['PSH', 8], ['ACK', 16], ['URG', 32]];

function flagBits(v: string): number | null {
  let n = 0;
  for (const f of v.toUpperCase().split(',')) {
    if (f === 'ALL') n |= 63;
    else if (f === 'NONE') continue;
    else {
      const x = TCP_FLAGS.find(([k]) => k === f);
      if (!x) return null;
      n |= x[1];
    }
  }
  return n;
}

export function flagNames(n: number): string {
  return n === 0 ? 'NONE' : TCP_FLAGS.filter(([, b]) => n & b).map(([k]) => k).join(',');
}

/** `--tcp-flags MASK COMP` arrives as "MASK COMP" (the parser takes two words); kept as "mask/comp" numbers */
function tcpFlags(v: string): string | { error: string } {
  const [m, c] = v.split(' ');
  const mask = flagBits(m ?? '');
  const comp = flagBits(c ?? '');
  if (mask === null) return { error: `Unknown TCP flag \`${m}'` };
  if (comp === null) return { error: `Unknown TCP flag \`${c}'` };
  return `${mask}/${comp}`;
}

function stateList(kind: string, allowed: string[]) {
  return (v: string): string | { error: string } => {
    const set = v.split(',').map((s) => s.toUpperCase());
    const bad = set.find((s) => !allowed.includes(s));
    if (bad !== undefined) return { error: `Bad ${kind} "${bad}"` };
    return allowed.filter((s) => set.includes(s)).join(',');
  };
}

function icmpType(v: string): string | { error: string } {
  const named = ICMP_TYPES.find(([n]) => n === v);
  if (named) {
    const [, t, lo, hi] = named;
    if (t === 255) return 'any';
    return lo === 0 && hi === 255 ? String(t) : `${t}/${lo}`;
  }
  const m = /^(\d+)(?:\/(\d+))?$/.exec(v);
  if (!m || +m[1] > 255 || (m[2] !== undefined && +m[2] > 255)) return { error: `Unknown ICMP type \`${v}'` };
  return m[2] === undefined ? m[1] : `${m[1]}/${m[2]}`;
}

export const MATCHES: Record<string, OptDef[]> = {
  tcp: [
    { names: ['source-port', 'sport'], arg: true, norm: portRange },
    { names: ['destination-port', 'dport'], arg: true, norm: portRange },
    { names: ['syn'], arg: false },
    { names: ['tcp-flags'], arg: true, norm: tcpFlags },
  ],
  udp: [
    { names: ['source-port', 'sport'], arg: true, norm: portRange },
    { names: ['destination-port', 'dport'], arg: true, norm: portRange },
  ],
  icmp: [{ names: ['icmp-type'], arg: true, norm: icmpType }],
  multiport: [
    { names: ['source-ports', 'sports'], arg: true, norm: portList },
    { names: ['destination-ports', 'dports'], arg: true, norm: portList },
    { names: ['ports'], arg: true, norm: portList },
  ],
  state: [{ names: ['state'], arg: true, norm: stateList('state', CT_STATES.slice(0, 5)) }],
  conntrack: [{ names: ['ctstate'], arg: true, norm: stateList('ctstate', CT_STATES) }],
  comment: [{ names: ['comment'], arg: true }],
  addrtype: [
    { names: ['src-type'], arg: true, norm: stateList('type', ADDR_TYPES) },
    { names: ['dst-type'], arg: true, norm: stateList('type', ADDR_TYPES) },
    { names: ['limit-iface-in'], arg: false },
    { names: ['limit-iface-out'], arg: false },
  ],
};

function rejectWith(v: string): string | { error: string } {
  const t = REJECT_TYPES.find(([a, b]) => a === v || b === v);
  return t ? t[0] : { error: `unknown reject type "${v}"` };
}

function logLevel(v: string): string | { error: string } {
  if (/^[0-7]$/.test(v)) return v;
  const names: Record<string, number> = { emerg: 0, panic: 0, alert: 1, crit: 2, err: 3, error: 3, warn: 4, warning: 4, notice: 5, info: 6, debug: 7 };
  return v in names ? String(names[v]) : { error: `log level "${v}" unknown\n` };
}

export const TARGETS: Record<string, OptDef[]> = {
  DNAT: [{ names: ['to-destination'], arg: true }, { names: ['random'], arg: false }, { names: ['persistent'], arg: false }],
  SNAT: [{ names: ['to-source'], arg: true }, { names: ['random'], arg: false }, { names: ['persistent'], arg: false }],
  MASQUERADE: [{ names: ['to-ports'], arg: true }, { names: ['random'], arg: false }],
  REDIRECT: [{ names: ['to-ports'], arg: true }, { names: ['random'], arg: false }],
  REJECT: [{ names: ['reject-with'], arg: true, norm: rejectWith }],
  LOG: [
    { names: ['log-level'], arg: true, norm: logLevel },
    { names: ['log-prefix'], arg: true },
    { names: ['log-tcp-sequence'], arg: false },
    { names: ['log-tcp-options'], arg: false },
    { names: ['log-ip-options'], arg: false },
    { names: ['log-uid'], arg: false },
  ],
};

export const BUILTIN_TARGETS = ['ACCEPT', 'DROP', 'RETURN', 'QUEUE'];
/** targets only the nat table accepts (the kernel answers EINVAL elsewhere) */
export const NAT_TARGETS = ['DNAT', 'SNAT', 'MASQUERADE', 'REDIRECT'];

/** find an option among loaded extensions: exact name first, then a unique prefix (getopt_long) */
export function findOpt(defs: OptDef[], name: string): OptDef | undefined {
  const exact = defs.find((d) => d.names.includes(name));
  if (exact) return exact;
  const pref = defs.filter((d) => d.names.some((n) => n.startsWith(name)));
  return pref.length === 1 ? pref[0] : undefined;
}

export function canonName(d: OptDef): string {
  return d.names[d.names.length - 1];
}

export function optValue(o: OptDef, v: string, r: Rule): string | { error: string } {
  return o.norm ? o.norm(v, r) : v;
}

/** `a.b.c.d[/len|/mask]` -> network and prefix; null when iptables cannot resolve it */
export function parseAddr(v: string): { ip: string; prefix: number } | { error: string } {
  const [ip, m] = v.split('/', 2);
  let prefix = 32;
  if (m !== undefined) {
    if (/^\d+$/.test(m)) {
      if (+m > 32) return { error: `invalid mask \`${m}' specified` };
      prefix = +m;
    } else {
      const p = maskToPrefix(m);
      if (p === null) return { error: `host/network \`${v}' not found` };
      prefix = p;
    }
  }
  if (!isIp4(ip)) return { error: `host/network \`${ip}' not found` };
  return { ip: network4(ip, prefix), prefix };
}

export function parseProto(v: string): number | null {
  const n = protoNumber(v);
  return n === undefined ? null : n;
}

/** words of a stored rule; "double quoted" words may hold spaces */
export function splitRuleText(text: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]);
  return out;
}

/** xtables_save_string: quote when the text is not a plain word */
function saveString(s: string): string {
  return /^[A-Za-z0-9_.:\/+,=@%-]+$/.test(s) ? s : `"${s.replace(/(["\\])/g, '\\$1')}"`;
}

function saveOpts(opts: Opt[]): string {
  return opts
    .map((o) => {
      if (o.key === 'syn' || o.key === 'tcp-flags') {
        const [m, c] = o.key === 'syn' ? [23, 2] : (o.value ?? '0/0').split('/').map(Number);
        return `${o.neg ? ' !' : ''} --tcp-flags ${flagNames(m)} ${flagNames(c)}`;
      }
      return `${o.neg ? ' !' : ''} --${o.key}${o.value !== undefined ? ' ' + saveString(o.value) : ''}`;
    })
    .join('');
}

/** canonical `-S` text of a rule (without `-A CHAIN`) */
export function ruleToText(r: Rule): string {
  const parts: string[] = [];
  const neg = (b: boolean) => (b ? '! ' : '');
  if (r.src) parts.push(`${neg(r.src.neg)}-s ${r.src.ip}/${r.src.prefix}`);
  if (r.dst) parts.push(`${neg(r.dst.neg)}-d ${r.dst.ip}/${r.dst.prefix}`);
  if (r.inIf) parts.push(`${neg(r.inIf.neg)}-i ${r.inIf.name}`);
  if (r.outIf) parts.push(`${neg(r.outIf.neg)}-o ${r.outIf.name}`);
  if (r.proto) parts.push(`${neg(r.proto.neg)}-p ${protoName(r.proto.num) ?? r.proto.num}`);
  if (r.frag) parts.push(`${neg(r.frag.neg)}-f`);
  let s = parts.join(' ');
  for (const m of r.matches) {
    s += `${s ? ' ' : ''}-m ${m.name}${saveOpts(sortOpts(m))}`;
  }
  if (r.target !== undefined) {
    s += `${s ? ' ' : ''}${r.goto ? '-g' : '-j'} ${r.target}${saveOpts(targetSaveOpts(r))}`;
  }
  return s;
}

/** the order an extension's save() writes its options in */
function sortOpts(m: Match): Opt[] {
  const order: Record<string, string[]> = {
    tcp: ['sport', 'dport', 'syn', 'tcp-flags'],
    udp: ['sport', 'dport'],
    addrtype: ['src-type', 'dst-type', 'limit-iface-in', 'limit-iface-out'],
  };
  const o = order[m.name];
  if (!o) return m.opts;
  return [...m.opts].sort((a, b) => o.indexOf(a.key) - o.indexOf(b.key));
}

function targetSaveOpts(r: Rule): Opt[] {
  const get = (k: string) => r.targetOpts.find((o) => o.key === k);
  if (r.target === 'REJECT') return [{ neg: false, key: 'reject-with', value: get('reject-with')?.value ?? 'icmp-port-unreachable' }];
  if (r.target === 'LOG') {
    const out: Opt[] = [];
    const p = get('log-prefix');
    if (p) out.push(p);
    const l = get('log-level');
    if (l && l.value !== '4') out.push(l);
    for (const k of ['log-tcp-sequence', 'log-tcp-options', 'log-ip-options', 'log-uid']) if (get(k)) out.push(get(k)!);
    return out;
  }
  if (r.target === 'DNAT' || r.target === 'SNAT') {
    const key = r.target === 'DNAT' ? 'to-destination' : 'to-source';
    return [get(key), get('random'), get('persistent')].filter((o): o is Opt => !!o);
  }
  return r.targetOpts;
}

export function emptyRule(): Rule {
  return { matches: [], targetOpts: [] };
}

export { protoName };
