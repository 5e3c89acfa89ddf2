// encoding/json as the Docker CLI and daemon use it (Go 1.19): Marshal with
// struct field order and json tags, sorted map keys, Go's string escaping and
// ES6-style float formatting; Indent; and a decoder that yields the values
// `json.Decoder.UseNumber()` gives (docker inspect's raw template fallback).
import {
  GO_MARSHAL_JSON, JsonNumber, goMap, goNil, goSlice, isExported, kindOf, mapEntries,
  structFields, structMeta, typeName,
} from './go-value.js';

export interface JsonOptions {
  /** json.Marshal escapes <, >, & (true); the CLI's `json` template func and the daemon do not. */
  escapeHTML?: boolean;
}

/** Thrown for values encoding/json refuses (NaN, +Inf); message is Go's. */
export class JsonMarshalError extends Error {}

const hex = (n: number) => n.toString(16).padStart(4, '0');

/** encodeState.string: Go's escaping, not JSON.stringify's. */
const PLAIN = /^[\x20\x21\x23-\x25\x27-\x3b\x3d\x3f-\x5b\x5d-\x7e]*$/;

export function jsonString(s: string, escapeHTML = true): string {
  // fast path: printable ASCII that needs no escaping either way (most of what inspect prints)
  if (PLAIN.test(s)) return '"' + s + '"';
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || (escapeHTML && (ch === '<' || ch === '>' || ch === '&'))) out += '\\u' + hex(c);
    else if (c === 0x2028 || c === 0x2029) out += '\\u' + hex(c);
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd'; // lone surrogate: invalid UTF-8 in Go
    else out += ch;
  }
  return out + '"';
}

