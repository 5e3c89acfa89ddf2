// Parse tree nodes of Go 1.19 text/template (text/template/parse/node.go)
// with their String() forms, which execution errors quote
// (`executing "" at <.Nope>`), plus the literal parsing the parser needs:
// strconv.Unquote and Go's number syntax (0x/0o/0b, underscores, 'c').
import { goQuote } from './go-fmt.js';
import type { ItemType } from './go-template-lex.js';

interface Base { pos: number }
export interface ListNode extends Base { type: 'list'; nodes: Node[] }
export interface PipeNode extends Base { type: 'pipe'; line: number; isAssign: boolean; decl: VariableNode[]; cmds: CommandNode[] }
export interface CommandNode extends Base { type: 'command'; args: Node[] }
export interface VariableNode extends Base { type: 'variable'; ident: string[] }
export interface FieldNode extends Base { type: 'field'; ident: string[] }
export interface ChainNode extends Base { type: 'chain'; node: Node; field: string[] }
export interface NumberNode extends Base {
  type: 'number'; text: string; isInt: boolean; isUint: boolean; isFloat: boolean; isComplex: boolean;
  int: number | bigint; float: number;
}
export interface BranchNode extends Base { type: 'if' | 'range' | 'with'; line: number; pipe: PipeNode; list: ListNode; elseList?: ListNode }
export type Node =
  | ListNode | PipeNode | CommandNode | VariableNode | FieldNode | ChainNode | NumberNode | BranchNode
  | (Base & { type: 'text'; text: string })
  | (Base & { type: 'action'; line: number; pipe: PipeNode })
  | (Base & { type: 'identifier'; ident: string })
  | (Base & { type: 'dot' | 'nil' | 'end' | 'break' | 'continue' | 'else' })
  | (Base & { type: 'bool'; val: boolean })
  | (Base & { type: 'string'; quoted: string; text: string })
  | (Base & { type: 'template'; name: string; pipe?: PipeNode });

/** Node.String() as in Go's parse/node.go. */
export function nodeString(n: Node): string {
  switch (n.type) {
    case 'list': return n.nodes.map(nodeString).join('');
    case 'text': return goQuote(n.text);
    case 'action': return '{{' + nodeString(n.pipe) + '}}';
    case 'pipe':
      return (n.decl.length ? n.decl.map(nodeString).join(', ') + ' := ' : '') + n.cmds.map(nodeString).join(' | ');
    case 'command':
      return n.args.map((a) => (a.type === 'pipe' ? '(' + nodeString(a) + ')' : nodeString(a))).join(' ');
    case 'identifier': return n.ident;
    case 'variable': return n.ident.join('.');
    case 'field': return n.ident.map((f) => '.' + f).join('');
    case 'chain':
      return (n.node.type === 'pipe' ? '(' + nodeString(n.node) + ')' : nodeString(n.node)) + n.field.map((f) => '.' + f).join('');
    case 'dot': return '.';
    case 'nil': return 'nil';
    case 'bool': return String(n.val);
    case 'number': return n.text;
    case 'string': return n.quoted;
    case 'end': return '{{end}}';
    case 'else': return '{{else}}';
    case 'break': return '{{break}}';
    case 'continue': return '{{continue}}';
    case 'template': return `{{template ${goQuote(n.name)}${n.pipe ? ' ' + nodeString(n.pipe) : ''}}}`;
    case 'if': case 'range': case 'with':
      return `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}${n.elseList ? '{{else}}' + nodeString(n.elseList) : ''}{{end}}`;
  }
}

/** strconv.Unquote for "..." / `...` / '...' literals; null on bad syntax. */
export function unquote(q: string): string | null {
  if (q[0] === '`') return q.length >= 2 && q.endsWith('`') ? q.slice(1, -1).replace(/\r/g, '') : null;
  const quote = q[0];
  if (q.length < 2 || q[q.length - 1] !== quote) return null;
  const body = q.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === quote || c === '\n') return null;
    if (c !== '\\') { out += c; continue; }
    const e = body[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
    if (e in simple) out += simple[e];
    else if (e === quote) out += e;
    else if (e === 'x' || e === 'u' || e === 'U') {
      const w = { x: 2, u: 4, U: 8 }[e];
      const hex = body.slice(i + 1, i + 1 + w);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== w) return null;
      const cp = parseInt(hex, 16);
      if (e !== 'x' && (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))) return null;
      out += String.fromCodePoint(cp);
      i += w;
    } else if (e >= '0' && e <= '7') {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) return null;
      out += String.fromCharCode(parseInt(oct, 8));
      i += 2;
    } else return null;
  }
  if (quote === "'" && [...out].length !== 1) return null;
  return out;
}

