/**
 * A parser for docker CLI flags with cobra/pflag semantics and error texts: long and short forms,
 * `--flag=value`, grouped short booleans (`-dit`), repeated list/map flags, and `--` to stop.
 */

export type FlagKind = 'bool' | 'string' | 'list' | 'int';

export interface FlagSpec {
  long: string;
  short?: string;
  kind: FlagKind;
  /** the type word shown in help (string, strings, list, map, int, duration, ...) */
  typeName?: string;
  help: string;
  default?: string;
  hidden?: boolean;
}

export interface ParsedFlags {
  values: Map<string, string[]>;
  args: string[];
}

export class FlagError extends Error {}

export function flagValue(p: ParsedFlags, long: string): string | undefined {
  const v = p.values.get(long);
  return v ? v[v.length - 1] : undefined;
}

export function flagList(p: ParsedFlags, long: string): string[] {
  return p.values.get(long) ?? [];
}

export function flagBool(p: ParsedFlags, long: string): boolean {
  const v = flagValue(p, long);
  return v !== undefined && v !== 'false';
}

/**
 * @param interspersed false for commands like `docker run IMAGE CMD...` where the first positional
 *   argument ends flag parsing
 */
export function parseFlags(argv: string[], specs: FlagSpec[], interspersed = true): ParsedFlags {
  const byLong = new Map(specs.map((s) => [s.long, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const values = new Map<string, string[]>();
  const args: string[] = [];
  const set = (s: FlagSpec, v: string) => {
    if (s.kind === 'int' && !/^-?\d+$/.test(v)) {
      throw new FlagError(`invalid argument "${v}" for "${s.short ? `-${s.short}, ` : ''}--${s.long}" flag: strconv.ParseInt: parsing "${v}": invalid syntax`);
    }
    if (s.kind === 'bool' && !['true', 'false', '1', '0', 't', 'f', 'TRUE', 'FALSE', 'True', 'False'].includes(v)) {
      throw new FlagError(`invalid argument "${v}" for "${s.short ? `-${s.short}, ` : ''}--${s.long}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`);
    }
    const norm = s.kind === 'bool' ? String(['true', '1', 't', 'TRUE', 'True'].includes(v)) : v;
    const list = values.get(s.long) ?? [];
    list.push(norm);
    values.set(s.long, list);
  };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const s = byLong.get(name);
      if (!s) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) set(s, a.slice(eq + 1));
      else if (s.kind === 'bool') set(s, 'true');
      else if (i + 1 < argv.length) set(s, argv[++i]);
      else throw new FlagError(`flag needs an argument: --${name}`);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      // grouped shorthands: -dit, -p8080:80, -f=value
      for (let j = 1; j < a.length; j++) {
        const ch = a[j];
        const s = byShort.get(ch);
        if (!s) throw new FlagError(`unknown shorthand flag: '${ch}' in ${a}`);
        if (s.kind === 'bool') {
          if (a[j + 1] === '=') {
            set(s, a.slice(j + 2));
            break;
          }
          set(s, 'true');
          continue;
        }
        const rest = a.slice(j + 1);
        if (rest) set(s, rest.startsWith('=') ? rest.slice(1) : rest);
        else if (i + 1 < argv.length) set(s, argv[++i]);
        else throw new FlagError(`flag needs an argument: '${ch}' in -${ch}`);
        break;
      }
      continue;
    }
    args.push(a);
    if (!interspersed) {
      i++;
      break;
    }
  }
  args.push(...argv.slice(i));
  return { values, args };
}

/** pflag's wrap: fit help text into the columns left after the flag names, with a little slop */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const w = Math.max(s.slice(0, i).lastIndexOf(' '), s.slice(0, i).lastIndexOf('\t'));
  if (w <= 0) return [s, ''];
  return [s.slice(0, w), s.slice(w + 1)];
}

function wrap(indent: number, cols: number, s: string): string {
  let width = cols - indent;
  if (width < 24) return s;
  const slop = 5;
  width -= slop;
  let [line, rest] = wrapN(width, slop, s);
  let out = line;
  while (rest !== '') {
    [line, rest] = wrapN(width, slop, rest);
    out += '\n' + ' '.repeat(indent) + line;
  }
  return out;
}

/** the Options block of `--help`, laid out as pflag's FlagUsagesWrapped(79) does */
export function flagUsages(specs: FlagSpec[]): string {
  const rows = specs
    .filter((s) => !s.hidden)
    .map((s) => {
      const type = s.typeName ?? (s.kind === 'bool' ? '' : s.kind === 'list' ? 'list' : s.kind);
      const left = `${s.short ? `  -${s.short}, ` : '      '}--${s.long}${type ? ' ' + type : ''}`;
      let help = s.help;
      if (s.default !== undefined) help += type === 'string' ? ` (default "${s.default}")` : ` (default ${s.default})`;
      return { left, help };
    });
  const maxlen = Math.max(...rows.map((r) => r.left.length + 1));
  return rows.map((r) => `${r.left} ${' '.repeat(maxlen - r.left.length)} ${wrap(maxlen + 2, 79, r.help)}`).join('\n');
}
