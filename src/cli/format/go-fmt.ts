// Go's fmt package as far as templates need it: Fprint of a value (how
// `{{.X}}` renders) and Sprint/Sprintln/Sprintf for the print builtins
// (number layouts come from go-strconv.ts). Ported from Go 1.19 fmt/print.go and
// fmt/format.go so that odd inputs come out the same (`%!d(string=x)`,
// `%!s(MISSING)`, `map[a:1 b:2]`, `{x y}` ...).
import { formatFloat, goQuote } from './go-strconv.js';
import {
  GO_STRING, GoNil, JsonNumber, kindOf, mapEntries, structFields, typeName,
} from './go-value.js';

export { formatFloat, goQuote };

interface Flags {
  minus: boolean; plus: boolean; sharp: boolean; space: boolean; zero: boolean;
  plusV: boolean; sharpV: boolean;
  wid?: number; prec?: number;
}
const noFlags = (): Flags => ({ minus: false, plus: false, sharp: false, space: false, zero: false, plusV: false, sharpV: false });

const runeCount = (s: string): number => [...s].length;

/** fmt.pad: width counts runes; '0' pads with zeros on the left, '-' pads on the right. */
function pad(s: string, f: Flags): string {
  if (f.wid === undefined) return s;
  const n = f.wid - runeCount(s);
  if (n <= 0) return s;
  if (f.minus) return s + ' '.repeat(n);
  return (f.zero ? '0' : ' ').repeat(n) + s;
}

// ---- verbs on basic kinds -----------------------------------------------------

function fmtFloatVerb(x: number, verb: string, f: Flags): string {
  let prec = -1;
  let v = verb;
  if (verb === 'v') v = 'g';
  else if ('fFeE'.includes(verb)) prec = 6;
  if (verb === 'F') v = 'f';
  if (f.prec !== undefined) prec = f.prec;
  let num = formatFloat(x, v, prec);
  if (num[0] !== '-' && num[0] !== '+') num = '+' + num;
  if (f.space && num[0] === '+' && !f.plus) num = ' ' + num.slice(1);
  if (num[1] === 'I' || num[1] === 'N') {
    if (num[1] === 'N' && !f.space && !f.plus) num = num.slice(1);
    return pad(num, { ...f, zero: false });
  }
  if (f.plus || num[0] !== '+') {
    if (f.zero && f.wid !== undefined && f.wid > num.length) {
      return num[0] + '0'.repeat(f.wid - num.length) + num.slice(1);
    }
    return pad(num, f);
  }
  return pad(num.slice(1), f);
}