/** strconv's underscoreOK: underscores only between digits (or after a base prefix). */
function underscoreOK(text: string): boolean {
  let s = text.replace(/^[+-]/, '');
  let saw = '^';
  let hexDigits = false;
  if (/^0[bBoOxX]/.test(s)) {
    saw = '0';
    hexDigits = /^0[xX]/.test(s);
    s = s.slice(2);
  }
  for (const c of s) {
    if ((c >= '0' && c <= '9') || (hexDigits && /[a-fA-F]/.test(c))) saw = '0';
    else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

/** strconv.ParseInt/ParseUint(text, 0, 64): 0x/0o/0b/0 prefixes and underscores. */
function parseGoInt(text: string, signed: boolean): bigint | null {
  let s = text;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    if (!signed) return null;
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let base = 10;
  if (/^0[xX]/.test(s)) { base = 16; s = s.slice(2); }
  else if (/^0[oO]/.test(s)) { base = 8; s = s.slice(2); }
  else if (/^0[bB]/.test(s)) { base = 2; s = s.slice(2); }
  else if (/^0./.test(s)) { base = 8; s = s.slice(1); }
  if (s.includes('_')) {
    if (!underscoreOK(text)) return null;
    s = s.replace(/_/g, '');
  }
  const digits = '0123456789abcdef'.slice(0, base);
  if (s === '' || ![...s.toLowerCase()].every((c) => digits.includes(c))) return null;
  let v = 0n;
  for (const c of s.toLowerCase()) v = v * BigInt(base) + BigInt(digits.indexOf(c));
  if (neg) v = -v;
  const lim = signed ? [-(1n << 63n), (1n << 63n) - 1n] : [0n, (1n << 64n) - 1n];
  return v < lim[0] || v > lim[1] ? null : v;
}

const asInt = (v: bigint): number | bigint => (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);

export function newNumber(pos: number, text: string, typ: ItemType): NumberNode {
  const n: NumberNode = { type: 'number', pos, text, isInt: false, isUint: false, isFloat: false, isComplex: false, int: 0, float: 0 };
  if (typ === 'charConstant') {
    const r = unquote(text);
    if (r === null) throw new Error(text.length > 3 && text[1] !== '\\' ? `malformed character constant: ${text}` : 'invalid syntax');
    const cp = r.codePointAt(0)!;
    return { ...n, isInt: true, isUint: true, isFloat: true, int: cp, float: cp };
  }
  if (typ === 'complex' || text.endsWith('i')) {
    // Go would build a complex128; nothing in docker's templates needs complex numbers.
    throw new Error(`complex number constants are not supported: ${goQuote(text)}`);
  }
  const u = parseGoInt(text, false);
  const i = parseGoInt(text, true);
  if (u !== null) { n.isUint = true; }
  if (i !== null) { n.isInt = true; n.int = asInt(i); }
  if (n.isInt) { n.isFloat = true; n.float = Number(i); }
  else if (u !== null) { n.isFloat = true; n.float = Number(u); }
  else {
    const clean = underscoreOK(text) ? text.replace(/_/g, '') : text;
    const f = /^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)$/.test(clean) ? Number(clean) : NaN;
    if (!Number.isNaN(f)) {
      if (!/[.eEpP]/.test(text)) throw new Error(`integer overflow: ${goQuote(text)}`);
      n.isFloat = true;
      n.float = f;
      if (Number.isInteger(f) && Math.abs(f) < 2 ** 63) { n.isInt = true; n.int = asInt(BigInt(f)); }
      if (Number.isInteger(f) && f >= 0 && f < 2 ** 64) n.isUint = true;
    }
  }
  if (!n.isInt && !n.isUint && !n.isFloat) throw new Error(`illegal number syntax: ${goQuote(text)}`);
  return n;
}

