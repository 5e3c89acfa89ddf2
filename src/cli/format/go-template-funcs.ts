// Template functions: Go 1.19's builtins (text/template/funcs.go) and the
// Docker CLI's additions (docker/cli templates/templates.go at v20.10.24).
// Each function declares its Go signature because argument checking errors
// ("wrong number of args for join: want 2 got 1", "expected string; found 1")
// depend on it. Functions signal Go errors by throwing CallError.
import { sprint, sprintf, sprintln, formatValue } from './go-fmt.js';
import { goJson } from './go-json.js';
import {
  GoFunc, GoNil, JsonNumber, compareGoStrings, goSlice, kindOf, mapGet, mapLen, mapZero, typeName,
  utf8Len, type GoParam,
} from './go-value.js';

/** A Go error returned (or panicked) by a template function. */
export class CallError extends Error {}

export interface FuncDef {
  params: GoParam[];
  variadic: boolean;
  fn: (...args: any[]) => unknown;
}
export type FuncMap = Record<string, FuncDef | GoFunc | ((...args: any[]) => unknown)>;

/** Plain JS functions are methods/functions taking strings (docker's `Label(name string)`). */
export function toFuncDef(f: FuncDef | GoFunc | ((...args: any[]) => unknown)): FuncDef {
  if (f instanceof GoFunc) return { params: f.params, variadic: f.variadic, fn: f.fn };
  if (typeof f === 'function') return { params: Array(f.length).fill('string'), variadic: false, fn: f };
  return f;
}

const def = (params: GoParam[], fn: (...args: any[]) => unknown, variadic = false): FuncDef => ({ params, variadic, fn });

/** reflect's indirectInterface: a nil interface becomes the invalid value. */
export const indirectInterface = (v: unknown) => (v instanceof GoNil && v.of === 'interface' ? undefined : v);
const isNilPtr = (v: unknown) => v === null || (v instanceof GoNil && (v.of === 'ptr' || v.of === 'interface'));

/** template.IsTrue: [truth, ok]. */
export function isTrue(v: unknown): [boolean, boolean] {
  switch (kindOf(v)) {
    case 'invalid': case 'nil': return [false, true];
    case 'bool': return [v as boolean, true];
    case 'int': case 'float': return [Number(v) !== 0, true];
    case 'string': return [(v instanceof JsonNumber ? v.text : (v as string)).length > 0, true];
    case 'slice': return [(v as unknown[]).length > 0, true];
    case 'map': return [mapLen(v) > 0, true];
    default: return [true, true];
  }
}
const truth = (v: unknown) => isTrue(indirectInterface(v))[0];

type BasicKind = 'bool' | 'int' | 'float' | 'string' | 'invalid';
function basicKind(v: unknown): BasicKind {
  const k = kindOf(v);
  return k === 'bool' || k === 'int' || k === 'float' || k === 'string' ? k : 'invalid';
}
const strOf = (v: unknown) => (v instanceof JsonNumber ? v.text : (v as string));

function eq(a1: unknown, ...rest: unknown[]): boolean {
  a1 = indirectInterface(a1);
  if (rest.length === 0) throw new CallError('missing argument for comparison');
  const k1 = basicKind(a1);
  for (let a of rest) {
    a = indirectInterface(a);
    const k2 = basicKind(a);
    let t = false;
    if (k1 !== k2) {
      if (a1 !== undefined && a !== undefined) throw new CallError('incompatible types for comparison');
    } else if (k1 === 'string') t = strOf(a1) === strOf(a);
    else if (k1 === 'float') t = Number(a1) === Number(a);
    else if (k1 !== 'invalid') t = a1 == a; // eslint-disable-line eqeqeq -- number vs bigint
    else {
      const n1 = a1 === undefined || kindOf(a1) === 'nil';
      const n2 = a === undefined || kindOf(a) === 'nil';
      if (n1 || n2) t = n1 === n2;
      else if (kindOf(a) === 'slice' || kindOf(a) === 'map' || kindOf(a) === 'func') {
        throw new CallError(`non-comparable type ${formatValue(a)}: ${typeName(a)}`);
      } else t = a1 === a || goJson(a1) === goJson(a);
    }
    if (t) return true;
  }
  return false;
}

