/**
 * Helpers shared by the text tools: option parsing with GNU/busybox error texts,
 * reading files or stdin, splitting into lines.
 */
import type { Flavor } from '../dialect';
import type { CommandContext } from '../types';

export type { Flavor };

export type Tool = (ctx: CommandContext, flavor: Flavor) => number | Promise<number>;

/** one-line busybox usage, printed after `invalid option` (the real applet prints its whole help) */
export const BUSYBOX_USAGE: Record<string, string> = {
  cat: 'cat [-nbvteA] [FILE]...',
  grep: 'grep [-HhnlLoqvsrRiwFEz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...',
  head: 'head [OPTIONS] [FILE]...',
  tail: 'tail [OPTIONS] [FILE]...',
  wc: 'wc [-cmlwL] [FILE]...',
  sort: 'sort [-nrugMcszbdfiokt] [-o FILE] [-k START[.OFS][OPTS][,END[.OFS][OPTS]] [-t CHAR] [FILE]...',
  uniq: 'uniq [-cduiz] [-f,s,w N] [FILE [OUTFILE]]',
  cut: 'cut [OPTIONS] [FILE]...',
  tr: 'tr [-cds] STRING1 [STRING2]',
  tee: 'tee [-ai] [FILE]...',
  seq: 'seq [-w] [-s SEP] [FIRST [INC]] LAST',
  sleep: 'sleep [N]...',
  awk: 'awk [OPTIONS] [AWK_PROGRAM] [FILE]...',
};

/** GNU tools whose usage errors also print their `Usage:` line */
const GNU_USAGE_LINE: Record<string, string> = {
  grep: 'Usage: grep [OPTION]... PATTERNS [FILE]...\n',
};

/** the text a usage error prints after its first line */
export function usageTail(tool: string, flavor: Flavor): string {
  if (flavor === 'busybox') return `BusyBox v1.36.1 multi-call binary.\n\nUsage: ${BUSYBOX_USAGE[tool] ?? tool}\n`;
  return (GNU_USAGE_LINE[tool] ?? '') + `Try '${tool} --help' for more information.\n`;
}

export class UsageError {
  /** `line` is the first line (without newline), or '' for a bare usage text */
  constructor(readonly line: string) {}
}

export interface OptSpec {
  /** letters that are plain flags */
  flags: string;
  /** letters that take a value (-n 5, -n5) */
  withArg: string;
  /** long option name -> letter; a trailing = in the key means it takes a value */
  long?: Record<string, string>;
}

export interface Parsed {
  opts: [string, string][];
  operands: string[];
}

/**
 * getopt with GNU argument permutation (options may follow operands); `--` ends options.
 * Throws UsageError with the GNU-style first line.
 */
export function getopt(args: string[], spec: OptSpec): Parsed {
  const opts: [string, string][] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') { operands.push(...args.slice(i + 1)); break; }
    if (a.startsWith('--') && spec.long) {
      const [name, val] = a.slice(2).split(/=(.*)/s, 2);
      const hit = Object.keys(spec.long).filter((k) => k.replace(/=$/, '').startsWith(name));
      const exact = hit.find((k) => k.replace(/=$/, '') === name);
      const key = exact ?? (hit.length === 1 ? hit[0] : undefined);
      if (!key) throw new UsageError(`unrecognized option '${a}'`);
      if (key.endsWith('=')) {
        const v = val ?? args[++i];
        if (v === undefined) throw new UsageError(`option '--${key.slice(0, -1)}' requires an argument`);
        opts.push([spec.long[key], v]);
      } else opts.push([spec.long[key], '']);
      continue;
    }
    if (a.startsWith('--')) throw new UsageError(`unrecognized option '${a}'`);
    if (a.length < 2 || a[0] !== '-') { operands.push(a); continue; }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (spec.withArg.includes(c)) {
        let v = a.slice(j + 1);
        if (v === '') {
          if (i + 1 >= args.length) throw new UsageError(`option requires an argument -- '${c}'`);
          v = args[++i];
        }
        opts.push([c, v]);
        break;
      }
      if (!spec.flags.includes(c)) throw new UsageError(`invalid option -- '${c}'`);
      opts.push([c, '']);
    }
  }
  return { opts, operands };
}

/** print a usage error the way `tool` does and return its usage exit status */
export function reportUsage(ctx: CommandContext, flavor: Flavor, tool: string, e: UsageError, status: number): number {
  ctx.write(2, (e.line ? `${tool}: ${e.line}\n` : '') + usageTail(tool, flavor));
  return status;
}

/** `-` or no operand means standard input */
export function readInput(ctx: CommandContext, file: string): string | null {
  return file === '-' ? ctx.stdin : ctx.fs.read(file);
}

/** split text into lines without their newlines; a missing final newline is tolerated */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** `cat: x: No such file or directory` in each tool's own wording */
export function openError(tool: string, flavor: Flavor, file: string): string {
  const enoent = 'No such file or directory';
  if (flavor === 'busybox') {
    if (tool === 'cat' || tool === 'uniq' || tool === 'tail') return `${tool}: can't open '${file}': ${enoent}\n`;
    return `${tool}: ${file}: ${enoent}\n`;
  }
  if (tool === 'head' || tool === 'tail') return `${tool}: cannot open '${file}' for reading: ${enoent}\n`;
  if (tool === 'sort') return `sort: cannot read: ${file}: ${enoent}\n`;
  if (tool === 'awk') return `awk: cannot open ${file} (${enoent})\n`;
  return `${tool}: ${file}: ${enoent}\n`;
}

/** GNU quotes user text as ‘x’ in messages (UTF-8 locale), busybox as 'x' */
export function q(flavor: Flavor, s: string): string {
  return flavor === 'bash' ? `‘${s}’` : `'${s}'`;
}
