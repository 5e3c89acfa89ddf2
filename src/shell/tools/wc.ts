/**
 * wc [-lwcmL] [FILE]... Column widths follow each implementation: GNU sizes columns
 * from the total byte size of the named files (at least 7 when reading stdin), and
 * prints a lone count unpadded; busybox uses width 9 unless a single count is shown.
 */
import { getopt, openError, readInput, reportUsage, UsageError, type Tool } from './common';

const encoder = new TextEncoder();

interface Counts { l: number; w: number; m: number; c: number; L: number }

function count(text: string): Counts {
  let l = 0;
  let w = 0;
  let L = 0;
  let lineLen = 0;
  let inWord = false;
  for (const ch of text) {
    if (ch === '\n') { l++; L = Math.max(L, lineLen); lineLen = 0; } else if (ch === '\t') lineLen += 8 - (lineLen % 8); else lineLen++;
    const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v';
    if (space) inWord = false;
    else if (!inWord) { inWord = true; w++; }
  }
  L = Math.max(L, lineLen);
  return { l, w, m: [...text].length, c: encoder.encode(text).length, L };
}

export const wc: Tool = (ctx, flavor) => {
  let parsed;
  try {
    parsed = getopt(ctx.argv.slice(1), {
      flags: 'lwcmL',
      withArg: '',
      long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm', 'max-line-length': 'L' },
    });
  } catch (e) {
    if (e instanceof UsageError) return reportUsage(ctx, flavor, 'wc', e, 1);
    throw e;
  }
  let cols = (['l', 'w', 'm', 'c', 'L'] as const).filter((k) => parsed.opts.some(([o]) => o === k));
  if (cols.length === 0) cols = ['l', 'w', 'c'];
  const files = parsed.operands.length ? parsed.operands : ['-'];
  const results: { name: string | null; n: Counts }[] = [];
  let status = 0;
  let totalBytes = 0;
  let stdinUsed = false;
  const total: Counts = { l: 0, w: 0, m: 0, c: 0, L: 0 };
  const texts: (string | null)[] = files.map((f) => readInput(ctx, f));
  files.forEach((f, i) => {
    if (f === '-') stdinUsed = true;
    else if (texts[i] !== null) totalBytes += encoder.encode(texts[i]!).length;
  });
  let width: number;
  if (flavor === 'busybox') width = cols.length === 1 && files.length === 1 ? 0 : 9;
  else if (cols.length === 1 && files.length === 1) width = 0;
  else width = Math.max(String(totalBytes).length, stdinUsed ? 7 : 1);
  const line = (n: Counts, name: string | null) =>
    cols.map((k) => String(n[k]).padStart(width)).join(' ') + (name === null ? '' : ` ${name}`) + '\n';
  files.forEach((f, i) => {
    const text = texts[i];
    if (text === null) {
      ctx.write(2, openError('wc', flavor, f));
      status = 1;
      return;
    }
    const n = count(text);
    for (const k of ['l', 'w', 'm', 'c'] as const) total[k] += n[k];
    total.L = Math.max(total.L, n.L);
    results.push({ name: f === '-' && files.length === 1 && parsed.operands.length === 0 ? null : f, n });
    ctx.write(1, line(n, results[results.length - 1].name));
  });
  if (files.length > 1) ctx.write(1, line(total, 'total'));
  return status;
};
