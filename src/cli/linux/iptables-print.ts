/** `iptables -L` rendering (iptables 1.8.9 legacy print_header / print_firewall and the extensions' print). */
import type { Match, Rule } from './iptables-rule.ts';
import { LOG_LEVELS, flagNames, protoName } from './iptables-rule.ts';
import { ICMP_TYPES, serviceName } from './services.ts';
import { padEnd, padStart } from './util.ts';

export interface ListFmt {
  numeric: boolean;
  verbose: boolean;
  exact: boolean;
  lineNumbers: boolean;
  /** IPv4 -> name (/etc/hosts and DNS) for listings without -n */
  hosts: Record<string, string>;
}

const NETWORKS: Record<string, string> = { '0.0.0.0': 'default', '127.0.0.0': 'loopback', '169.254.0.0': 'link-local' };

/** xtables_print_num */
export function num(n: number, f: ListFmt, notable = false): string {
  if (!f.verbose || f.exact) return notable ? `${n} ` : padStart(String(n), 8) + ' ';
  if (n <= 99999) return notable ? `${n} ` : padStart(String(n), 5) + ' ';
  let v = n;
  for (const unit of ['K', 'M', 'G', 'T']) {
    v = Math.floor((v + 500) / 1000);
    if (v <= 9999 || unit === 'T') return notable ? `${v}${unit} ` : padStart(String(v), 4) + unit + ' ';
  }
  return '';
}

export function chainHeader(name: string, policy: string | undefined, refs: number, counts: { pkts: number; bytes: number }, f: ListFmt): string {
  let s = `Chain ${name}`;
  if (policy) {
    s += ` (policy ${policy}`;
    if (f.verbose) s += ` ${num(counts.pkts, f, true)}packets, ${num(counts.bytes, f, true)}bytes`;
    s += ')\n';
  } else s += ` (${refs} references)\n`;
  if (f.lineNumbers) s += 'num  ';
  if (f.verbose) s += f.exact ? `${padStart('pkts', 8)} ${padStart('bytes', 10)} ` : ' pkts bytes ';
  s += 'target    ' + ' prot ' + 'opt';
  if (f.verbose) s += ' in     out    ';
  s += ' source              ' + ' destination         ' + '\n';
  return s;
}

function addrText(a: Rule['src'], f: ListFmt): string {
  if (!a || a.prefix === 0) return f.numeric ? '0.0.0.0/0' : 'anywhere';
  if (a.prefix === 32) return f.numeric ? a.ip : (f.hosts[a.ip] ?? a.ip);
  return `${f.numeric ? a.ip : (NETWORKS[a.ip] ?? a.ip)}/${a.prefix}`;
}

function port(p: string, proto: 'tcp' | 'udp', f: ListFmt): string {
  return f.numeric ? p : (serviceName(+p, proto) ?? p);
}

function ports(name: string, v: string | undefined, neg: boolean, proto: 'tcp' | 'udp', f: ListFmt): string {
  if (v === undefined) return '';
  const [a, b] = v.split(':');
  const inv = neg ? '!' : '';
  return b === undefined ? ` ${name}:${inv}${port(a, proto, f)}` : ` ${name}s:${inv}${port(a, proto, f)}:${port(b, proto, f)}`;
}

function icmpText(v: string, neg: boolean, f: ListFmt): string {
  const [t, c] = v.split('/');
  const [lo, hi] = c === undefined ? [0, 255] : [+c, +c];
  if (!f.numeric) {
    const named = ICMP_TYPES.find(([, ty, a, b]) => ty === +t && a === lo && b === hi);
    if (named) return ` ${neg ? '!' : ''}${named[0]}`;
  }
  let s = `${neg ? ' !' : ''}type ${t}`;
  if (lo === hi) s += ` code ${lo}`;
  return s;
}

