/**
 * A docker CLI command as cobra defines it: usage line, short help, aliases, flags, argument rules.
 * Produces the CLI's usage errors and `--help` text; the command body gets parsed flags.
 */
import { FlagError, flagUsages, parseFlags, type FlagSpec, type ParsedFlags } from './flags.ts';
import type { CliIO } from './io.ts';

export type ArgRule = { exact: number } | { min: number; max?: number } | { none: true } | { any: true };

export interface CommandDef {
  /** full path, e.g. 'docker network create' */
  path: string;
  /** usage after the path, e.g. '[OPTIONS] NETWORK' */
  usage: string;
  short: string;
  aliases?: string[];
  flags: FlagSpec[];
  args: ArgRule;
  /** false: the first positional argument ends flag parsing (docker run IMAGE CMD...) */
  interspersed?: boolean;
  run(io: CliIO, p: ParsedFlags): number | Promise<number>;
}

export function usageBlock(def: CommandDef): string {
  return `Usage:  ${def.path} ${def.usage}\n\n${def.short}`;
}

export function helpText(def: CommandDef): string {
  let out = `\n${usageBlock(def)}\n`;
  if (def.aliases?.length) out += `\nAliases:\n  ${def.aliases.join(', ')}\n`;
  const visible = def.flags.filter((f) => !f.hidden);
  if (visible.length) out += `\nOptions:\n${flagUsages(visible)}\n`;
  return out;
}

function argError(def: CommandDef, n: number): string | null {
  const r = def.args;
  const plural = (k: number) => (k === 1 ? 'argument' : 'arguments');
  if ('none' in r && n > 0) return `"${def.path}" accepts no arguments.`;
  if ('exact' in r && n !== r.exact) return `"${def.path}" requires exactly ${r.exact} ${plural(r.exact)}.`;
  if ('min' in r && n < r.min) return `"${def.path}" requires at least ${r.min} ${plural(r.min)}.`;
  if ('max' in r && r.max !== undefined && n > r.max) return `"${def.path}" requires at most ${r.max} ${plural(r.max)}.`;
  return null;
}

export async function runCommand(def: CommandDef, argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') && !(def.interspersed === false && argv.indexOf('--help') > firstPositional(argv))) {
    io.out(helpText(def));
    return 0;
  }
  let p: ParsedFlags;
  try {
    p = parseFlags(argv, [...def.flags, { long: 'help', kind: 'bool', help: '', hidden: true }], def.interspersed !== false);
  } catch (err) {
    if (err instanceof FlagError) {
      io.err(`${err.message}\nSee '${def.path} --help'.\n`);
      return 125;
    }
    throw err;
  }
  const bad = argError(def, p.args.length);
  if (bad) {
    io.err(`${bad}\nSee '${def.path} --help'.\n\n${usageBlock(def)}\n`);
    return 1;
  }
  return def.run(io, p);
}

function firstPositional(argv: string[]): number {
  const i = argv.findIndex((a) => !a.startsWith('-'));
  return i < 0 ? argv.length : i;
}