function lt(a1: unknown, a2: unknown): boolean {
  a1 = indirectInterface(a1);
  a2 = indirectInterface(a2);
  const k1 = basicKind(a1);
  const k2 = basicKind(a2);
  if (k1 === 'invalid' || k2 === 'invalid') throw new CallError('invalid type for comparison');
  if (k1 !== k2) throw new CallError('incompatible types for comparison');
  if (k1 === 'bool') throw new CallError('invalid type for comparison');
  if (k1 === 'string') return compareGoStrings(strOf(a1), strOf(a2)) < 0;
  return (a1 as number) < (a2 as number);
}

function indexArg(idx: unknown, cap: number): number {
  switch (kindOf(idx)) {
    case 'int': {
      const x = Number(idx);
      if (x < 0 || x > cap) throw new CallError(`index out of range: ${x}`);
      return x;
    }
    case 'invalid': throw new CallError('cannot index slice/array with nil');
    default: throw new CallError(`cannot index slice/array with type ${typeName(idx)}`);
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function index(item: unknown, ...indexes: unknown[]): unknown {
  item = indirectInterface(item);
  if (item === undefined) throw new CallError('index of untyped nil');
  for (let idx of indexes) {
    idx = indirectInterface(idx);
    if (isNilPtr(item)) throw new CallError('index of nil pointer');
    const k = kindOf(item);
    if (k === 'slice' || (k === 'nil' && (item as GoNil).of === 'slice')) {
      const arr = k === 'slice' ? (item as unknown[]) : [];
      const x = indexArg(idx, arr.length);
      if (x === arr.length) throw new CallError('reflect: slice index out of range');
      item = arr[x];
    } else if (k === 'string') {
      const bytes = utf8(strOf(item));
      const x = indexArg(idx, bytes.length);
      if (x === bytes.length) throw new CallError('reflect: string index out of range');
      item = bytes[x];
    } else if (k === 'map' || (k === 'nil' && (item as GoNil).of === 'map')) {
      if (idx === undefined) throw new CallError('value is nil; should be of type string');
      if (typeof idx !== 'string') throw new CallError(`value has type ${typeName(idx)}; should be string`);
      const v = mapGet(item, idx);
      item = v !== undefined ? v : mapZero(item);
    } else {
      throw new CallError(`can't index item of type ${typeName(item)}`);
    }
  }
  return item;
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  item = indirectInterface(item);
  if (item === undefined) throw new CallError('slice of untyped nil');
  if (indexes.length > 3) throw new CallError(`too many slice indexes: ${indexes.length}`);
  const k = kindOf(item);
  if (k === 'string' && indexes.length === 3) throw new CallError('cannot 3-index slice a string');
  if (k !== 'string' && k !== 'slice') throw new CallError(`can't slice item of type ${typeName(item)}`);
  const len = k === 'string' ? utf8Len(strOf(item)) : (item as unknown[]).length;
  const idx = [0, len, len];
  indexes.forEach((x, i) => { idx[i] = indexArg(indirectInterface(x), len); });
  if (idx[0] > idx[1]) throw new CallError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1] > idx[2]) throw new CallError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (k === 'string') return new TextDecoder().decode(utf8(strOf(item)).slice(idx[0], idx[1]));
  return goSlice((item as unknown[]).slice(idx[0], idx[1]), typeName(item));
}

function length(item: unknown): number {
  if (item === undefined) throw new CallError('reflect: call of reflect.Value.Type on zero Value');
  if (isNilPtr(item)) throw new CallError('len of nil pointer');
  switch (kindOf(item)) {
    case 'string': return utf8Len(strOf(item));
    case 'slice': return (item as unknown[]).length;
    case 'map': return mapLen(item);
    case 'nil': return 0; // nil slice or map
  }
  throw new CallError(`len of type ${typeName(item)}`);
}

function call(fn: unknown, ...args: unknown[]): unknown {
  fn = indirectInterface(fn);
  if (fn === undefined) throw new CallError('call of nil');
  if (kindOf(fn) !== 'func') throw new CallError(`non-function of type ${typeName(fn)}`);
  const f = toFuncDef(fn as GoFunc);
  const n = f.params.length;
  if (f.variadic ? args.length < n - 1 : args.length !== n) {
    throw new CallError(`wrong number of args: got ${args.length} want ${f.variadic ? 'at least ' : ''}${f.variadic ? n - 1 : n}`);
  }
  return f.fn(...args.map(indirectInterface));
}

// evalArgs: one string argument is used as is, anything else goes through Sprint
// after printableValue (which turns a nil interface into "<no value>").
function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args.map((a) => (indirectInterface(a) === undefined ? '<no value>' : a)));
}

