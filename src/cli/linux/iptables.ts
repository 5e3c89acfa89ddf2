/**
 * `iptables` (1.8.9, legacy backend) on the host: -S/-L listings of the model's rules, and the
 * -A/-I/-R/-D/-C/-N/-X/-E/-F/-Z/-P changes, validated here and applied by the engine through mutate.iptables.
 */
import type { IptChain, IptTable, IptTableName } from '../../engine/model/iptables.ts';
import { BUILTIN_CHAINS } from '../../engine/model/iptables.ts';
import type { IptOp, NetToolsEnv, Out } from './env.ts';
import { IPTABLES_HELP } from './iptables-help.ts';
import { IptError, parseArgs, parseRuleText } from './iptables-parse.ts';
import type { Parsed } from './iptables-parse.ts';
import { chainHeader, ruleLine } from './iptables-print.ts';
import type { ListFmt } from './iptables-print.ts';
import { BUILTIN_TARGETS, NAT_TARGETS, TARGETS, ruleToText, splitRuleText } from './iptables-rule.ts';
import { byteCompare } from './util.ts';

const PREFIX = 'iptables v1.8.9 (legacy): ';
const TRY = "Try `iptables -h' or 'iptables --help' for more information.\n";
const TABLES: IptTableName[] = ['filter', 'nat', 'mangle', 'raw'];

class Fail extends Error {
  constructor(
    message: string,
    public code = 1,
  ) {
    super(message);
  }
}

const kernelErr = (text: string) => new Fail(`iptables: ${text}.\n`, 1);
const NO_CHAIN = () => kernelErr('No chain/target/match by that name');

/** built-in chains in kernel order, then user chains sorted by name (libiptc keeps them sorted) */
function orderedChains(t: IptTable, table: IptTableName): IptChain[] {
  const builtins = BUILTIN_CHAINS[table];
  const b = builtins.map((n) => t.chains.find((c) => c.name === n)).filter((c): c is IptChain => !!c);
  const u = t.chains.filter((c) => !builtins.includes(c.name)).sort((x, y) => byteCompare(x.name, y.name));
  return [...b, ...u];
}

function refs(t: IptTable, name: string): number {
  let n = 0;
  for (const c of t.chains) for (const r of c.rules) if (parseRuleText(splitRuleText(r)).target === name) n++;
  return n;
}

function canonical(text: string): string {
  return ruleToText(parseRuleText(splitRuleText(text)));
}

function listRules(p: Parsed, t: IptTable, table: IptTableName): string {
  const chains = orderedChains(t, table);
  const line = (c: IptChain, r: string) => `-A ${c.name}${r ? ' ' + r : ''}\n`;
  if (p.chain !== undefined) {
    const c = chains.find((x) => x.name === p.chain);
    if (!c) throw NO_CHAIN();
    if (p.rulenum !== undefined) return c.rules[p.rulenum - 1] !== undefined ? line(c, c.rules[p.rulenum - 1]) : '';
    return (c.policy ? `-P ${c.name} ${c.policy}\n` : `-N ${c.name}\n`) + c.rules.map((r) => line(c, r)).join('');
  }
  let s = chains.filter((c) => c.policy).map((c) => `-P ${c.name} ${c.policy}\n`).join('');
  s += chains.filter((c) => !c.policy).map((c) => `-N ${c.name}\n`).join('');
  for (const c of chains) s += c.rules.map((r) => line(c, r)).join('');
  return s;
}

function list(p: Parsed, t: IptTable, table: IptTableName, env: NetToolsEnv): string {
  const f: ListFmt = { numeric: p.numeric, verbose: p.verbose, exact: p.exact, lineNumbers: p.lineNumbers, hosts: { '127.0.0.1': 'localhost', ...env.hosts } };
  const counts = (c: string, i: number) => env.iptablesCounters?.(table, c, i) ?? { pkts: 0, bytes: 0 };
  const chainText = (c: IptChain) =>
    chainHeader(c.name, c.policy, refs(t, c.name), counts(c.name, -1), f) +
    c.rules.map((r, i) => ruleLine(parseRuleText(splitRuleText(r)), i + 1, counts(c.name, i), f)).join('');
  const chains = orderedChains(t, table);
  if (p.chain !== undefined) {
    const c = chains.find((x) => x.name === p.chain);
    if (!c) throw NO_CHAIN();
    if (p.rulenum !== undefined) {
      const r = c.rules[p.rulenum - 1];
      return r === undefined ? '' : ruleLine(parseRuleText(splitRuleText(r)), p.rulenum, counts(c.name, p.rulenum - 1), f);
    }
    return chainText(c);
  }
  return chains.map(chainText).join('\n');
}

