/** cut -f LIST [-d C] [-s] | -c LIST | -b LIST [FILE]... */
import { getopt, openError, q, readInput, reportUsage, splitLines, UsageError, usageTail, type Tool } from './common';

type Range = [number, number];

/** "1,3-5,7-" -> ranges; throws the offending piece */
function parseList(list: string, zeroOk: boolean): Range[] | { bad: string } | { zero: true } {
  const ranges: Range[] = [];
  for (const piece of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(piece);
    if (!m || (m[1] === '' && m[3] === '')) return { bad: piece };
    const a = m[1] === '' ? 1 : Number(m[1]);
    const b = m[2] ? (m[3] === '' ? Infinity : Number(m[3])) : a;
    if (a === 0 || b === 0) {
      if (!zeroOk) return { zero: true };
    }
    ranges.push([Math.max(a, 1), Math.max(b, 1)]);
  }
  return ranges.sort((x, y) => x[0] - y[0]);
}

export const cut: Tool = (ctx, flavor) => {
  const bb = flavor === 'busybox';
  let parsed;
  try {
    parsed = getopt(ctx.argv.slice(1), {
      flags: 'snz',
      withArg: 'bcfd',
      // busybox cut has no long options
      long: bb ? undefined : { 'bytes=': 'b', 'characters=': 'c', 'fields=': 'f', 'delimiter=': 'd', 'only-delimited': 's', 'output-delimiter=': 'O' },
    });
  } catch (e) {
    if (e instanceof UsageError) return reportUsage(ctx, flavor, 'cut', e, 1);
    throw e;
  }
  let mode: 'f' | 'c' | null = null;
  let list = '';
  let delim = '\t';
  let outDelim: string | null = null;
  let onlyDelimited = false;
  for (const [k, v] of parsed.opts) {
    if (k === 'b' || k === 'c' || k === 'f') {
      if (mode && !bb) { ctx.write(2, `cut: only one type of list may be specified\n${usageTail('cut', flavor)}`); return 1; }
      mode = k === 'f' ? 'f' : 'c';
      list = v;
    } else if (k === 'd') delim = v;
    else if (k === 's') onlyDelimited = true;
    else if (k === 'O') outDelim = v;
  }
  const fail = (msg: string) => {
    ctx.write(2, `cut: ${msg}\n` + (bb ? '' : usageTail('cut', flavor)));
    return 1;
  };
  if (!mode) return fail(bb ? 'expected a list of bytes, characters, or fields' : 'you must specify a list of bytes, characters, or fields');
  if (delim.length !== 1) {
    if (!bb) return fail('the delimiter must be a single character');
    delim = delim.slice(0, 1) || '\t';
  }
  const r = parseList(list, bb);
  if ('bad' in r) {
    if (bb) { ctx.write(2, `cut: invalid number '${r.bad}'\n`); return 1; }
    return fail(mode === 'f' ? `invalid field value ${q(flavor, r.bad)}` : `invalid byte or character range`);
  }
  if ('zero' in r) return fail(mode === 'f' ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1');
  const ranges = r;
  const selected = (i: number) => ranges.some(([a, b]) => i >= a && i <= b);
  const od = outDelim ?? delim;
  const cutLine = (line: string): string | null => {
    if (mode === 'c') return [...line].filter((_, i) => selected(i + 1)).join('');
    if (!line.includes(delim)) return onlyDelimited ? null : line;
    const fields = line.split(delim);
    if (!bb) return fields.filter((_, i) => selected(i + 1)).join(od);
    // busybox walks the list in order and puts a delimiter before every range after the first output
    let out = '';
    let printed = false;
    for (const [a, b] of ranges) {
      let first = true;
      for (let i = a; i <= Math.min(b, fields.length); i++) {
        if (printed && (first || i > a)) out += od;
        out += fields[i - 1];
        printed = true;
        first = false;
      }
      if (first && printed && a > fields.length) out += od;
    }
    return out;
  };
  let status = 0;
  const files = parsed.operands.length ? parsed.operands : ['-'];
  for (const file of files) {
    const text = readInput(ctx, file);
    if (text === null) {
      ctx.write(2, openError('cut', flavor, file));
      status = 1;
      continue;
    }
    let out = '';
    for (const line of splitLines(text)) {
      const c = cutLine(line);
      if (c !== null) out += c + '\n';
    }
    ctx.write(1, out);
  }
  return status;
};
