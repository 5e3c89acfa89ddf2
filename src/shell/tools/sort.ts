/**
 * sort [-rnufbs] [-t SEP] [-k POS1[,POS2]]... [-o FILE] [FILE]...
 * Byte order comparison (the C / C.UTF-8 collation), keys as in POSIX: without -t a
 * field starts with its leading blanks, which is why `sort -k2` sees " 25".
 */
import { getopt, openError, readInput, reportUsage, splitLines, UsageError, type Tool } from './common';

interface Key {
  f1: number; c1: number; f2: number; c2: number;
  numeric: boolean; reverse: boolean; fold: boolean; blanks: boolean;
}

function parseKey(spec: string, g: { n: boolean; r: boolean; f: boolean; b: boolean }): Key | null {
  const m = /^(\d+)(?:\.(\d+))?([bdfgMnrhV]*)(?:,(\d+)(?:\.(\d+))?([bdfgMnrhV]*))?$/.exec(spec);
  if (!m || Number(m[1]) === 0) return null;
  const opts = (m[3] ?? '') + (m[6] ?? '');
  const own = opts.length > 0;
  return {
    f1: Number(m[1]), c1: m[2] ? Number(m[2]) : 1,
    f2: m[4] ? Number(m[4]) : Infinity, c2: m[5] ? Number(m[5]) : 0,
    numeric: own ? /[ngh]/.test(opts) : g.n,
    reverse: own ? opts.includes('r') : g.r,
    fold: own ? opts.includes('f') : g.f,
    blanks: own ? opts.includes('b') : g.b,
  };
}

/** field start offsets: with a separator, split on it; otherwise each field begins with its blanks */
function fieldStarts(line: string, sep: string | null): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  if (sep !== null) {
    let s = 0;
    for (;;) {
      const i = line.indexOf(sep, s);
      starts.push(s);
      ends.push(i < 0 ? line.length : i);
      if (i < 0) break;
      s = i + sep.length;
    }
    return { starts, ends };
  }
  let i = 0;
  while (i < line.length) {
    starts.push(i);
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++;
    ends.push(i);
  }
  if (starts.length === 0) { starts.push(0); ends.push(0); }
  return { starts, ends };
}

function keyText(line: string, k: Key, sep: string | null): string {
  const { starts, ends } = fieldStarts(line, sep);
  if (k.f1 > starts.length) return '';
  let from = starts[k.f1 - 1];
  if (k.blanks) while (line[from] === ' ' || line[from] === '\t') from++;
  from += k.c1 - 1;
  let to: number;
  if (k.f2 === Infinity || k.f2 > starts.length) to = line.length;
  else to = k.c2 === 0 ? ends[k.f2 - 1] : starts[k.f2 - 1] + k.c2;
  return from >= to ? '' : line.slice(from, to);
}

function num(s: string): number {
  const m = /^\s*(-?)(\d*)(\.\d*)?/.exec(s)!;
  if (!m[2] && !(m[3] && m[3].length > 1)) return 0;
  return Number(`${m[1]}${m[2] || '0'}${m[3] && m[3].length > 1 ? m[3] : ''}`);
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const sort: Tool = (ctx, flavor) => {
  let parsed;
  try {
    parsed = getopt(ctx.argv.slice(1), {
      flags: 'rnufbsgdMhVcz',
      withArg: 'tko',
      long: {
        reverse: 'r', 'numeric-sort': 'n', unique: 'u', 'ignore-case': 'f', 'ignore-leading-blanks': 'b', stable: 's',
        'field-separator=': 't', 'key=': 'k', 'output=': 'o',
      },
    });
  } catch (e) {
    if (e instanceof UsageError) return reportUsage(ctx, flavor, 'sort', e, 2);
    throw e;
  }
  const g = { n: false, r: false, f: false, b: false, u: false, s: false };
  let sep: string | null = null;
  let output: string | null = null;
  const keySpecs: string[] = [];
  for (const [k, v] of parsed.opts) {
    if (k === 'n' || k === 'g' || k === 'h') g.n = true;
    else if (k === 'r') g.r = true;
    else if (k === 'f') g.f = true;
    else if (k === 'b') g.b = true;
    else if (k === 'u') g.u = true;
    else if (k === 's') g.s = true;
    else if (k === 't') {
      if (v.length !== 1 && flavor === 'bash') { ctx.write(2, `sort: multi-character tab ‘${v}’\n`); return 2; }
      sep = v.slice(0, 1);
    } else if (k === 'k') keySpecs.push(v);
    else if (k === 'o') output = v;
  }
  const keys: Key[] = [];
  for (const spec of keySpecs) {
    const key = parseKey(spec, g);
    if (!key) {
      ctx.write(2, flavor === 'bash' ? `sort: invalid number at field start: invalid count at start of ‘${spec}’\n` : `sort: bad field specification '${spec}'\n`);
      return 2;
    }
    keys.push(key);
  }
  const files = parsed.operands.length ? parsed.operands : ['-'];
  const lines: string[] = [];
  for (const file of files) {
    const text = readInput(ctx, file);
    if (text === null) {
      // GNU and busybox both give up before printing anything
      ctx.write(2, openError('sort', flavor, file));
      return 2;
    }
    lines.push(...splitLines(text));
  }
  const whole: Key = { f1: 1, c1: 1, f2: Infinity, c2: 0, numeric: g.n, reverse: g.r, fold: g.f, blanks: g.b };
  const active = keys.length ? keys : [whole];
  const compareKeys = (a: string, b: string): number => {
    for (const k of active) {
      let x = keys.length ? keyText(a, k, sep) : a;
      let y = keys.length ? keyText(b, k, sep) : b;
      let c: number;
      if (k.numeric) c = num(x) - num(y);
      else {
        if (k.blanks) { x = x.trimStart(); y = y.trimStart(); }
        if (k.fold) { x = x.toUpperCase(); y = y.toUpperCase(); }
        c = cmpStr(x, y);
      }
      if (c !== 0) return k.reverse ? -c : c;
    }
    return 0;
  };
  const compare = (a: string, b: string): number => {
    const c = compareKeys(a, b);
    if (c !== 0 || g.s || g.u) return c;
    // last resort: the whole line, byte order, reversed with -r
    const r = cmpStr(a, b);
    return g.r ? -r : r;
  };
  const sorted = lines.map((l, i) => ({ l, i })).sort((p, q2) => compare(p.l, q2.l) || p.i - q2.i).map((p) => p.l);
  const result = g.u ? sorted.filter((l, i) => i === 0 || compareKeys(sorted[i - 1], l) !== 0) : sorted;
  const text = result.map((l) => l + '\n').join('');
  if (output !== null) {
    const err = ctx.fs.write(output, text, false);
    if (err) { ctx.write(2, `sort: open failed: ${output}: ${err}\n`); return 2; }
    return 0;
  }
  ctx.write(1, text);
  return 0;
};
