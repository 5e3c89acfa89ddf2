/** awk values (number, string, or "strnum" from input), conversions, sprintf, control signals. */
import { expo, fixed, general } from '../numfmt';
import { posixToJs } from './regex';

/** a strnum is input text that compares as a number when it looks like one */
export type Val = number | string | { s: string; num: number | null };

export class Next {}
export class Exit { constructor(readonly code: number) {} }
export class Break {}
export class Continue {}
export class Return { constructor(readonly v: Val) {} }
/** a run-time error; mawk and busybox word them differently */
export class AwkRuntimeError extends Error {
  constructor(readonly mawk: string, readonly busybox: string = mawk) {
    super(mawk);
  }
}

const NUMERIC = /^[ \t\n]*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?[ \t\n]*$/;

export function strnum(s: string, num?: number): Val {
  return { s, num: num ?? (NUMERIC.test(s) ? Number(s) : null) };
}

/** awk's string-to-number: the longest numeric prefix, else 0 */
function prefixNum(s: string): number {
  const m = /^[ \t\n]*([-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?)/.exec(s);
  return m ? Number(m[1]) : 0;
}

export function toNum(v: Val): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return prefixNum(v);
  return v.num ?? prefixNum(v.s);
}

export function isNum(v: Val): boolean {
  return typeof v === 'number' || (typeof v === 'object' && v.num !== null);
}

/**
 * mawk prints whole numbers as integers only within 32 bits (1e10 prints as 1e+10).
 * Set by each awk run before it starts; runs are synchronous, so they cannot interleave.
 */
let mawkInts = false;
export function setMawk(on: boolean): void {
  mawkInts = on;
}

export function fmtNum(n: number, fmt: string): string {
  if (Number.isInteger(n) && Math.abs(n) < (mawkInts ? 2 ** 31 : 1e16)) return String(n);
  if (Number.isNaN(n)) return mawkInts ? '-nan' : 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  return awkSprintf(fmt, [n]);
}

export function toStr(v: Val, convfmt = '%.6g'): string {
  if (typeof v === 'number') return fmtNum(v, convfmt);
  if (typeof v === 'string') return v;
  return v.s;
}

/** `strict` (mawk): too few arguments is an error, as in mawk; busybox uses empty values */
export function awkSprintf(fmt: string, args: Val[], strict = false, what = 'sprintf'): string {
  let k = 0;
  const next = (): Val => {
    if (k < args.length) return args[k++];
    if (strict) throw new AwkRuntimeError(`not enough arguments passed to ${what}("${fmt}")`);
    k++;
    return '';
  };
  return fmt.replace(/%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([a-zA-Z%])/g, (spec, flags: string, w?: string, pr?: string, conv?: string) => {
    if (conv === '%') return '%';
    if (!'diouxXeEfFgGcs'.includes(conv!)) return spec;
    let width = w === '*' ? Math.trunc(toNum(next())) : Number(w ?? 0);
    const prec = pr === undefined ? undefined : pr === '*' ? Math.trunc(toNum(next())) : Number(pr || 0);
    let left = flags.includes('-');
    if (width < 0) { left = true; width = -width; }
    const v = next();
    let s: string;
    let numeric = true;
    switch (conv) {
      case 'd': case 'i': {
        const n = Math.trunc(toNum(v));
        s = Math.abs(n).toString();
        if (prec !== undefined) s = s.padStart(prec, '0');
        s = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + s;
        break;
      }
      case 'o': case 'x': case 'X': case 'u': {
        let n = Math.trunc(toNum(v));
        if (n < 0) n = 2 ** 32 + n;
        s = n.toString(conv === 'o' ? 8 : conv === 'u' ? 10 : 16);
        if (conv === 'X') s = s.toUpperCase();
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const n = toNum(v);
        const p = prec ?? 6;
        s = conv === 'f' || conv === 'F' ? fixed(Math.abs(n), p) : conv === 'e' || conv === 'E' ? expo(Math.abs(n), p, conv === 'E') : general(Math.abs(n), p, flags.includes('#'), conv === 'G');
        s = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + s;
        break;
      }
      case 'c':
        numeric = false;
        s = typeof v === 'number' ? String.fromCharCode(v) : toStr(v).slice(0, 1);
        break;
      case 's':
        numeric = false;
        s = typeof v === 'number' ? fmtNum(v, '%.6g') : toStr(v);
        if (prec !== undefined) s = s.slice(0, prec);
        break;
      default:
        return spec;
    }
    if (s.length >= width) return s;
    if (left) return s + ' '.repeat(width - s.length);
    if (numeric && flags.includes('0')) {
      const sign = /^[-+ ]/.test(s) ? s[0] : '';
      return sign + '0'.repeat(width - s.length) + s.slice(sign.length);
    }
    return ' '.repeat(width - s.length) + s;
  });
}

const cache = new Map<string, RegExp>();

/** an awk (extended) regular expression as a JS RegExp; flags '' or 'g' */
export function compileRe(src: string, flags: string): RegExp {
  const key = flags + '\0' + src;
  let re = cache.get(key);
  if (!re) {
    try {
      re = new RegExp(posixToJs(src, true, true), flags);
    } catch {
      throw new AwkRuntimeError(`regular expression compile failed (${src})`, `bad regex '${src}'`);
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}
