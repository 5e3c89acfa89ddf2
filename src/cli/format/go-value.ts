// The JS-side model of Go values that the template engine, fmt printer and
// JSON encoder share. Go behaviour depends on static types that plain JS
// values do not carry (a nil slice prints `[]`, a nil map `map[]`, a nil
// pointer `<nil>`; a missing struct field is an error while a missing map key
// is `<no value>`), so callers say what they mean with the helpers below.
//
//   JS value                         Go meaning
//   -------------------------------  -------------------------------------------
//   undefined                        invalid reflect.Value (missing key / no value)
//   null                             nil pointer (prints `<nil>`, JSON null)
//   goNil('slice'|'map'|...)         typed nil (prints `[]`, `map[]`, ...)
//   string / boolean                 string / bool
//   number (integer) / bigint        int
//   number (non-integer), goFloat(n) float64
//   array                            slice (type from goSlice or inferred)
//   plain object                     struct (goStruct gives type name / json tags)
//   goMap(obj) or a JS Map           map[string]T (sorted iteration, key lookup)
//   function / goFunc(...)           method (called with template arguments)
//   JsonNumber                       json.Number (raw inspect fallback)
//   object with [GO_STRING]          fmt.Stringer; [GO_MARSHAL_JSON] json.Marshaler

export type NilKind = 'ptr' | 'slice' | 'map' | 'interface' | 'func';

/** A typed Go nil. `null` is shorthand for an untyped nil pointer. */
export class GoNil {
  constructor(readonly of: NilKind, readonly type?: string) {}
}

/** A float64 whose value is integral (JS numbers with integer values count as int). */
export class GoFloat {
  constructor(readonly value: number) {}
  valueOf(): number {
    return this.value;
  }
}

/** encoding/json's Number: a string kind that prints and marshals verbatim. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

/** Parameter types a Go function can declare (only what the builtins need). */
export type GoParam = 'string' | 'int' | 'bool' | 'float64' | 'any' | 'value' | '[]string';

/** A function with an explicit Go signature (plain JS functions take strings). */
export class GoFunc {
  constructor(
    readonly fn: (...args: any[]) => unknown,
    readonly params: GoParam[],
    readonly variadic = false,
  ) {}
}

/** fmt.Stringer: `%v`/`%s` print the result of this method. */
export const GO_STRING = Symbol.for('dockernet.go.String');
/** json.Marshaler: must return compact JSON text. */
export const GO_MARSHAL_JSON = Symbol.for('dockernet.go.MarshalJSON');

interface StructMeta {
  k: 'struct';
  type?: string;
  /** Go struct tags' json part per field, e.g. {ID: 'Id', Gateway: 'Gateway,omitempty'}. */
  json?: Record<string, string>;
}
interface MapMeta {
  k: 'map';
  type?: string;
  /** Methods defined on the map type (docker's SubHeaderContext.Label). */
  methods?: Record<string, unknown>;
  /** What `index` returns for a missing key (Go: zero value of the element type). */
  zero?: unknown;
}
interface SliceMeta {
  k: 'slice';
  type: string;
}
type Meta = StructMeta | MapMeta | SliceMeta;

// Metadata lives in a WeakMap so callers' objects stay untouched (and can be frozen).
const metas = new WeakMap<object, Meta>();

export function goStruct<T extends object>(obj: T, type?: string, json?: Record<string, string>): T {
  metas.set(obj, { k: 'struct', type, json });
  return obj;
}

export function goMap<T extends object>(
  obj: T,
  opts: { type?: string; methods?: Record<string, unknown>; zero?: unknown } = {},
): T {
  metas.set(obj, { k: 'map', ...opts });
  return obj;
}

export function goSlice<T extends unknown[]>(arr: T, type: string): T {
  metas.set(arr, { k: 'slice', type });
  return arr;
}

export function goNil(of: NilKind, type?: string): GoNil {
  return new GoNil(of, type);
}

export function goFloat(value: number): GoFloat {
  return new GoFloat(value);
}

export function goFunc(fn: (...args: any[]) => unknown, params: GoParam[], variadic = false): GoFunc {
  return new GoFunc(fn, params, variadic);
}

export type Kind =
  | 'invalid' | 'nil' | 'bool' | 'int' | 'float' | 'string'
  | 'slice' | 'map' | 'struct' | 'func';

export function kindOf(v: unknown): Kind {
  if (v === undefined) return 'invalid';
  if (v === null || v instanceof GoNil) return 'nil';
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return Number.isInteger(v) && !Object.is(v, -0) ? 'int' : 'float';
    case 'string': return 'string';
    case 'function': return 'func';
  }
  if (v instanceof JsonNumber) return 'string';
  if (v instanceof GoFloat) return 'float';
  if (v instanceof GoFunc) return 'func';
  if (Array.isArray(v)) return 'slice';
  if (v instanceof Map) return 'map';
  return metas.get(v as object)?.k === 'map' ? 'map' : 'struct';
}

