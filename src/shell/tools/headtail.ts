/** head / tail with -n N, -N, -c N, tail -n +N; headers for several files. */
import { getopt, openError, q, readInput, reportUsage, UsageError, type Flavor, type Tool } from './common';
import type { CommandContext } from '../types';

/** lines with their newline kept, so a missing final newline stays missing */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

interface Count { n: number; fromStart: boolean; negative: boolean }

function parseCount(v: string, tool: string, bytes: boolean, flavor: Flavor): Count | string {
  const m = /^([-+]?)(\d+)([bkKmM]?)$/.exec(v);
  if (!m) {
    if (flavor === 'busybox') return `${tool}: invalid number '${v}'\n`;
    return `${tool}: invalid number of ${bytes ? 'bytes' : 'lines'}: ${q(flavor, v)}\n`;
  }
  const mult = { '': 1, b: 512, k: 1024, K: 1024, m: 1048576, M: 1048576 }[m[3]] ?? 1;
  return { n: Number(m[2]) * mult, fromStart: m[1] === '+', negative: m[1] === '-' };
}

function run(ctx: CommandContext, flavor: Flavor, tool: 'head' | 'tail'): number {
  // obsolete forms: head -5, tail -5, tail +5
  const raw = ctx.argv.slice(1);
  const args = raw.map((a, i) => {
    const isValue = i > 0 && /^-[^-]*[nc]$/.test(raw[i - 1]);
    if (/^-\d+$/.test(a) && !isValue) return `-n${a.slice(1)}`;
    if (tool === 'tail' && i === 0 && /^\+\d+$/.test(a)) return `-n${a}`;
    return a;
  });
  let parsed;
  try {
    parsed = getopt(args, {
      flags: tool === 'tail' ? 'fFqvs' : 'qvz',
      withArg: tool === 'tail' ? 'ncs' : 'nc',
      long: { 'lines=': 'n', 'bytes=': 'c', quiet: 'q', silent: 'q', verbose: 'v', follow: 'f' },
    });
  } catch (e) {
    if (e instanceof UsageError) return reportUsage(ctx, flavor, tool, e, 1);
    throw e;
  }
  let count: Count = { n: 10, fromStart: false, negative: false };
  let bytes = false;
  let headers: boolean | null = null;
  for (const [k, v] of parsed.opts) {
    if (k === 'n' || k === 'c') {
      const c = parseCount(v, tool, k === 'c', flavor);
      if (typeof c === 'string') { ctx.write(2, c); return 1; }
      count = c;
      bytes = k === 'c';
    }
    if (k === 'q') headers = false;
    if (k === 'v') headers = true;
  }
  const files = parsed.operands.length ? parsed.operands : ['-'];
  const showHeaders = headers ?? files.length > 1;
  let status = 0;
  let first = true;
  let opened = 0;
  for (const file of files) {
    const text = readInput(ctx, file);
    if (text === null) {
      ctx.write(2, openError(tool, flavor, file));
      status = 1;
      continue;
    }
    opened++;
    let out = showHeaders ? `${first ? '' : '\n'}==> ${file === '-' ? 'standard input' : file} <==\n` : '';
    first = false;
    if (bytes) {
      if (tool === 'head') out += count.negative ? text.slice(0, Math.max(0, text.length - count.n)) : text.slice(0, count.n);
      else out += count.fromStart ? text.slice(Math.max(0, count.n - 1)) : count.n === 0 ? '' : text.slice(-count.n);
    } else {
      const lines = linesOf(text);
      let picked: string[];
      if (tool === 'head') picked = count.negative ? lines.slice(0, Math.max(0, lines.length - count.n)) : lines.slice(0, count.n);
      else picked = count.fromStart ? lines.slice(Math.max(0, count.n - 1)) : count.n === 0 ? [] : lines.slice(-count.n);
      out += picked.join('');
    }
    ctx.write(1, out);
  }
  if (tool === 'tail' && flavor === 'busybox' && opened === 0) ctx.write(2, 'tail: no files\n');
  return status;
}

export const head: Tool = (ctx, flavor) => run(ctx, flavor, 'head');
export const tail: Tool = (ctx, flavor) => run(ctx, flavor, 'tail');