function fmtInteger(n: number | bigint, verb: string, f: Flags): string {
  const big = BigInt(n);
  const neg = big < 0n;
  const abs = neg ? -big : big;
  if (verb === 'c') return pad(String.fromCodePoint(Number(abs)), f);
  if (verb === 'q') return pad("'" + goQuote(String.fromCodePoint(Number(abs))).slice(1, -1).replace(/\\"/g, '"') + "'", f);
  if (verb === 'U') return pad('U+' + abs.toString(16).toUpperCase().padStart(4, '0'), f);
  const base = { d: 10, v: 10, b: 2, o: 8, O: 8, x: 16, X: 16 }[verb] ?? 10;
  let prec = 0;
  if (f.prec !== undefined) {
    prec = f.prec;
    if (prec === 0 && abs === 0n) return pad('', { ...f, zero: false });
  } else if (f.zero && f.wid !== undefined) {
    prec = f.wid;
    if (neg || f.plus || f.space) prec--;
  }
  let digits = abs.toString(base);
  if (verb === 'X') digits = digits.toUpperCase();
  digits = digits.padStart(prec, '0');
  if (f.sharp && (verb === 'x' || verb === 'X') && abs !== 0n) digits = '0' + verb + digits;
  if (verb === 'O') digits = '0o' + digits;
  if (f.sharp && verb === 'o' && digits[0] !== '0') digits = '0' + digits;
  const sign = neg ? '-' : f.plus ? '+' : f.space ? ' ' : '';
  return pad(sign + digits, { ...f, zero: false });
}

function fmtString(s: string, verb: string, f: Flags): string {
  if (f.prec !== undefined && (verb === 's' || verb === 'v' || verb === 'q')) s = [...s].slice(0, f.prec).join('');
  switch (verb) {
    case 'v': case 's': return pad(s, f);
    case 'q':
      if (f.sharp && !/[`\x00-\x08\x0a-\x1f\x7f]/.test(s)) return pad('`' + s + '`', f);
      return pad(goQuote(s, f.plus), f);
    case 'x': case 'X': {
      const bytes = new TextEncoder().encode(s);
      let out = '';
      bytes.forEach((b, i) => {
        if (i > 0 && f.space) out += ' ';
        if (f.sharp && (i === 0 || f.space)) out += verb === 'x' ? '0x' : '0X';
        const h = b.toString(16).padStart(2, '0');
        out += verb === 'X' ? h.toUpperCase() : h;
      });
      return pad(out, f);
    }
  }
  return '';
}

// ---- values -------------------------------------------------------------------

// Go prints pointers as heap addresses; these stand-ins keep the shape
// (0xc000...) and stay the same for the same object.
const addresses = new WeakMap<object, string>();
let addressCount = 0;
function fakeAddress(o: object): string {
  let a = addresses.get(o);
  if (!a) {
    a = '0x' + (0xc000010000 + addressCount++ * 0x60).toString(16);
    addresses.set(o, a);
  }
  return a;
}

class Printer {
  /** isArg: formatting a Printf/Print argument (pointers show as &{...}). */
  constructor(public f: Flags, readonly isArg = true) {}

  badVerb(v: unknown, verb: string): string {
    if (v === undefined || (v instanceof GoNil && v.of === 'interface')) return `%!${verb}(<nil>)`;
    return `%!${verb}(${typeName(v)}=${this.value(v, 'v', 0)})`;
  }

  /** printArg/printValue: verb applied to v at nesting depth. */
  value(v: unknown, verb: string, depth: number): string {
    const f = this.f;
    if (v !== null && typeof v === 'object' && GO_STRING in v && 'vsxXq'.includes(verb)) {
      return fmtString(String((v as { [GO_STRING]: () => string })[GO_STRING]()), verb, f);
    }
    if (v instanceof JsonNumber) return 'vsxXq'.includes(verb) ? fmtString(v.text, verb, f) : this.badVerb(v, verb);
    switch (kindOf(v)) {
      case 'invalid':
        return verb === 'v' || depth > 0 ? pad('<nil>', f) : this.badVerb(v, verb);
      case 'nil': {
        const of = v instanceof GoNil ? v.of : 'ptr';
        if (of === 'slice') return verb === 'v' || 'sdqxXbo'.includes(verb) ? '[]' : this.badVerb(v, verb);
        if (of === 'map') return 'map[]';
        // a nil interface inside a slice/map/struct is <nil> whatever the verb
        if (of === 'interface') return verb === 'v' || depth > 0 ? pad('<nil>', f) : this.badVerb(v, verb);
        return 'vpbodxX'.includes(verb) ? pad('<nil>', f) : this.badVerb(v, verb);
      }
      case 'bool':
        return verb === 'v' || verb === 't' ? pad(String(v), f) : this.badVerb(v, verb);
      case 'int':
        return 'vdboOxXcqU'.includes(verb) ? fmtInteger(v as number, verb, f) : this.badVerb(v, verb);
      case 'float':
        return 'vbgGxXfFeE'.includes(verb) ? fmtFloatVerb(Number(v), verb, f) : this.badVerb(v, verb);
      case 'string':
        if (verb === 'v' && f.sharpV) return pad(goQuote(v as string), f); // %#v: Go syntax (strings only)
        return 'vsxXq'.includes(verb) ? fmtString(v as string, verb, f) : this.badVerb(v, verb);
      case 'slice':
        return '[' + (v as unknown[]).map((e) => this.value(e, verb, depth + 1)).join(' ') + ']';
      case 'map':
        return 'map[' + mapEntries(v).map(([k, x]) => this.value(k, verb, depth + 1) + ':' + this.value(x, verb, depth + 1)).join(' ') + ']';
      case 'struct': {
        // A pointer to a struct prints as &{...} when it is an argument itself
        // and as its address when nested (fmt's "avoid loops" rule).
        const ptr = typeName(v).startsWith('*');
        if (ptr && depth > 0) return pad(fakeAddress(v as object), f);
        return (ptr && this.isArg ? '&{' : '{') + structFields(v as object)
          .map(([k, x]) => (f.plusV ? k + ':' : '') + this.value(x, verb, depth + 1)).join(' ') + '}';
      }
      case 'func':
        // Go prints the code address; there is none to show here.
        return verb === 'v' || verb === 'p' ? pad('0x0', f) : this.badVerb(v, verb);
    }
  }
}

/** A Go value as fmt's %v prints it (what `{{.X}}` outputs after indirection). */
export function formatValue(v: unknown): string {
  return new Printer(noFlags(), false).value(v, 'v', 0);
}

/** fmt.Sprint of one argument (a pointer to a struct prints as &{...}). */
function printArg(v: unknown): string {
  return new Printer(noFlags()).value(v, 'v', 0);
}

const isStringArg = (a: unknown) => typeof a === 'string' || a instanceof JsonNumber;

/** fmt.Sprint: spaces only between operands when neither is a string. */
export function sprint(args: unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && !isStringArg(a) && !isStringArg(args[i - 1])) out += ' ';
    out += printArg(a);
  });
  return out;
}

/** fmt.Sprintln: always spaces, and a newline. */
export function sprintln(args: unknown[]): string {
  return args.map(printArg).join(' ') + '\n';
}

/** fmt.Sprintf, ported from fmt's doPrintf (flags, width, precision, %[n] indexes). */
export function sprintf(format: string, args: unknown[]): string {
  let out = '';
  let argNum = 0;
  let reordered = false;
  let goodArgNum = true;
  let i = 0;
  const end = format.length;
  // argNumber: an explicit "[n]" index, one-based.
  const argNumber = (): boolean => {
    if (format[i] !== '[') return false;
    reordered = true;
    const close = format.indexOf(']', i);
    const n = close > i ? format.slice(i + 1, close) : '';
    if (close < 0 || !/^\d+$/.test(n)) {
      goodArgNum = false;
      i += close < 0 ? 1 : close - i + 1;
      return false;
    }
    i = close + 1;
    if (Number(n) >= 1 && Number(n) <= args.length) argNum = Number(n) - 1;
    else goodArgNum = false;
    return true;
  };
  const intFromArg = (): number | undefined => {
    if (argNum >= args.length) return undefined;
    const a = args[argNum++];
    return kindOf(a) === 'int' && Math.abs(Number(a)) <= 1e6 ? Number(a) : undefined;
  };
  const parseNum = (): number | undefined => {
    const m = /^\d+/.exec(format.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return Number(m[0]);
  };
  while (i < end) {
    const lasti = i;
    while (i < end && format[i] !== '%') i++;
    out += format.slice(lasti, i);
    if (i >= end) break;
    i++;
    const f = noFlags();
    goodArgNum = true;
    for (; i < end; i++) {
      const c = format[i];
      if (c === '#') f.sharp = true;
      else if (c === '0') f.zero = !f.minus;
      else if (c === '+') f.plus = true;
      else if (c === '-') { f.minus = true; f.zero = false; }
      else if (c === ' ') f.space = true;
      else break;
    }
    let afterIndex = argNumber();
    if (format[i] === '*') {
      i++;
      const w = intFromArg();
      if (w === undefined) out += '%!(BADWIDTH)';
      else if (w < 0) { f.minus = true; f.zero = false; f.wid = -w; } else f.wid = w;
      afterIndex = false;
    } else {
      f.wid = parseNum();
      if (afterIndex && f.wid !== undefined) goodArgNum = false;
    }
    if (i + 1 < end && format[i] === '.') {
      i++;
      if (afterIndex) goodArgNum = false;
      afterIndex = argNumber();
      if (format[i] === '*') {
        i++;
        const p = intFromArg();
        if (p === undefined || p < 0) out += '%!(BADPREC)';
        else f.prec = p;
        afterIndex = false;
      } else {
        f.prec = parseNum() ?? 0;
      }
    }
    if (!afterIndex) afterIndex = argNumber();
    if (i >= end) { out += '%!(NOVERB)'; break; }
    const verb = String.fromCodePoint(format.codePointAt(i)!);
    i += verb.length;
    if (verb === '%') { out += '%'; continue; }
    if (!goodArgNum) { out += `%!${verb}(BADINDEX)`; continue; }
    if (argNum >= args.length) { out += `%!${verb}(MISSING)`; continue; }
    if (verb === 'v') { f.sharpV = f.sharp; f.sharp = false; f.plusV = f.plus; f.plus = false; }
    const arg = args[argNum++];
    out += verb === 'T' ? pad(argTypeName(arg), f) : new Printer(f).value(arg, verb, 0);
  }
  if (!reordered && argNum < args.length) {
    const p = new Printer(noFlags());
    out += '%!(EXTRA ' + args.slice(argNum)
      .map((a) => (isNilArg(a) ? '<nil>' : typeName(a) + '=' + p.value(a, 'v', 0))).join(', ') + ')';
  }
  return out;
}

const isNilArg = (a: unknown) => a === undefined || (a instanceof GoNil && a.of === 'interface');
const argTypeName = (a: unknown) => (isNilArg(a) ? '<nil>' : typeName(a));


