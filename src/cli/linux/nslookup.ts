/**
 * busybox nslookup: option parsing and output. The engine answers the queries (Docker's embedded DNS,
 * the host's resolver); this prints what busybox 1.35 prints for those answers.
 */
import { busyboxUsage } from './busybox-usage.ts';

export type DnsType = 'A' | 'AAAA' | 'CNAME' | 'PTR' | 'MX' | 'NS' | 'SOA' | 'TXT' | 'SRV' | 'ANY';

export interface NslookupOptions {
  host: string;
  /** DNS_SERVER argument, if given */
  server?: string;
  /** the queries busybox sends, in order: A then AAAA unless -type= is given; PTR for an address */
  types: DnsType[];
}

export type ParsedNslookup = { ok: true; opts: NslookupOptions } | { ok: false; stderr: string; exit: number };

export interface DnsAnswer {
  /** owner name as the server returns it (no trailing dot) */
  name: string;
  type: DnsType;
  /** address, or target name for CNAME/PTR/NS, text for TXT */
  value: string;
}

export interface DnsQueryResult {
  type: DnsType;
  /** the question's name when it is not the host argument (PTR of an address asks for its arpa name) */
  name?: string;
  rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED' | 'FORMERR' | 'NOTIMP';
  answers: DnsAnswer[];
  /** the AA flag; Docker's embedded DNS does not set it */
  authoritative?: boolean;
}

export interface NslookupResult {
  /** the server that was asked (127.0.0.11 in user networks) */
  server: string;
  port?: number;
  /** one entry per query in the order of opts.types, or 'timeout' when no server answered */
  queries: DnsQueryResult[] | 'timeout';
}

const TYPES: DnsType[] = ['SOA', 'NS', 'A', 'AAAA', 'CNAME', 'MX', 'TXT', 'PTR', 'SRV', 'ANY'];

export function parseBusyboxNslookup(argv: string[]): ParsedNslookup {
  const usage = { ok: false as const, stderr: busyboxUsage('nslookup'), exit: 1 };
  let types: DnsType[] | undefined;
  const words: string[] = [];
  for (const w of argv.slice(1)) {
    const m = /^-(?:type|query|q|t)=(.*)$/i.exec(w);
    if (m) {
      const t = TYPES.find((x) => x === m[1].toUpperCase());
      if (!t) return { ok: false, stderr: `nslookup: invalid query type "${m[1]}"\n`, exit: 1 };
      types = [t];
    } else if (w === '-debug' || w === '-nodebug') continue;
    else if (w.startsWith('-')) return usage;
    else words.push(w);
  }
  if (words.length < 1 || words.length > 2) return usage;
  const host = words[0];
  const isAddr = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
  return { ok: true, opts: { host, server: words[1], types: types ?? (isAddr ? ['PTR'] : ['A', 'AAAA']) } };
}

function answerLine(a: DnsAnswer): string {
  switch (a.type) {
    case 'A':
    case 'AAAA':
      return `Name:\t${a.name}\nAddress: ${a.value}\n`;
    case 'CNAME':
      return `${a.name}\tcanonical name = ${a.value}\n`;
    case 'PTR':
      return `${a.name}\tname = ${a.value}\n`;
    case 'NS':
      return `${a.name}\tnameserver = ${a.value}\n`;
    case 'MX':
      return `${a.name}\tmail exchanger = ${a.value}\n`;
    case 'TXT':
      return `${a.name}\ttext = "${a.value}"\n`;
    default:
      return `${a.name}\t${a.value}\n`;
  }
}

/** busybox nslookup's output; exit 1 when no query got an answer section (NXDOMAIN, timeout, ...) */
export function formatNslookup(o: NslookupOptions, r: NslookupResult): { stdout: string; stderr: string; exit: number } {
  if (r.queries === 'timeout') return { stdout: ';; connection timed out; no servers could be reached\n\n', stderr: '', exit: 1 };
  let s = `Server:\t\t${r.server}\nAddress:\t${r.server}:${r.port ?? 53}\n\n`;
  for (const q of r.queries) {
    if (q.rcode !== 'NOERROR') {
      s += `** server can't find ${q.name ?? o.host}: ${q.rcode}\n\n`;
      continue;
    }
    if (!q.authoritative) s += 'Non-authoritative answer:\n';
    s += q.answers.map(answerLine).join('') + '\n';
  }
  const ok = r.queries.some((q) => q.rcode === 'NOERROR');
  return { stdout: s, stderr: '', exit: ok ? 0 : 1 };
}