function apply(env: NetToolsEnv, table: IptTableName, op: IptOp): void {
  const fn = env.mutate?.iptables;
  const e = fn ? fn.call(env.mutate, table, op) : null;
  if (!fn) throw new Fail(`${PREFIX}can't initialize iptables table \`${table}': Permission denied (you must be root)\nPerhaps iptables or your kernel needs to be upgraded.\n`, 3);
  if (e) throw kernelErr(e.replace(/\.$/, ''));
}

function findRule(c: IptChain, text: string): number {
  return c.rules.findIndex((r) => canonical(r) === text);
}

/** iptables' commands_v_options: which options each command refuses ('x'), in option order n s d p j v x i o 0 c f */
const OPTION_ORDER = 'nsdpjvxio0cf';
const ILLEGAL: Record<string, string> = {
  I: 'x     x  x  ', D: 'x     x  xx ', Dnum: 'xxxxx xxxxxx', R: 'x     x  x  ', A: 'x     x  x  ', L: ' xxxx  xx xx',
  F: 'xxxxx xxxxxx', Z: 'xxxxx xxxxxx', N: 'xxxxx xxxxxx', X: 'xxxxx xxxxxx', P: 'xxxxx xxxx x', E: 'xxxxx xxxxxx',
  S: 'xxxxx xxxxxx', C: 'x     x  xx ',
};

function illegalOption(p: Parsed): string | undefined {
  const key = p.cmd === 'D' && p.rulenum !== undefined ? 'Dnum' : p.cmd!;
  const row = ILLEGAL[key];
  if (!row) return undefined;
  for (let i = 0; i < OPTION_ORDER.length; i++) if (row[i] === 'x' && p.used.has(OPTION_ORDER[i])) return OPTION_ORDER[i];
  return undefined;
}

function run(p: Parsed, env: NetToolsEnv, out: Out): number {
  const cmd = p.cmd;
  if (!cmd) throw new IptError('no command specified');
  if (cmd === 'V') {
    out.write(1, 'iptables v1.8.9 (legacy)\n');
    return 0;
  }
  if (cmd === 'h') {
    out.write(1, IPTABLES_HELP);
    return 0;
  }
  const illegal = illegalOption(p);
  if (illegal) throw new IptError(`Illegal option \`-${illegal}' with this command`);
  const table = p.table as IptTableName;
  if (!TABLES.includes(table) || !env.iptables) {
    const why = !TABLES.includes(table) ? 'Table does not exist (do you need to insmod?)' : 'Permission denied (you must be root)';
    throw new Fail(`${PREFIX}can't initialize iptables table \`${p.table}': ${why}\nPerhaps iptables or your kernel needs to be upgraded.\n`, 3);
  }
  const t = env.iptables[table];
  const chain = p.chain !== undefined ? t.chains.find((c) => c.name === p.chain) : undefined;
  const isBuiltin = (n: string) => BUILTIN_CHAINS[table].includes(n);
  switch (cmd) {
    case 'S':
      out.write(1, listRules(p, t, table));
      return 0;
    case 'L':
      out.write(1, list(p, t, table, env));
      if (p.zero) apply(env, table, { op: 'zero', chain: p.chain });
      return 0;
    case 'F':
    case 'Z':
      if (p.chain !== undefined && !chain) throw NO_CHAIN();
      apply(env, table, { op: cmd === 'F' ? 'flush' : 'zero', chain: p.chain });
      return 0;
    case 'N':
      if (chain) throw kernelErr('Chain already exists');
      apply(env, table, { op: 'newChain', chain: p.chain! });
      return 0;
    case 'X': {
      const targets = chain ? [chain] : p.chain !== undefined ? [] : t.chains.filter((c) => !isBuiltin(c.name));
      if (p.chain !== undefined && !chain) throw NO_CHAIN();
      if (chain && isBuiltin(chain.name)) throw kernelErr("Invalid argument. Run `dmesg' for more information");
      for (const c of targets.sort((x, y) => byteCompare(x.name, y.name))) {
        const external = t.chains.filter((x) => !targets.includes(x)).some((x) => x.rules.some((r) => parseRuleText(splitRuleText(r)).target === c.name));
        if (chain ? refs(t, c.name) > 0 : external) throw kernelErr('Too many links');
        if (chain && c.rules.length > 0) throw kernelErr('Directory not empty');
      }
      apply(env, table, { op: 'deleteChain', chain: p.chain });
      return 0;
    }
    case 'E':
      if (!chain) throw NO_CHAIN();
      if (t.chains.some((c) => c.name === p.newName)) throw kernelErr('File exists');
      apply(env, table, { op: 'renameChain', chain: chain.name, newName: p.newName! });
      return 0;
    case 'P':
      if (!chain || !isBuiltin(chain.name)) throw kernelErr('Bad built-in chain name');
      if (p.policy !== 'ACCEPT' && p.policy !== 'DROP') throw kernelErr("Bad policy name. Run `dmesg' for more information");
      apply(env, table, { op: 'policy', chain: chain.name, policy: p.policy });
      return 0;
  }
  // rule commands: A C D I R
  const r = p.rule;
  if (r.target !== undefined && !BUILTIN_TARGETS.includes(r.target) && !TARGETS[r.target] && !t.chains.some((c) => c.name === r.target)) {
    throw new Fail(`${PREFIX}Couldn't load target \`${r.target}':No such file or directory\n\n${TRY}`, 2);
  }
  if (!chain) throw NO_CHAIN();
  const text = ruleToText(r);
  const badTarget = r.target !== undefined && ((NAT_TARGETS.includes(r.target) && table !== 'nat') || (r.target === 'REJECT' && table === 'nat'));
  if (cmd === 'C' || (cmd === 'D' && p.rulenum === undefined)) {
    const idx = findRule(chain, text);
    if (idx < 0) throw kernelErr('Bad rule (does a matching rule exist in that chain?)');
    if (cmd === 'D') apply(env, table, { op: 'delete', chain: chain.name, index: idx });
    return 0;
  }
  if (cmd === 'D') {
    if (p.rulenum! > chain.rules.length) throw kernelErr('Index of deletion too big');
    apply(env, table, { op: 'delete', chain: chain.name, index: p.rulenum! - 1 });
    return 0;
  }
  if (badTarget) throw kernelErr("Invalid argument. Run `dmesg' for more information");
  if (cmd === 'A') apply(env, table, { op: 'append', chain: chain.name, rule: text });
  else if (cmd === 'I') {
    const pos = p.rulenum ?? 1;
    if (pos > chain.rules.length + 1) throw kernelErr('Index of insertion too big');
    apply(env, table, { op: 'insert', chain: chain.name, rule: text, pos });
  } else if (cmd === 'R') {
    if (p.rulenum! > chain.rules.length) throw kernelErr('Index of replacement too big');
    apply(env, table, { op: 'replace', chain: chain.name, rule: text, pos: p.rulenum! });
  }
  return 0;
}