function floatJson(f: number): string {
  if (!Number.isFinite(f)) {
    throw new JsonMarshalError(`json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
  }
  // Go formats like ES6 Number->string; only -0 differs.
  return Object.is(f, -0) ? '-0' : String(f);
}

/** Parsed `json:"name,omitempty"` tag of one struct field. */
function fieldTag(tags: Record<string, string> | undefined, field: string): { name: string; omitEmpty: boolean } | null {
  const tag = tags?.[field];
  if (tag === undefined) return { name: field, omitEmpty: false };
  if (tag === '-') return null;
  const [name, ...opts] = tag.split(',');
  return { name: name || field, omitEmpty: opts.includes('omitempty') };
}

function isEmptyValue(v: unknown): boolean {
  switch (kindOf(v)) {
    case 'invalid': case 'nil': return true;
    case 'bool': return v === false;
    case 'int': case 'float': return Number(v) === 0;
    case 'string': return (v instanceof JsonNumber ? v.text : (v as string)) === '';
    case 'slice': return (v as unknown[]).length === 0;
    case 'map': return mapEntries(v).length === 0;
    default: return false;
  }
}

/** Escapes <, >, & (and U+2028/9) inside Marshaler output, as json's compact(escape=true). */
function compactEscape(s: string): string {
  return s.replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + hex(c.charCodeAt(0)));
}

function encode(v: unknown, html: boolean): string {
  if (v !== null && typeof v === 'object' && GO_MARSHAL_JSON in v) {
    const out = String((v as { [GO_MARSHAL_JSON]: () => string })[GO_MARSHAL_JSON]());
    return html ? compactEscape(out) : out;
  }
  switch (kindOf(v)) {
    case 'invalid': case 'nil': return 'null';
    case 'bool': return String(v);
    case 'int': return String(v);
    case 'float': return floatJson(Number(v));
    case 'string': return v instanceof JsonNumber ? v.text || '0' : jsonString(v as string, html);
    case 'slice': return '[' + (v as unknown[]).map((e) => encode(e, html)).join(',') + ']';
    case 'map': return '{' + mapEntries(v).map(([k, x]) => jsonString(k, html) + ':' + encode(x, html)).join(',') + '}';
    case 'struct':
      return '{' + jsonFields(v as object).map(([k, x]) => jsonString(k, html) + ':' + encode(x, html)).join(',') + '}';
    case 'func': throw new JsonMarshalError(`json: unsupported type: ${typeName(v)}`);
  }
}

/** json.Marshal (escapeHTML defaults to true) without the Encoder's newline. */
export function goJson(v: unknown, opts: JsonOptions = {}): string {
  return encode(v, opts.escapeHTML ?? true);
}

/**
 * json.Indent: whitespace between tokens is dropped, `{}`/`[]` stay compact,
 * and anything after the top-level value (e.g. a trailing newline) is kept.
 */
export function indentJson(src: string, prefix: string, indent: string): string {
  let out = '';
  let depth = 0;
  let open = 0;
  let needIndent = false;
  let done = false;
  const newline = (d: number) => { out += '\n' + prefix + indent.repeat(d); };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (done) { out += c; continue; }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (needIndent && c !== '}' && c !== ']') {
      needIndent = false;
      depth++;
      newline(depth);
    }
    if (c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j;
      if (open === 0) done = true;
      continue;
    }
    switch (c) {
      case '{': case '[': needIndent = true; open++; out += c; break;
      case ',': out += c; newline(depth); break;
      case ':': out += ': '; break;
      case '}': case ']':
        if (needIndent) needIndent = false;
        else { depth--; newline(depth); }
        out += c;
        if (--open === 0) done = true;
        break;
      default:
        out += c;
        // a top-level literal ends where the next character is not part of it
        if (open === 0 && !/[-+.0-9a-zA-Z]/.test(src[i + 1] ?? ' ')) done = true;
    }
  }
  return out;
}

/** the exported, tagged fields of a struct as [json name, value], omitempty applied */
function jsonFields(v: object): [string, unknown][] {
  const tags = structMeta(v)?.json;
  const out: [string, unknown][] = [];
  for (const [k, x] of structFields(v)) {
    if (!isExported(k)) continue;
    const tag = fieldTag(tags, k);
    if (!tag || (tag.omitEmpty && isEmptyValue(x))) continue;
    out.push([tag.name, x]);
  }
  return out;
}

/**
 * Marshal straight into json.Indent's layout (one pass instead of encode + re-scan), appending to
 * `out` so nested values are not copied level by level. `nl` is the newline plus the indentation.
 */
function encodeIndented(v: unknown, html: boolean, nl: string, indent: string, out: string[]): void {
  if (v !== null && typeof v === 'object' && GO_MARSHAL_JSON in v) {
    out.push(indentJson(encode(v, html), '', indent).replace(/\n/g, nl));
    return;
  }
  const kind = kindOf(v);
  if (kind !== 'slice' && kind !== 'map' && kind !== 'struct') {
    out.push(encode(v, html));
    return;
  }
  const inner = nl + indent;
  const [open, close] = kind === 'slice' ? ['[', ']'] : ['{', '}'];
  const entries: [string | null, unknown][] =
    kind === 'slice' ? (v as unknown[]).map((e) => [null, e]) : kind === 'map' ? mapEntries(v) : jsonFields(v as object);
  if (entries.length === 0) {
    out.push(open + close);
    return;
  }
  out.push(open);
  for (let i = 0; i < entries.length; i++) {
    const [k, x] = entries[i];
    out.push(i === 0 ? inner : ',' + inner);
    if (k !== null) out.push(jsonString(k, html) + ': ');
    encodeIndented(x, html, inner, indent, out);
  }
  out.push(nl + close);
}

/** json.MarshalIndent. */
export function marshalIndent(v: unknown, prefix: string, indent: string, opts: JsonOptions = {}): string {
  const out: string[] = [];
  encodeIndented(v, opts.escapeHTML ?? true, '\n' + prefix, indent, out);
  return out.join('');
}

/** Thrown by decodeJsonRaw for malformed input. */
export class JsonSyntaxError extends Error {}

/**
 * Decode JSON into what Go gets from json.Decoder with UseNumber into an
 * interface{}: map[string]interface{} (sorted, missing key = no value),
 * []interface{}, json.Number, string, bool, and nil interfaces.
 */
export function decodeJsonRaw(text: string): unknown {
  let i = 0;
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
  const fail = (): never => { throw new JsonSyntaxError(`invalid character at offset ${i}`); };
  const str = (): string => {
    const m = /^"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/.exec(text.slice(i));
    if (!m) fail();
    i += m![0].length;
    return JSON.parse(m![0]) as string;
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') { i++; return goMap(obj, { type: 'map[string]interface {}', zero: goNil('interface') }); }
      for (;;) {
        ws();
        const k = str();
        ws();
        if (text[i++] !== ':') fail();
        obj[k] = value();
        ws();
        const d = text[i++];
        if (d === '}') break;
        if (d !== ',') fail();
      }
      return goMap(obj, { type: 'map[string]interface {}', zero: goNil('interface') });
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') { i++; return goSlice(arr, '[]interface {}'); }
      for (;;) {
        arr.push(value());
        ws();
        const d = text[i++];
        if (d === ']') break;
        if (d !== ',') fail();
      }
      return goSlice(arr, '[]interface {}');
    }
    if (c === '"') return str();
    for (const [lit, v] of [['true', true], ['false', false], ['null', goNil('interface')]] as const) {
      if (text.startsWith(lit, i)) { i += lit.length; return v; }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m || m[0] === '') fail();
    i += m![0].length;
    return new JsonNumber(m![0]);
  };
  const v = value();
  ws();
  if (i !== text.length) fail();
  return v;
}


