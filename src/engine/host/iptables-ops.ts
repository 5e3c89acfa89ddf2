/** Pure edits of the iptables model, in the vocabulary of the iptables command. */
import type { IptChain, IptTableName, Iptables } from '../model/iptables.ts';

export function chain(ipt: Iptables, table: IptTableName, name: string): IptChain | undefined {
  return ipt[table].chains.find((c) => c.name === name);
}

/** -N (no error when it exists: Docker ensures its chains) */
export function ensureChain(ipt: Iptables, table: IptTableName, name: string): IptChain {
  let c = chain(ipt, table, name);
  if (!c) {
    c = { name, rules: [] };
    ipt[table].chains.push(c);
  }
  return c;
}

export function hasRule(ipt: Iptables, table: IptTableName, name: string, rule: string): boolean {
  return chain(ipt, table, name)?.rules.includes(rule) ?? false;
}

/** -A, skipped when the same rule is already there (Docker checks with -C first) */
export function appendRule(ipt: Iptables, table: IptTableName, name: string, rule: string): void {
  const c = ensureChain(ipt, table, name);
  if (!c.rules.includes(rule)) c.rules.push(rule);
}

/** -I at position 1, skipped when present */
export function insertRule(ipt: Iptables, table: IptTableName, name: string, rule: string): void {
  const c = ensureChain(ipt, table, name);
  if (!c.rules.includes(rule)) c.rules.unshift(rule);
}

/** -D */
export function deleteRule(ipt: Iptables, table: IptTableName, name: string, rule: string): void {
  const c = chain(ipt, table, name);
  if (c) c.rules = c.rules.filter((r) => r !== rule);
}

export function setPolicy(ipt: Iptables, table: IptTableName, name: string, policy: 'ACCEPT' | 'DROP'): void {
  const c = chain(ipt, table, name);
  if (c) c.policy = policy;
}