function matchText(m: Match, r: Rule, f: ListFmt): string {
  const o = (k: string) => m.opts.find((x) => x.key === k);
  const proto = r.proto?.num === 17 ? 'udp' : 'tcp';
  switch (m.name) {
    case 'tcp':
    case 'udp': {
      const sp = o('sport');
      const dp = o('dport');
      let s = ` ${m.name}${ports('spt', sp?.value, !!sp?.neg, m.name, f)}${ports('dpt', dp?.value, !!dp?.neg, m.name, f)}`;
      const fl = o('syn') ? { neg: o('syn')!.neg, value: '23/2' } : o('tcp-flags');
      if (fl) {
        const [mask, comp] = (fl.value ?? '0/0').split('/').map(Number);
        const hex = (n: number) => '0x' + n.toString(16).padStart(2, '0');
        s += ` flags:${fl.neg ? '!' : ''}${f.numeric ? `${hex(mask)}/${hex(comp)}` : `${flagNames(mask)}/${flagNames(comp)}`}`;
      }
      return s;
    }
    case 'multiport': {
      const opt = m.opts[0];
      if (!opt) return ' multiport ';
      const dir = opt.key === 'sports' ? 'sports ' : opt.key === 'dports' ? 'dports ' : 'ports ';
      const list = (opt.value ?? '')
        .split(',')
        .map((p) => p.split(':').map((x) => port(x, proto, f)).join(':'))
        .join(',');
      return ` multiport ${dir}${opt.neg ? ' !' : ''}${list}`;
    }
    case 'state': {
      const st = o('state');
      return `${st?.neg ? ' !' : ''} state ${st?.value ?? ''}`;
    }
    case 'conntrack': {
      const st = o('ctstate');
      return st ? `${st.neg ? ' !' : ''} ctstate ${st.value}` : '';
    }
    case 'icmp': {
      const t = o('icmp-type');
      return t ? ` icmp${icmpText(t.value ?? '', t.neg, f)}` : '';
    }
    case 'comment':
      return ` /* ${o('comment')?.value ?? ''} */`;
    case 'addrtype': {
      let s = ' ADDRTYPE match';
      const src = o('src-type');
      const dst = o('dst-type');
      if (src) s += ` src-type ${src.neg ? '!' : ''}${src.value}`;
      if (dst) s += ` dst-type ${dst.neg ? '!' : ''}${dst.value}`;
      if (o('limit-iface-in')) s += ' limit-in';
      if (o('limit-iface-out')) s += ' limit-out';
      return s;
    }
  }
  return '';
}

function targetText(r: Rule, f: ListFmt): string {
  const o = (k: string) => r.targetOpts.find((x) => x.key === k);
  const flags = (s: string) => s + (o('random') ? ' random' : '') + (o('persistent') ? ' persistent' : '');
  switch (r.target) {
    case 'DNAT':
      return flags(o('to-destination') ? ` to:${o('to-destination')!.value}` : '');
    case 'SNAT':
      return flags(o('to-source') ? ` to:${o('to-source')!.value}` : '');
    case 'MASQUERADE':
      return (o('to-ports') ? ` masq ports: ${o('to-ports')!.value}` : '') + (o('random') ? ' random' : '');
    case 'REDIRECT':
      return (o('to-ports') ? ` redir ports ${o('to-ports')!.value}` : '') + (o('random') ? ' random' : '');
    case 'REJECT':
      return ` reject-with ${o('reject-with')?.value ?? 'icmp-port-unreachable'}`;
    case 'LOG': {
      const level = Number(o('log-level')?.value ?? 4);
      const fl = ['log-tcp-sequence', 'log-tcp-options', 'log-ip-options', 'log-uid'];
      let s = ' LOG ';
      if (f.numeric) s += `flags ${fl.reduce((acc, k, i) => acc | (o(k) ? 1 << i : 0), 0)} level ${level}`;
      else {
        s += `level ${LOG_LEVELS[level]}`;
        const names = ['tcp-sequence', 'tcp-options', 'ip-options', 'uid'];
        fl.forEach((k, i) => {
          if (o(k)) s += ` ${names[i]}`;
        });
      }
      const p = o('log-prefix');
      if (p) s += ` prefix "${p.value}"`;
      return s;
    }
  }
  return '';
}

/** one rule line of `iptables -L` */
export function ruleLine(r: Rule, n: number, counts: { pkts: number; bytes: number }, f: ListFmt): string {
  let s = '';
  if (f.lineNumbers) s += padEnd(String(n), 4) + ' ';
  if (f.verbose) s += num(counts.pkts, f) + num(counts.bytes, f);
  s += padEnd(r.target ?? '', 9) + ' ';
  s += r.proto?.neg ? '!' : ' ';
  const p = r.proto?.num ?? 0;
  s += padEnd(f.numeric ? String(p) : (protoName(p) ?? String(p)), 5);
  s += (r.frag ? (r.frag.neg ? '!f' : '-f') : '--') + ' ';
  if (f.verbose) {
    const iface = (x: Rule['inIf']) => (x ? (x.neg ? '!' : '') + x.name : f.numeric ? '*' : 'any');
    s += ' ' + padEnd(iface(r.inIf), 6) + ' ' + padEnd(iface(r.outIf), 6) + ' ';
  }
  s += (r.src?.neg ? '!' : ' ') + padEnd(addrText(r.src, f), 19) + ' ';
  s += (r.dst?.neg ? '!' : ' ') + padEnd(addrText(r.dst, f), 19) + ' ';
  if (r.goto) s += '[goto] ';
  for (const m of r.matches) s += matchText(m, r, f);
  s += targetText(r, f);
  return s + '\n';
}