export function structMeta(v: object): StructMeta | undefined {
  const m = metas.get(v);
  return m?.k === 'struct' ? m : undefined;
}

export function mapMeta(v: object): MapMeta | undefined {
  const m = metas.get(v);
  return m?.k === 'map' ? m : undefined;
}

/** Go's reflect type string for error messages, best effort for unmarked values. */
export function typeName(v: unknown): string {
  switch (kindOf(v)) {
    case 'invalid': return '<nil>';
    case 'nil': {
      if (v instanceof GoNil) {
        if (v.type) return v.type;
        return { ptr: '*struct {}', slice: '[]interface {}', map: 'map[string]interface {}', interface: 'interface {}', func: 'func()' }[v.of];
      }
      return 'interface {}';
    }
    case 'bool': return 'bool';
    case 'int': return 'int';
    case 'float': return 'float64';
    case 'string': return v instanceof JsonNumber ? 'json.Number' : 'string';
    case 'func': return 'func(string) string';
    case 'slice': {
      const m = metas.get(v as object);
      if (m?.k === 'slice') return m.type;
      const arr = v as unknown[];
      return arr.length > 0 && arr.every((e) => typeof e === 'string') ? '[]string' : '[]interface {}';
    }
    case 'map': {
      const m = v instanceof Map ? undefined : mapMeta(v as object);
      return m?.type ?? 'map[string]interface {}';
    }
    case 'struct': return structMeta(v as object)?.type ?? 'struct {}';
  }
}

/** Go compares strings bytewise (UTF-8); comparing code points gives the same order. */
const SURROGATE = /[\ud800-\udfff]/;

export function compareGoStrings(a: string, b: string): number {
  // strings without surrogates compare the same by UTF-16 unit as by code point
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca < cb ? -1 : 1;
    if (ca > 0xffff) i++;
  }
  return a.length - b.length;
}

/** Entries of a Go map in fmtsort order (keys are strings here). */
export function mapEntries(v: unknown): [string, unknown][] {
  if (v instanceof GoNil) return [];
  const entries: [string, unknown][] = v instanceof Map
    ? [...v.entries()].map(([k, x]) => [String(k), x])
    : Object.entries(v as object);
  return entries.sort((a, b) => compareGoStrings(a[0], b[0]));
}

/** Map index: undefined when the key is absent (Go's invalid Value). */
export function mapGet(v: unknown, key: string): unknown {
  if (v instanceof GoNil) return undefined;
  if (v instanceof Map) return v.has(key) ? v.get(key) : undefined;
  return Object.prototype.hasOwnProperty.call(v, key) ? (v as Record<string, unknown>)[key] : undefined;
}

/** Element type of a map or slice type name ("map[string]X" / "[]X"). */
export function elemType(v: unknown): string {
  const t = typeName(v);
  if (t.startsWith('map[')) {
    let depth = 0;
    for (let i = 3; i < t.length; i++) {
      if (t[i] === '[') depth++;
      else if (t[i] === ']' && --depth === 0) return t.slice(i + 1);
    }
  }
  return t.startsWith('[]') ? t.slice(2) : 'interface {}';
}

/** Zero value of a Go type given by name (unknown struct types: a nil interface). */
export function zeroOfType(t: string): unknown {
  if (t === 'string') return '';
  if (t === 'bool') return false;
  if (/^u?int(8|16|32|64)?$|^uintptr$|^float(32|64)$/.test(t)) return 0;
  if (t.startsWith('*')) return new GoNil('ptr', t);
  if (t.startsWith('[]')) return new GoNil('slice', t);
  if (t.startsWith('map[')) return new GoNil('map', t);
  return new GoNil('interface');
}

/** What Go's index returns for a missing key: the zero value of the element type. */
export function mapZero(m: unknown): unknown {
  const z = m instanceof GoNil || m instanceof Map ? undefined : mapMeta(m as object)?.zero;
  return z !== undefined ? z : zeroOfType(elemType(m));
}

export function mapLen(v: unknown): number {
  if (v instanceof GoNil) return 0;
  return v instanceof Map ? v.size : Object.keys(v as object).length;
}

export function isMethodValue(v: unknown): v is GoFunc | ((...a: any[]) => unknown) {
  return typeof v === 'function' || v instanceof GoFunc;
}

/** Exported struct fields in declaration (insertion) order; methods are not fields. */
export function structFields(v: object): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k];
    if (typeof x !== 'function' && !(x instanceof GoFunc)) out.push([k, x]);
  }
  return out;
}

/** Go exports identifiers that start with an upper-case letter. */
const exportedCache = new Map<string, boolean>();

export function isExported(name: string): boolean {
  let r = exportedCache.get(name);
  if (r === undefined) {
    r = /^\p{Lu}/u.test(name);
    if (exportedCache.size < 10_000) exportedCache.set(name, r);
  }
  return r;
}

/** String length in UTF-8 bytes (Go's len(string), positions in error messages). */
export function utf8Len(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
