/** tr [-cds] SET1 [SET2]: ranges a-z, classes [:upper:] ..., escapes \n \t \\ \NNN */
import { getopt, q, reportUsage, UsageError, usageTail, type Tool } from './common';

const CLASS: Record<string, () => string[]> = {
  lower: () => range('a', 'z'),
  upper: () => range('A', 'Z'),
  digit: () => range('0', '9'),
  alpha: () => [...range('A', 'Z'), ...range('a', 'z')],
  alnum: () => [...range('0', '9'), ...range('A', 'Z'), ...range('a', 'z')],
  space: () => [' ', '\t', '\n', '\r', '\f', '\v'],
  blank: () => [' ', '\t'],
  punct: () => range('!', '~').filter((c) => !/[0-9A-Za-z]/.test(c)),
  xdigit: () => [...range('0', '9'), ...range('A', 'F'), ...range('a', 'f')],
  cntrl: () => [...range('\x00', '\x1f'), '\x7f'],
  print: () => range(' ', '~'),
  graph: () => range('!', '~'),
};

function range(a: string, b: string): string[] {
  const out: string[] = [];
  for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out.push(String.fromCharCode(c));
  return out;
}

const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\' };

/** expand a set to its characters; throws a message for bad ranges/classes */
function expand(set: string): string[] {
  const chars: string[] = [];
  const tokens: string[] = [];
  for (let i = 0; i < set.length; i++) {
    const c = set[i];
    if (c === '[' && set[i + 1] === ':') {
      const end = set.indexOf(':]', i + 2);
      const name = end > 0 ? set.slice(i + 2, end) : '';
      if (end > 0 && CLASS[name]) {
        tokens.push('\0class:' + name);
        i = end + 1;
        continue;
      }
      if (end > 0) throw new Error(`invalid character class ${q('bash', name)}`);
    }
    if (c === '\\' && i + 1 < set.length) {
      const n = set[i + 1];
      const oct = /^[0-7]{1,3}/.exec(set.slice(i + 1));
      if (oct) { tokens.push(String.fromCharCode(parseInt(oct[0], 8))); i += oct[0].length; continue; }
      tokens.push(ESC[n] ?? n);
      i++;
      continue;
    }
    tokens.push(c);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.startsWith('\0class:')) { chars.push(...CLASS[t.slice(7)]()); continue; }
    if (tokens[i + 1] === '-' && i + 2 < tokens.length && !tokens[i + 2].startsWith('\0class:')) {
      const to = tokens[i + 2];
      if (to < t) throw new Error(`range-endpoints of ‘${t}-${to}’ are in reverse collating sequence order`);
      chars.push(...range(t, to));
      i += 2;
      continue;
    }
    chars.push(t);
  }
  return chars;
}

export const tr: Tool = (ctx, flavor) => {
  const bb = flavor === 'busybox';
  let parsed;
  try {
    parsed = getopt(ctx.argv.slice(1), {
      flags: 'cCdst',
      withArg: '',
      long: { complement: 'c', delete: 'd', 'squeeze-repeats': 's', 'truncate-set1': 't' },
    });
  } catch (e) {
    if (e instanceof UsageError) return reportUsage(ctx, flavor, 'tr', e, 1);
    throw e;
  }
  const f = new Set(parsed.opts.map(([k]) => (k === 'C' ? 'c' : k)));
  const [s1, s2, extra] = parsed.operands;
  const del = f.has('d');
  const squeeze = f.has('s');
  const gnuFail = (msg: string) => {
    ctx.write(2, `tr: ${msg}\n${usageTail('tr', flavor)}`);
    return 1;
  };
  if (s1 === undefined) {
    if (bb) { ctx.write(2, usageTail('tr', flavor)); return 1; }
    return gnuFail('missing operand');
  }
  if (!bb) {
    if (!del && !squeeze && s2 === undefined) {
      return gnuFail(`missing operand after ${q(flavor, s1)}\nTwo strings must be given when translating.`);
    }
    if (del && !squeeze && s2 !== undefined) {
      return gnuFail(`extra operand ${q(flavor, s2)}\nOnly one string may be given when deleting without squeezing repeats.`);
    }
    if (extra !== undefined) return gnuFail(`extra operand ${q(flavor, extra)}`);
  }
  let set1: string[];
  let set2: string[];
  try {
    set1 = expand(s1);
    set2 = s2 === undefined ? [] : expand(s2);
  } catch (e) {
    ctx.write(2, `tr: ${(e as Error).message}\n`);
    return 1;
  }
  const in1 = new Set(set1);
  const member1 = (c: string) => in1.has(c) !== f.has('c');
  const map = new Map<string, string>();
  if (!del && s2 !== undefined && set2.length) {
    if (f.has('c')) {
      // every character outside SET1 becomes the last character of SET2
      const last = set2[set2.length - 1];
      for (let code = 0; code < 256; code++) {
        const c = String.fromCharCode(code);
        if (!in1.has(c)) map.set(c, last);
      }
    } else {
      set1.forEach((c, i) => map.set(c, set2[Math.min(i, set2.length - 1)]));
    }
  }
  const squeezeSet = new Set(del || s2 !== undefined ? set2 : set1);
  const squeezeMember = (c: string) => (del || s2 !== undefined ? squeezeSet.has(c) : member1(c));
  let out = '';
  let prev: string | null = null;
  for (const ch of ctx.stdin) {
    if (del && member1(ch)) continue;
    const c = map.get(ch) ?? ch;
    if (squeeze && c === prev && squeezeMember(c)) continue;
    out += c;
    prev = c;
  }
  ctx.write(1, out);
  return 0;
};
