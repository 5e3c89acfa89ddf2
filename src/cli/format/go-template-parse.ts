// Parser of Go 1.19 text/template (text/template/parse/parse.go). Token
// look-ahead, error wording and line numbers follow Go's: a parse error
// reads "template: :LINE: ..." with the line of the last token read.
import { goQuote } from './go-fmt.js';
import { isKeyword, lex, type Item, type ItemType } from './go-template-lex.js';
import {
  newNumber, nodeString, unquote, type BranchNode, type CommandNode, type ListNode, type Node, type PipeNode,
} from './go-template-nodes.js';

export * from './go-template-nodes.js';

/** A parse failure; message is Go's exact text ("template: :1: ..."). */
export class TemplateParseError extends Error {}

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