export function iptablesCommand(argv: string[], env: NetToolsEnv, out: Out): number {
  try {
    return run(parseArgs(argv.slice(1)), env, out);
  } catch (e) {
    if (e instanceof IptError) {
      out.write(2, (e.bare ? e.message : PREFIX + e.message) + '\n' + TRY);
      return e.code;
    }
    if (e instanceof Fail) {
      out.write(2, e.message);
      return e.code;
    }
    throw e;
  }
}

/** apply one change to an Iptables model the way the kernel does (for engines and tests) */
export function applyIptOp(t: IptTable, table: IptTableName, op: IptOp): void {
  const find = (n: string) => t.chains.find((c) => c.name === n)!;
  switch (op.op) {
    case 'policy':
      find(op.chain).policy = op.policy;
      break;
    case 'append':
      find(op.chain).rules.push(op.rule);
      break;
    case 'insert':
      find(op.chain).rules.splice(op.pos - 1, 0, op.rule);
      break;
    case 'replace':
      find(op.chain).rules[op.pos - 1] = op.rule;
      break;
    case 'delete':
      find(op.chain).rules.splice(op.index, 1);
      break;
    case 'newChain':
      t.chains.push({ name: op.chain, rules: [] });
      break;
    case 'flush':
      for (const c of t.chains) if (op.chain === undefined || c.name === op.chain) c.rules = [];
      break;
    case 'deleteChain':
      t.chains = t.chains.filter((c) => BUILTIN_CHAINS[table].includes(c.name) || (op.chain !== undefined && c.name !== op.chain));
      break;
    case 'renameChain':
      for (const c of t.chains) {
        if (c.name === op.chain) c.name = op.newName;
        c.rules = c.rules.map((r) => {
          const w = splitRuleText(r);
          const j = w.findIndex((x, i) => (w[i - 1] === '-j' || w[i - 1] === '-g') && x === op.chain);
          if (j < 0) return r;
          w[j] = op.newName;
          return ruleToText(parseRuleText(w));
        });
      }
      break;
    case 'zero':
      break;
  }
}
