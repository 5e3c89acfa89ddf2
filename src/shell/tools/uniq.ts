/** uniq [-cdui] [-f N] [-s N] [-w N] [INPUT [OUTPUT]]; counts as GNU's "%7d " */
import { getopt, openError, readInput, reportUsage, splitLines, UsageError, type Tool } from './common';

export const uniq: Tool = (ctx, flavor) => {
  let parsed;
  try {
    parsed = getopt(ctx.argv.slice(1), {
      flags: 'cduiz',
      withArg: 'fsw',
      long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i', 'skip-fields=': 'f', 'skip-chars=': 's', 'check-chars=': 'w' },
    });
  } catch (e) {
    if (e instanceof UsageError) return reportUsage(ctx, flavor, 'uniq', e, 1);
    throw e;
  }
  const f = new Set(parsed.opts.map(([k]) => k));
  let skipFields = 0;
  let skipChars = 0;
  let width = Infinity;
  for (const [k, v] of parsed.opts) {
    if (k === 'f') skipFields = Number(v) || 0;
    if (k === 's') skipChars = Number(v) || 0;
    if (k === 'w') width = Number(v) || 0;
  }
  const [input = '-', output] = parsed.operands;
  const text = readInput(ctx, input);
  if (text === null) {
    ctx.write(2, openError('uniq', flavor, input));
    return 1;
  }
  const keyOf = (line: string) => {
    let s = line;
    for (let i = 0; i < skipFields; i++) s = s.replace(/^[ \t]*[^ \t]*/, '');
    s = s.slice(skipChars, skipChars + width);
    return f.has('i') ? s.toLowerCase() : s;
  };
  let out = '';
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && keyOf(lines[j]) === keyOf(lines[i])) j++;
    const n = j - i;
    if (!(f.has('d') && n < 2) && !(f.has('u') && n > 1)) {
      out += (f.has('c') ? `${String(n).padStart(7)} ` : '') + lines[i] + '\n';
    }
    i = j;
  }
  if (output !== undefined) {
    const err = ctx.fs.write(output, out, false);
    if (err) { ctx.write(2, `uniq: ${output}: ${err}\n`); return 1; }
    return 0;
  }
  ctx.write(1, out);
  return 0;
};
