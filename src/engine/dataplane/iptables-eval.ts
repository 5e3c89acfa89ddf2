/**
 * Walks a packet through iptables chains as the kernel would, reading the rules in the text form
 * Docker programs them. Only the matches Docker and the lessons use are understood; a rule with an
 * unknown match never matches, which is the safe reading for a simulator.
 */
import type { IptTableName, Iptables } from '../model/iptables.ts';
import { contains, ipToInt, parseCidr4 } from '../ipam/ipv4.ts';

export interface PacketInfo {
  in?: string;
  out?: string;
  src: string;
  dst: string;
  proto: 'icmp' | 'tcp' | 'udp';
  dport?: number;
  /** conntrack state of the packet */
  state: 'NEW' | 'ESTABLISHED';
}

export interface Verdict {
  target: 'ACCEPT' | 'DROP' | 'REJECT' | 'DNAT' | 'MASQUERADE' | 'RETURN' | 'NONE';
  chain: string;
  rule?: string;
  /** for DNAT: the new destination ip:port */
  to?: string;
}

function tokenize(rule: string): string[] {
  return rule.match(/"[^"]*"|\S+/g) ?? [];
}

function addrMatch(spec: string, ip: string): boolean {
  const c = parseCidr4(spec.includes('/') ? spec : `${spec}/32`);
  return !!c && contains(c, ipToInt(ip));
}

function ifMatch(spec: string, name: string | undefined): boolean {
  if (name === undefined) return false;
  return spec.endsWith('+') ? name.startsWith(spec.slice(0, -1)) : name === spec;
}

/** does the rule's match part accept the packet? returns the target and its arguments */
function matchRule(rule: string, p: PacketInfo, isLocal: (ip: string) => boolean): { target: string; args: string[] } | null {
  const t = tokenize(rule);
  let neg = false;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (tok === '!') {
      neg = true;
      continue;
    }
    const val = t[i + 1];
    let ok: boolean | undefined;
    switch (tok) {
      case '-i': ok = ifMatch(val, p.in); i++; break;
      case '-o': ok = ifMatch(val, p.out); i++; break;
      case '-s': ok = addrMatch(val, p.src); i++; break;
      case '-d': ok = addrMatch(val, p.dst); i++; break;
      case '-p': ok = val === p.proto || val === 'all'; i++; break;
      case '--dport': ok = p.dport !== undefined && String(p.dport) === val; i++; break;
      case '-m': i++; continue;
      case '--ctstate': ok = val.split(',').includes(p.state) || (p.state === 'ESTABLISHED' && val.includes('RELATED')); i++; break;
      case '--dst-type': ok = val === 'LOCAL' ? isLocal(p.dst) : false; i++; break;
      case '--src-type': ok = val === 'LOCAL' ? isLocal(p.src) : false; i++; break;
      case '-j': return { target: val, args: t.slice(i + 2) };
      default:
        return null;
    }
    if (ok === neg) return null;
    neg = false;
  }
  return null;
}

/** evaluate chain `name` of `table`; returns the final verdict (policy for built-in chains) */
export function evaluate(
  ipt: Iptables,
  table: IptTableName,
  name: string,
  p: PacketInfo,
  isLocal: (ip: string) => boolean,
  depth = 0,
): Verdict {
  const chain = ipt[table].chains.find((c) => c.name === name);
  if (!chain || depth > 16) return { target: 'RETURN', chain: name };
  for (const rule of chain.rules) {
    const m = matchRule(rule, p, isLocal);
    if (!m) continue;
    const { target, args } = m;
    if (target === 'RETURN') break;
    if (['ACCEPT', 'DROP', 'REJECT', 'MASQUERADE'].includes(target)) return { target: target as Verdict['target'], chain: name, rule };
    if (target === 'DNAT') {
      const to = args[args.indexOf('--to-destination') + 1];
      return { target: 'DNAT', chain: name, rule, to };
    }
    const sub = evaluate(ipt, table, target, p, isLocal, depth + 1);
    if (sub.target !== 'RETURN' && sub.target !== 'NONE') return sub;
  }
  if (chain.policy) return { target: chain.policy, chain: name };
  return { target: 'RETURN', chain: name };
}
