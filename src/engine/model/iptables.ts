/**
 * iptables state of one namespace. A rule is kept as the text `iptables -S` prints after `-A CHAIN `
 * (e.g. `-d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT`): that text is
 * what Docker programs and what learners read, and `iptables -L` views are derived from it.
 */

export type IptTableName = 'filter' | 'nat' | 'mangle' | 'raw';

export interface IptChain {
  name: string;
  /** built-in chains (INPUT, FORWARD, ...) have a policy; user chains have none */
  policy?: 'ACCEPT' | 'DROP';
  rules: string[];
}

export interface IptTable {
  /** built-in chains first in kernel order, then user chains in creation order */
  chains: IptChain[];
}

export type Iptables = Record<IptTableName, IptTable>;

export const BUILTIN_CHAINS: Record<IptTableName, string[]> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  raw: ['PREROUTING', 'OUTPUT'],
};

export function emptyIptables(): Iptables {
  const table = (name: IptTableName): IptTable => ({
    chains: BUILTIN_CHAINS[name].map((c) => ({ name: c, policy: 'ACCEPT' as const, rules: [] })),
  });
  return { filter: table('filter'), nat: table('nat'), mangle: table('mangle'), raw: table('raw') };
}
