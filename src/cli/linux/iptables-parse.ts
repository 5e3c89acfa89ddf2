/**
 * iptables 1.8.9 command-line parsing (getopt_long with the extensions' options merged in), shared by the
 * iptables command and by the reading of stored `-S` rule text.
 */
import type { Opt, Rule } from './iptables-rule.ts';
import { MATCHES, TARGETS, canonName, emptyRule, findOpt, optValue, parseAddr, parseProto } from './iptables-rule.ts';

export type IptCmd = 'A' | 'C' | 'D' | 'R' | 'I' | 'L' | 'S' | 'F' | 'Z' | 'N' | 'X' | 'E' | 'P' | 'V' | 'h';

export interface Parsed {
  cmd?: IptCmd;
  zero: boolean;
  table: string;
  chain?: string;
  rulenum?: number;
  newName?: string;
  policy?: string;
  numeric: boolean;
  verbose: boolean;
  exact: boolean;
  lineNumbers: boolean;
  rule: Rule;
  ruleGiven: boolean;
  /** options given, by iptables' option letters (n s d p j v x i o 0 c f), for "Illegal option" */
  used: Set<string>;
}

/** a parameter problem: printed as `iptables v1.8.9 (legacy): MSG` + the try-help line, exit 2 */
export class IptError extends Error {
  constructor(
    message: string,
    public code = 2,
    public bare = false,
  ) {
    super(message);
  }
}

const LONG: Record<string, string> = {
  append: 'A', check: 'C', delete: 'D', insert: 'I', replace: 'R', list: 'L', 'list-rules': 'S', flush: 'F',
  zero: 'Z', 'new-chain': 'N', 'delete-chain': 'X', 'rename-chain': 'E', policy: 'P', version: 'V', help: 'h',
  protocol: 'p', source: 's', src: 's', destination: 'd', dst: 'd', jump: 'j', goto: 'g', 'in-interface': 'i',
  'out-interface': 'o', fragment: 'f', verbose: 'v', numeric: 'n', exact: 'x', table: 't', match: 'm',
  'line-numbers': '0', wait: 'w', 'wait-interval': 'W', 'set-counters': 'c', modprobe: 'M', ipv4: '4', ipv6: '6',
};
const WITH_ARG = 'ACDRINEPtpsdjgiomcM';
const OPTIONAL_ARG = 'LSFZXhwW';
const COMMANDS = 'ACDRILSFZNXEPVh';

function ruleNumber(w: string): number {
  if (!/^\d+$/.test(w) || +w === 0) throw new IptError(`Invalid rule number \`${w}'`);
  return +w;
}

