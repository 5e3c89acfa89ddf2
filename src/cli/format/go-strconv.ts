// The parts of Go's strconv that fmt and the template parser rely on:
// Quote (for %q, error messages and docker's COMMAND column) and
// FormatFloat with Go's rounding (exact value, ties to even) and its
// %e/%f/%g layouts.

function isPrint(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(cp));
}

/** strconv.Quote (asciiOnly: QuoteToASCII). */
export function goQuote(s: string, asciiOnly = false): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd'; // lone surrogate = invalid UTF-8
    else if (isPrint(c) && (!asciiOnly || c < 0x80)) out += ch;
    else {
      const esc: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };
      const hex = (n: number, w: number) => n.toString(16).padStart(w, '0');
      if (esc[c]) out += esc[c];
      else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
      else if (c < 0x10000) out += '\\u' + hex(c, 4);
      else out += '\\U' + hex(c, 8);
    }
  }
  return out + '"';
}

interface Decimal { d: string; dp: number } // value = 0.d × 10^dp, no trailing zeros

/** Shortest digits that read back as x (what strconv's shortest mode finds). */
function shortestDigits(x: number): Decimal {
  if (x === 0) return { d: '', dp: 0 };
  const [mant, exp] = Math.abs(x).toExponential().split('e');
  return { d: mant.replace('.', '').replace(/0+$/, ''), dp: Number(exp) + 1 };
}

/** The exact decimal expansion of |x| (a double is m·2^e, so m·5^-e digits). */
function exactDigits(x: number): Decimal {
  if (x === 0) return { d: '', dp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e = -1074;
  if (biased !== 0) {
    mant |= 1n << 52n;
    e = biased - 1075;
  }
  const n = e >= 0 ? (mant << BigInt(e)).toString() : (mant * 5n ** BigInt(-e)).toString();
  return { d: n.replace(/0+$/, ''), dp: n.length + Math.min(e, 0) };
}

/** strconv's decimal.Round(nd): keep nd digits, ties to even on the exact value. */
function roundDecimal(v: Decimal, nd: number): Decimal {
  const { d, dp } = v;
  if (nd < 0 || nd >= d.length) return v;
  const up = d[nd] === '5' && nd + 1 === d.length ? nd > 0 && Number(d[nd - 1]) % 2 === 1 : d[nd] >= '5';
  if (!up) {
    const t = d.slice(0, nd).replace(/0+$/, '');
    return { d: t, dp: t === '' ? 0 : dp };
  }
  let i = nd - 1;
  while (i >= 0 && d[i] === '9') i--;
  if (i < 0) return { d: '1', dp: dp + 1 };
  return { d: d.slice(0, i) + String(Number(d[i]) + 1), dp };
}

function fmtE(neg: boolean, d: string, dp: number, prec: number, ch: string): string {
  let out = (neg ? '-' : '') + (d[0] ?? '0');
  if (prec > 0) out += '.' + d.slice(1, prec + 1).padEnd(prec, '0');
  let exp = d.length === 0 ? 0 : dp - 1;
  const sign = exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  return out + ch + sign + (exp < 10 ? '0' + exp : String(exp));
}

function fmtF(neg: boolean, d: string, dp: number, prec: number): string {
  let out = neg ? '-' : '';
  out += dp > 0 ? d.slice(0, dp).padEnd(dp, '0') : '0';
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) {
      const j = dp + i - 1;
      out += j >= 0 && j < d.length ? d[j] : '0';
    }
  }
  return out;
}

/** strconv.FormatFloat(x, fmt, prec, 64) for fmt in e E f g G; prec -1 = shortest. */
export function formatFloat(x: number, fmt: string, prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  const shortest = prec < 0;
  const lower = fmt.toLowerCase();
  let digs: Decimal;
  if (shortest) {
    digs = shortestDigits(x);
    prec = lower === 'e' ? Math.max(digs.d.length - 1, 0) : lower === 'f' ? Math.max(digs.d.length - digs.dp, 0) : digs.d.length;
  } else {
    const exact = exactDigits(x);
    if (lower === 'g' && prec === 0) prec = 1;
    digs = roundDecimal(exact, lower === 'e' ? prec + 1 : lower === 'f' ? exact.dp + prec : prec);
  }
  const { d, dp } = digs;
  if (lower === 'e') return fmtE(neg, d, dp, prec, fmt);
  if (lower === 'f') return fmtF(neg, d, dp, prec);
  let eprec = prec;
  if (eprec > d.length && d.length >= dp) eprec = d.length;
  if (shortest) eprec = 6;
  const exp = dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > d.length) prec = d.length;
    return fmtE(neg, d, dp, prec - 1, fmt === 'G' ? 'E' : 'e');
  }
  if (prec > dp) prec = d.length;
  return fmtF(neg, d, dp, Math.max(prec - dp, 0));
}
