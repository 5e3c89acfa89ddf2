// Parser of Go 1.19 text/template (text/template/parse/parse.go + node.go).
// The node shapes and their String() forms follow Go because execution
// errors quote them: `executing "" at <.Nope>: ...`.
import { goQuote } from './go-fmt.js';
import { isKeyword, lex, type Item, type ItemType } from './go-template-lex.js';

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

/** A parse failure; message is Go's exact text ("template: :1: ..."). */
export class TemplateParseError extends Error {}

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

/** strconv.ParseInt/ParseUint(text, 0, 64) including 0x/0o/0b prefixes and underscores. */
function parseGoInt(text: string, signed: boolean): bigint | null {
  let s = text;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    if (!signed) return null;
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let base = 10;
  let prefixed = false;
  if (/^0[xX]/.test(s)) { base = 16; s = s.slice(2); prefixed = true; }
  else if (/^0[oO]/.test(s)) { base = 8; s = s.slice(2); prefixed = true; }
  else if (/^0[bB]/.test(s)) { base = 2; s = s.slice(2); prefixed = true; }
  else if (/^0./.test(s)) { base = 8; s = s.slice(1); prefixed = true; }
  if (s.includes('_')) {
    // underscores only between digits or after a base prefix
    if (!prefixed && text.replace(/^[+-]/, '')[0] !== '0') return null;
    if (/__|_$/.test(s) || (!prefixed && s.startsWith('_'))) return null;
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

function newNumber(pos: number, text: string, typ: ItemType): NumberNode {
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
    const clean = text.replace(/_/g, '');
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

const itemString = (i: Item): string => {
  if (i.typ === 'eof') return 'EOF';
  if (i.typ === 'error') return i.val;
  if (isKeyword(i.typ)) return `<${i.val}>`;
  if ([...i.val].length > 10) return goQuote([...i.val].slice(0, 10).join('')) + '...';
  return goQuote(i.val);
};

export interface ParsedTemplate {
  text: string;
  /** Named trees; "" is the template itself, others come from define/block. */
  trees: Map<string, ListNode>;
}

class Parser {
  i = 0;
  high = 0;
  vars = ['$'];
  rangeDepth = 0;
  actionLine = 0;
  constructor(readonly items: Item[], readonly hasFunction: (name: string) => boolean, readonly trees: Map<string, ListNode>) {}

  next(): Item {
    const idx = Math.min(this.i++, this.items.length - 1);
    this.high = Math.max(this.high, idx);
    return this.items[idx];
  }
  backup(): void { this.i--; }
  peek(): Item { const t = this.next(); this.backup(); return t; }
  nextNonSpace(): Item { let t; do t = this.next(); while (t.typ === 'space'); return t; }
  peekNonSpace(): Item { const t = this.nextNonSpace(); this.backup(); return t; }

  errorf(msg: string): never {
    // Go reports the line of the most recently lexed token (t.token[0]).
    throw new TemplateParseError(`template: :${this.items[this.high].line}: ${msg}`);
  }
  unexpected(tok: Item, context: string): never {
    if (tok.typ === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== tok.line) {
        extra = ` in action started at :${this.actionLine}`;
        if (tok.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(tok.val + extra);
    }
    this.errorf(`unexpected ${itemString(tok)} in ${context}`);
  }
  expect(typ: ItemType, context: string): Item {
    const t = this.nextNonSpace();
    if (t.typ !== typ) this.unexpected(t, context);
    return t;
  }

  add(name: string, root: ListNode): void {
    const old = this.trees.get(name);
    if (old && !isEmptyTree(old) && !isEmptyTree(root)) this.errorf(`template: multiple definition of template ${goQuote(name)}`);
    if (!old || isEmptyTree(old)) this.trees.set(name, root);
  }

  parse(): ListNode {
    const root: ListNode = { type: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().typ !== 'eof') {
      if (this.peek().typ === 'leftDelim') {
        const at = this.i;
        this.next();
        if (this.nextNonSpace().typ === 'define') {
          this.parseDefinition();
          continue;
        }
        this.i = at;
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    return root;
  }

  parseDefinition(): void {
    const ctx = 'define clause';
    const tok = this.nextNonSpace();
    if (tok.typ !== 'string' && tok.typ !== 'rawString') this.unexpected(tok, ctx);
    const name = unquote(tok.val);
    if (name === null) this.errorf('invalid syntax');
    this.expect('rightDelim', ctx);
    const saved = this.vars;
    this.vars = ['$'];
    const [list, end] = this.itemList();
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${ctx}`);
    this.vars = saved;
    this.add(name, list);
  }

  itemList(): [ListNode, Node] {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== 'eof') {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  textOrAction(): Node {
    const tok = this.nextNonSpace();
    if (tok.typ === 'text') return { type: 'text', pos: tok.pos, text: tok.val };
    if (tok.typ !== 'leftDelim') this.unexpected(tok, 'input');
    this.actionLine = tok.line;
    try {
      return this.action();
    } finally {
      this.actionLine = 0;
    }
  }

  action(): Node {
    const tok = this.nextNonSpace();
    switch (tok.typ) {
      case 'block': return this.blockControl();
      case 'break': case 'continue': {
        const t = this.nextNonSpace();
        if (t.typ !== 'rightDelim') this.unexpected(t, `{{${tok.typ}}}`);
        if (this.rangeDepth === 0) this.errorf(`{{${tok.typ}}} outside {{range}}`);
        return { type: tok.typ, pos: tok.pos };
      }
      case 'else': return this.elseControl();
      case 'end': return { type: 'end', pos: this.expect('rightDelim', 'end').pos };
      case 'if': case 'range': case 'with': return this.control(tok.typ);
      case 'template': return this.templateControl();
    }
    this.backup();
    const t = this.peek();
    return { type: 'action', pos: t.pos, line: t.line, pipe: this.pipeline('command', 'rightDelim') };
  }

  elseControl(): Node {
    const peek = this.peekNonSpace();
    if (peek.typ === 'if') return { type: 'else', pos: peek.pos }; // "else if": the if stays pending
    return { type: 'else', pos: this.expect('rightDelim', 'else').pos };
  }

  control(kind: 'if' | 'range' | 'with'): BranchNode {
    const mark = this.vars.length;
    const pipe = this.pipeline(kind, 'rightDelim');
    if (kind === 'range') this.rangeDepth++;
    let [list, next] = this.itemList();
    if (kind === 'range') this.rangeDepth--;
    let elseList: ListNode | undefined;
    if (next.type === 'else') {
      if (kind === 'if' && this.peek().typ === 'if') {
        // {{if a}}x{{else if b}}y{{end}} is {{if a}}x{{else}}{{if b}}y{{end}}{{end}}
        this.next();
        elseList = { type: 'list', pos: next.pos, nodes: [this.control('if')] };
      } else {
        [elseList, next] = this.itemList();
        if (next.type !== 'end') this.errorf(`expected end; found ${nodeString(next)}`);
      }
    }
    this.vars.length = mark;
    return { type: kind, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
  }

  templateName(tok: Item, ctx: string): string {
    if (tok.typ !== 'string' && tok.typ !== 'rawString') this.unexpected(tok, ctx);
    const s = unquote(tok.val);
    if (s === null) this.errorf('invalid syntax');
    return s;
  }

  templateControl(): Node {
    const tok = this.nextNonSpace();
    const name = this.templateName(tok, 'template clause');
    let pipe: PipeNode | undefined;
    if (this.nextNonSpace().typ !== 'rightDelim') {
      this.backup();
      pipe = this.pipeline('template clause', 'rightDelim');
    }
    return { type: 'template', pos: tok.pos, name, pipe };
  }

  blockControl(): Node {
    const ctx = 'block clause';
    const tok = this.nextNonSpace();
    const name = this.templateName(tok, ctx);
    const pipe = this.pipeline(ctx, 'rightDelim');
    const saved = this.vars;
    this.vars = ['$'];
    const [list, end] = this.itemList();
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${ctx}`);
    this.vars = saved;
    this.add(name, list);
    return { type: 'template', pos: tok.pos, name, pipe };
  }

  pipeline(context: string, end: ItemType): PipeNode {
    const first = this.peekNonSpace();
    const pipe: PipeNode = { type: 'pipe', pos: first.pos, line: first.line, isAssign: false, decl: [], cmds: [] };
    for (;;) {
      const v = this.peekNonSpace();
      if (v.typ !== 'variable') break;
      const at = this.i;
      this.next();
      const next = this.peekNonSpace();
      if (next.typ === 'assign' || next.typ === 'declare') {
        pipe.isAssign = next.typ === 'assign';
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
      } else if (next.typ === 'char' && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace().typ;
          if (p === 'variable' || p === 'rightDelim' || p === 'rightParen') continue;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else {
        this.i = at;
      }
      break;
    }
    for (;;) {
      const tok = this.nextNonSpace();
      if (tok.typ === end) {
        if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((c, i) => {
          if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0].type)) {
            this.errorf(`non executable command in pipeline stage ${i + 2}`);
          }
        });
        return pipe;
      }
      if (['bool', 'charConstant', 'complex', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen'].includes(tok.typ)) {
        this.backup();
        pipe.cmds.push(this.command());
      } else {
        this.unexpected(tok, context);
      }
    }
  }

  command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const op = this.operand();
      if (op) cmd.args.push(op);
      const tok = this.next();
      if (tok.typ === 'space') continue;
      if (tok.typ === 'rightDelim' || tok.typ === 'rightParen') this.backup();
      else if (tok.typ !== 'pipe') this.unexpected(tok, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  operand(): Node | null {
    let node = this.term();
    if (!node || this.peek().typ !== 'field') return node;
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().typ === 'field') fields.push(this.next().val.slice(1));
    switch (node.type) {
      case 'field': node = { type: 'field', pos, ident: [...node.ident, ...fields] }; break;
      case 'variable': node = { type: 'variable', pos, ident: [...node.ident, ...fields] }; break;
      case 'bool': case 'string': case 'number': case 'nil': case 'dot':
        this.errorf(`unexpected . after term ${goQuote(nodeString(node))}`);
      default: node = { type: 'chain', pos, node, field: fields };
    }
    return node;
  }

  term(): Node | null {
    const tok = this.nextNonSpace();
    switch (tok.typ) {
      case 'identifier':
        if (!this.hasFunction(tok.val)) this.errorf(`function ${goQuote(tok.val)} not defined`);
        return { type: 'identifier', pos: tok.pos, ident: tok.val };
      case 'dot': return { type: 'dot', pos: tok.pos };
      case 'nil': return { type: 'nil', pos: tok.pos };
      case 'variable':
        if (!this.vars.includes(tok.val)) this.errorf(`undefined variable ${goQuote(tok.val)}`);
        return { type: 'variable', pos: tok.pos, ident: [tok.val] };
      case 'field': return { type: 'field', pos: tok.pos, ident: [tok.val.slice(1)] };
      case 'bool': return { type: 'bool', pos: tok.pos, val: tok.val === 'true' };
      case 'charConstant': case 'complex': case 'number':
        try {
          return newNumber(tok.pos, tok.val, tok.typ);
        } catch (e) {
          return this.errorf((e as Error).message);
        }
      case 'leftParen': return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string': case 'rawString': {
        const s = unquote(tok.val);
        if (s === null) this.errorf('invalid syntax');
        return { type: 'string', pos: tok.pos, quoted: tok.val, text: s };
      }
    }
    this.backup();
    return null;
  }
}

function isEmptyTree(n: Node): boolean {
  if (n.type === 'list') return n.nodes.every(isEmptyTree);
  if (n.type === 'text') return n.text.trim() === '';
  return false;
}

/** Parse a template; throws TemplateParseError with Go's message. */
export function parseTemplate(text: string, hasFunction: (name: string) => boolean): ParsedTemplate {
  const trees = new Map<string, ListNode>();
  const p = new Parser(lex(text, goQuote), hasFunction, trees);
  const root = p.parse();
  p.add('', root);
  return { text, trees };
}