export function parseArgs(argv: string[]): Parsed {
  const p: Parsed = { zero: false, table: 'filter', numeric: false, verbose: false, exact: false, lineNumbers: false, rule: emptyRule(), ruleGiven: false, used: new Set() };
  const r = p.rule;
  let invert = false;
  let i = 0;
  const nonOpt = () => i < argv.length && !argv[i].startsWith('-') && argv[i] !== '!';

  const setCommand = (c: IptCmd) => {
    if (p.cmd === 'L' && c === 'Z') p.zero = true;
    else if (p.cmd === 'Z' && c === 'L') {
      p.cmd = 'L';
      p.zero = true;
    } else if (p.cmd) throw new IptError(`Cannot use -${c} with -${p.cmd}`);
    else p.cmd = c;
  };

  const extOption = (name: string, word: string, attached: string | undefined): void => {
    for (let pass = 0; pass < 2; pass++) {
      for (const m of r.matches) {
        const d = findOpt(MATCHES[m.name] ?? [], name);
        if (d) return addOpt(m.opts, d, m.name, attached);
      }
      if (r.target && TARGETS[r.target]) {
        const d = findOpt(TARGETS[r.target], name);
        if (d) return addOpt(r.targetOpts, d, r.target, attached);
      }
      // iptables loads the protocol's match implicitly (-p tcp --dport 22 = -p tcp -m tcp --dport 22)
      const pn = r.proto && !r.proto.neg ? ({ 6: 'tcp', 17: 'udp', 1: 'icmp' } as Record<number, string>)[r.proto.num] : undefined;
      if (pass === 0 && pn && !r.matches.some((m) => m.name === pn)) r.matches.push({ name: pn, opts: [] });
      else break;
    }
    throw new IptError(`unknown option "${word}"`);
  };

  const addOpt = (list: Opt[], d: Parameters<typeof canonName>[0], _ext: string, attached: string | undefined) => {
    const o: Opt = { neg: invert, key: canonName(d) };
    invert = false;
    if (d.arg) {
      let v = attached ?? argv[i++];
      if (o.key === 'tcp-flags' && v !== undefined) v = `${v} ${argv[i++] ?? ''}`;
      if (v === undefined) throw new IptError(`option "${argv[i - 2] ?? ''}" requires an argument`);
      const nv = optValue(d, v, r);
      if (typeof nv !== 'string') throw new IptError(nv.error);
      o.value = nv;
    }
    list.push(o);
    p.ruleGiven = true;
  };

  const short = (c: string, word: string, arg: string | undefined): void => {
    const need = () => {
      if (arg === undefined) throw new IptError(`option "${word}" requires an argument`);
      return arg;
    };
    if (COMMANDS.includes(c)) {
      setCommand(c as IptCmd);
      if ('ACDRINEP'.includes(c)) p.chain = need();
      else if (arg !== undefined) p.chain = arg;
      else if ('LSFZX'.includes(c) && nonOpt()) p.chain = argv[i++];
      if ((c === 'D' || c === 'I' || c === 'L' || c === 'S' || c === 'Z') && nonOpt()) p.rulenum = ruleNumber(argv[i++]);
      if (c === 'R') {
        if (!nonOpt()) throw new IptError('-R requires a rule number');
        p.rulenum = ruleNumber(argv[i++]);
      }
      if (c === 'E') {
        if (!nonOpt()) throw new IptError('-E requires old-chain-name and new-chain-name');
        p.newName = argv[i++];
      }
      if (c === 'P') {
        if (!nonOpt()) throw new IptError('-P requires a chain and a policy');
        p.policy = argv[i++];
      }
      return;
    }
    const inv = invert;
    if ('nsdpjvxio0cfg'.includes(c)) p.used.add(c === 'g' ? 'j' : c);
    if ('psdiof'.includes(c)) {
      invert = false;
      p.ruleGiven = true;
    } else if (inv && c !== 'm') throw new IptError(`cannot have ! before -${c}`);
    switch (c) {
      case 'p': {
        const n = parseProto(need());
        if (n === null) throw new IptError(`unknown protocol "${arg}" specified`);
        if (n !== 0 || inv) r.proto = { num: n, neg: inv };
        return;
      }
      case 's':
      case 'd': {
        const a = parseAddr(need());
        if ('error' in a) throw new IptError(a.error);
        r[c === 's' ? 'src' : 'dst'] = { ...a, neg: inv };
        return;
      }
      case 'i':
      case 'o':
        r[c === 'i' ? 'inIf' : 'outIf'] = { name: need(), neg: inv };
        return;
      case 'f':
        r.frag = { neg: inv };
        return;
      case 'j':
      case 'g':
        r.target = need();
        r.goto = c === 'g';
        p.ruleGiven = true;
        return;
      case 'm': {
        const name = need();
        if (!MATCHES[name]) throw new IptError(`Couldn't load match \`${name}':No such file or directory\n`);
        r.matches.push({ name, opts: [] });
        p.ruleGiven = true;
        return;
      }
      case 't':
        p.table = need();
        return;
      case 'n':
        p.numeric = true;
        return;
      case 'v':
        p.verbose = true;
        return;
      case 'x':
        p.exact = true;
        return;
      case '0':
        p.lineNumbers = true;
        return;
      case 'c':
        need();
        if (nonOpt()) i++;
        return;
      case 'w':
      case 'W':
        if (arg === undefined && i < argv.length && /^\d+$/.test(argv[i])) i++;
        return;
      case '4':
      case '6':
      case 'M':
        return;
    }
    throw new IptError(`unknown option "${word}"`);
  };

  while (i < argv.length) {
    const w = argv[i++];
    if (w === '!') {
      if (invert) throw new IptError('multiple consecutive ! not allowed');
      invert = true;
      continue;
    }
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = eq >= 0 ? w.slice(2, eq) : w.slice(2);
      const attached = eq >= 0 ? w.slice(eq + 1) : undefined;
      const base = LONG[name] ?? undefined;
      if (base) {
        const takes = WITH_ARG.includes(base);
        short(base, w, takes ? (attached ?? (i < argv.length ? argv[i++] : undefined)) : attached);
        continue;
      }
      extOption(name, w, attached);
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      for (let k = 1; k < w.length; k++) {
        const c = w[k];
        if (WITH_ARG.includes(c)) {
          const rest = w.slice(k + 1);
          short(c, `-${c}`, rest !== '' ? rest : i < argv.length ? argv[i++] : undefined);
          break;
        }
        if (OPTIONAL_ARG.includes(c) && k + 1 < w.length) {
          short(c, `-${c}`, w.slice(k + 1));
          break;
        }
        if (!'LSFZXhnvx46fV'.includes(c)) throw new IptError(`unknown option "${w}"`);
        short(c, `-${c}`, undefined);
      }
      continue;
    }
    throw new IptError(`Bad argument \`${w}'`, 2, true);
  }
  return p;
}

/** parse the stored `-S` text of a rule (canonical, so it never fails for engine-written rules) */
export function parseRuleText(words: string[]): Rule {
  try {
    return parseArgs(['-A', 'X', ...words]).rule;
  } catch {
    return emptyRule();
  }
}