function htmlEscape(s: string): string {
  const m: Record<string, string> = { '\0': '\uFFFD', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' };
  return s.replace(/[\0"'&<>]/g, (c) => m[c]);
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const m: Record<string, string> = { '\\': '\\\\', "'": "\\'", '"': '\\"', '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', '=': '\\u003D' };
    if (m[ch]) out += m[ch];
    else if (c < 0x20) out += '\\u00' + c.toString(16).toUpperCase().padStart(2, '0');
    else if (c < 0x80 || /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch)) out += ch;
    else out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
  }
  return out;
}

/** url.QueryEscape. */
function queryEscape(s: string): string {
  let out = '';
  for (const b of utf8(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

const unreachable = () => { throw new Error('and/or are evaluated by the executor'); };

export const builtinFuncs: Record<string, FuncDef> = {
  and: def(['value', 'value'], unreachable, true),
  or: def(['value', 'value'], unreachable, true),
  call: def(['value', 'value'], call, true),
  html: def(['any'], (...a: unknown[]) => htmlEscape(evalArgs(a)), true),
  index: def(['value', 'value'], index, true),
  slice: def(['value', 'value'], slice, true),
  js: def(['any'], (...a: unknown[]) => jsEscape(evalArgs(a)), true),
  len: def(['value'], length),
  not: def(['value'], (a: unknown) => !truth(a)),
  print: def(['any'], (...a: unknown[]) => sprint(a), true),
  printf: def(['string', 'any'], (f: string, ...a: unknown[]) => sprintf(f, a), true),
  println: def(['any'], (...a: unknown[]) => sprintln(a), true),
  urlquery: def(['any'], (...a: unknown[]) => queryEscape(evalArgs(a)), true),
  eq: def(['value', 'value'], eq, true),
  ne: def(['value', 'value'], (a: unknown, b: unknown) => !eq(a, b)),
  lt: def(['value', 'value'], lt),
  le: def(['value', 'value'], (a: unknown, b: unknown) => lt(a, b) || eq(a, b)),
  gt: def(['value', 'value'], (a: unknown, b: unknown) => !(lt(a, b) || eq(a, b))),
  ge: def(['value', 'value'], (a: unknown, b: unknown) => !lt(a, b)),
};

/** strings.Title: upper-case the first letter of every word. */
function title(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    const sep = /[\p{L}\p{Nd}_]/u.test(prev) ? false : prev.charCodeAt(0) < 0x80 || /\s/u.test(prev);
    out += sep ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}

/** strings.Split: an empty separator splits into UTF-8 sequences (runes). */
const split = (s: string, sep: string) => goSlice(sep === '' ? [...s] : s.split(sep), '[]string');

function repeat(n: number): string {
  if (n < 0) throw new CallError('strings: negative Repeat count');
  return ' '.repeat(n);
}

/** docker/cli templates.basicFunctions. */
export const dockerFuncs: Record<string, FuncDef> = {
  // Encoder.Encode errors are ignored by docker: nothing was written, so "".
  json: def(['any'], (v: unknown) => {
    try {
      return goJson(v, { escapeHTML: false }).trim();
    } catch {
      return '';
    }
  }),
  split: def(['string', 'string'], split),
  join: def(['[]string', 'string'], (a: string[] | GoNil, sep: string) => (a instanceof GoNil ? '' : a.join(sep))),
  title: def(['string'], title),
  lower: def(['string'], (s: string) => s.toLowerCase()),
  upper: def(['string'], (s: string) => s.toUpperCase()),
  pad: def(['string', 'int', 'int'], (s: string, pre: number, suf: number) => (s === '' ? s : repeat(pre) + s + repeat(suf))),
  truncate: def(['string', 'int'], (s: string, n: number) => {
    const b = utf8(s);
    if (b.length < n) return s;
    if (n < 0) throw new CallError(`runtime error: slice bounds out of range [:${n}]`);
    return new TextDecoder().decode(b.slice(0, n));
  }),
};

/** docker/cli templates.HeaderFunctions: keep header cells intact (pad is not replaced). */
export const headerFuncs: Record<string, FuncDef> = {
  json: def(['string'], (v: string) => v),
  split: def(['string', 'string'], (v: string) => v),
  join: def(['string', 'string'], (v: string) => v),
  title: def(['string'], (v: string) => v),
  lower: def(['string'], (v: string) => v),
  upper: def(['string'], (v: string) => v),
  truncate: def(['string', 'int'], (v: string) => v),
};
