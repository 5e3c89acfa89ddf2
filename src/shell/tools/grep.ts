/**
 * grep [-EFGiyvcwxnoqslLhH] [-e PAT]... [-m N] [-A|-B|-C N] PATTERN [FILE]...
 * Exit 0 when a line was selected, 1 when none, 2 on error (GNU: even if lines matched).
 */
import { getopt, openError, readInput, reportUsage, UsageError, usageTail, type Tool } from './common';
import { compile, escapeLiteral, posixToJs, RegexError } from './regex';

const WORD = '[A-Za-z0-9_]';

export const grep: Tool = (ctx, flavor) => {
  const bb = flavor === 'busybox';
  let parsed;
  try {
    parsed = getopt(ctx.argv.slice(1), {
      flags: bb ? 'HhnlLoqvsriwFExzcR' : 'EFGPiyvcwxnoqslLhHrRZUz',
      withArg: 'efmABC',
      long: {
        'extended-regexp': 'E', 'fixed-strings': 'F', 'ignore-case': 'i', 'invert-match': 'v', count: 'c',
        'word-regexp': 'w', 'line-regexp': 'x', 'line-number': 'n', 'only-matching': 'o', quiet: 'q', silent: 'q',
        'files-with-matches': 'l', 'files-without-match': 'L', 'no-filename': 'h', 'with-filename': 'H',
        'regexp=': 'e', 'max-count=': 'm', 'after-context=': 'A', 'before-context=': 'B', 'context=': 'C', color: 'Z',
        'color=': 'Z', colour: 'Z', 'colour=': 'Z',
      },
    });
  } catch (e) {
    if (e instanceof UsageError) return reportUsage(ctx, flavor, 'grep', e, 2);
    throw e;
  }
  const f = new Set<string>();
  const patterns: string[] = [];
  let max = Infinity;
  let after = 0;
  let before = 0;
  for (const [k, v] of parsed.opts) {
    if (k === 'e') patterns.push(v);
    else if (k === 'f') {
      const t = ctx.fs.read(v);
      if (t === null) { ctx.write(2, `grep: ${v}: No such file or directory\n`); return 2; }
      patterns.push(...t.replace(/\n$/, '').split('\n'));
    } else if (k === 'm' || k === 'A' || k === 'B' || k === 'C') {
      const n = Number(v);
      if (!/^\d+$/.test(v)) {
        ctx.write(2, bb ? `grep: invalid number '${v}'\n` : `grep: invalid ${k === 'm' ? 'max count' : 'context length argument'}\n`);
        return 2;
      }
      if (k === 'm') max = n;
      if (k === 'A' || k === 'C') after = n;
      if (k === 'B' || k === 'C') before = n;
    } else f.add(k === 'y' ? 'i' : k);
  }
  const operands = [...parsed.operands];
  if (patterns.length === 0) {
    if (operands.length === 0) {
      ctx.write(2, bb ? usageTail('grep', flavor) : usageTail('grep', flavor));
      return 2;
    }
    patterns.push(...operands.shift()!.split('\n'));
  }
  let re: RegExp;
  try {
    const srcs = patterns.map((p) => (f.has('F') ? escapeLiteral(p) : f.has('P') ? p : posixToJs(p, f.has('E'))));
    let src = srcs.length === 1 ? srcs[0] : srcs.map((s) => `(?:${s})`).join('|');
    if (f.has('x')) src = `^(?:${src})$`;
    else if (f.has('w')) src = `(?<!${WORD})(?:${src})(?!${WORD})`;
    re = compile(src, f.has('i') ? 'gi' : 'g');
  } catch (e) {
    if (!(e instanceof RegexError)) throw e;
    ctx.write(2, bb ? `grep: bad regex '${patterns.join('\n')}'\n` : `grep: ${e.gnu}\n`);
    return 2;
  }
  const files = operands.length ? operands : ['-'];
  const showName = f.has('H') || (files.length > 1 && !f.has('h'));
  let anySelected = false;
  let error = false;
  let out = '';
  for (const file of files) {
    const text = readInput(ctx, file);
    if (text === null) {
      if (!f.has('s')) { ctx.write(1, out); out = ''; ctx.write(2, openError('grep', flavor, file)); }
      error = true;
      continue;
    }
    const name = file === '-' ? '(standard input)' : file;
    const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
    let count = 0;
    let lastPrinted = -1;
    let afterLeft = 0;
    const prefix = (i: number, sep: string) => (showName ? name + sep : '') + (f.has('n') ? `${i + 1}${sep}` : '');
    for (let i = 0; i < lines.length && count < max; i++) {
      re.lastIndex = 0;
      const selected = re.test(lines[i]) !== f.has('v');
      if (!selected) {
        if (afterLeft > 0) { out += prefix(i, '-') + lines[i] + '\n'; lastPrinted = i; afterLeft--; }
        continue;
      }
      count++;
      anySelected = true;
      if (f.has('q')) { ctx.write(1, out); return 0; }
      if (f.has('c') || f.has('l') || f.has('L')) continue;
      if ((before || after) && lastPrinted >= 0 && i - before > lastPrinted + 1) out += '--\n';
      for (let b = Math.max(lastPrinted + 1, i - before); b < i; b++) out += prefix(b, '-') + lines[b] + '\n';
      if (f.has('o')) {
        if (!f.has('v')) {
          re.lastIndex = 0;
          for (const m of lines[i].matchAll(re)) if (m[0] !== '') out += prefix(i, ':') + m[0] + '\n';
        }
      } else out += prefix(i, ':') + lines[i] + '\n';
      lastPrinted = i;
      afterLeft = after;
    }
    if (f.has('c')) out += (showName ? name + ':' : '') + count + '\n';
    if (f.has('l') && count > 0) out += name + '\n';
    if (f.has('L') && count === 0) out += name + '\n';
  }
  ctx.write(1, out);
  if (error && !(f.has('q') && anySelected)) return 2;
  return anySelected ? 0 : 1;
};
