/**
 * Parser for the awk subset: patterns (BEGIN, END, expressions, /re/, ranges), actions
 * with print/printf (and > >> redirection), if/while/do/for/for-in, next, exit,
 * break/continue, delete, user functions, getline [var] [< file], print | "cmd", and
 * the usual expression grammar. Not supported (reported as such): "cmd" | getline.
 */

export type Expr =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 're'; src: string }
  | { t: 'var'; name: string }
  | { t: 'field'; e: Expr }
  | { t: 'idx'; name: string; keys: Expr[] }
  | { t: 'assign'; op: string; target: Expr; e: Expr }
  | { t: 'cond'; c: Expr; a: Expr; b: Expr }
  | { t: 'bin'; op: string; a: Expr; b: Expr }
  | { t: 'unary'; op: string; e: Expr }
  | { t: 'match'; neg: boolean; a: Expr; re: Expr }
  | { t: 'in'; keys: Expr[]; name: string }
  | { t: 'incdec'; op: string; prefix: boolean; target: Expr }
  | { t: 'call'; name: string; args: Expr[] }
  | { t: 'group'; e: Expr }
  /** `(a, b)`: only valid before `in` or as print's argument list */
  | { t: 'list'; items: Expr[] }
  /** getline [var] [< file] */
  | { t: 'getline'; target?: Expr; file?: Expr };

export type Stmt =
  | { t: 'print' | 'printf'; args: Expr[]; dest?: { mode: string; e: Expr } }
  | { t: 'expr'; e: Expr }
  | { t: 'if'; c: Expr; a: Stmt; b?: Stmt }
  | { t: 'while'; c: Expr; body: Stmt }
  | { t: 'do'; body: Stmt; c: Expr }
  | { t: 'for'; init?: Expr; c?: Expr; step?: Expr; body: Stmt }
  | { t: 'forin'; v: string; arr: string; body: Stmt }
  | { t: 'block'; body: Stmt[] }
  | { t: 'simple'; kind: 'next' | 'break' | 'continue' | 'nextfile' }
  | { t: 'exit' | 'return'; e?: Expr }
  | { t: 'delete'; name: string; keys?: Expr[] };

export interface Rule { kind: 'begin' | 'end' | 'main'; pattern?: Expr; range?: [Expr, Expr]; body?: Stmt[] }
export interface Program { rules: Rule[]; funcs: Map<string, { params: string[]; body: Stmt[] }> }

export class AwkSyntaxError extends Error {
  /** mawk counts the end of the program as one more line; busybox does not */
  constructor(msg: string, readonly line: number, readonly atEof = false) {
    super(msg);
  }
}

/** `v` is the token text; numbers also carry their value in `n` */
type Tok = { k: 'num' | 'str' | 're' | 'name' | 'func' | 'op' | 'nl' | 'eof'; v: string; n?: number; line: number };

export const BUILTIN_FUNCS = new Set(['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'tolower',
  'toupper', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'rand', 'srand', 'system', 'close', 'fflush']);
const KEYWORDS = new Set(['BEGIN', 'END', 'function', 'func', 'if', 'else', 'while', 'for', 'do', 'in', 'print', 'printf',
  'next', 'nextfile', 'exit', 'return', 'break', 'continue', 'delete', 'getline']);
const OPS = ['+=', '-=', '*=', '/=', '%=', '^=', '**=', '==', '<=', '>=', '!=', '++', '--', '&&', '||', '>>', '!~', '**',
  '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '='];
const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let line = 1;
  let i = 0;
  const regexAllowed = () => {
    const p = toks[toks.length - 1];
    if (!p) return true;
    if (p.k === 'name' && KEYWORDS.has(p.v)) return true;
    if (p.k === 'num' || p.k === 'str' || p.k === 'name' || p.k === 're') return false;
    return !(p.k === 'op' && (p.v === ')' || p.v === ']' || p.v === '$' || p.v === '++' || p.v === '--'));
  };
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '\\' && src[i + 1] === '\n') { i += 2; line++; continue; }
    if (c === '#') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '\n') { toks.push({ k: 'nl', v: '\n', line }); line++; i++; continue; }
    if (c === '"') {
      let s = '';
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\n') throw new AwkSyntaxError('runaway string constant', line);
        if (src[i] === '\\' && i + 1 < src.length) {
          const oct = /^[0-7]{1,3}/.exec(src.slice(i + 1, i + 4));
          if (oct) { s += String.fromCharCode(parseInt(oct[0], 8)); i += 1 + oct[0].length; continue; }
          s += ESC[src[i + 1]] ?? '\\' + src[i + 1];
          i += 2;
          continue;
        }
        s += src[i++];
      }
      if (i >= src.length) throw new AwkSyntaxError('runaway string constant', line);
      i++;
      toks.push({ k: 'str', v: s, line });
      continue;
    }
    if (c === '/' && regexAllowed()) {
      let s = '';
      i++;
      while (i < src.length && src[i] !== '/') {
        if (src[i] === '\n') throw new AwkSyntaxError('runaway regular expression', line);
        if (src[i] === '\\' && src[i + 1] === '/') { s += '/'; i += 2; continue; }
        if (src[i] === '\\' && i + 1 < src.length) { s += src[i] + src[i + 1]; i += 2; continue; }
        s += src[i++];
      }
      if (i >= src.length) throw new AwkSyntaxError('runaway regular expression', line);
      i++;
      toks.push({ k: 're', v: s, line });
      continue;
    }
    const num = /^(0[xX][0-9a-fA-F]+|(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?)/.exec(src.slice(i));
    if (num) { toks.push({ k: 'num', v: num[0], n: Number(num[0]), line }); i += num[0].length; continue; }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (name) {
      i += name[0].length;
      const isCall = src[i] === '(' && !KEYWORDS.has(name[0]);
      toks.push({ k: isCall ? 'func' : 'name', v: name[0], line });
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new AwkSyntaxError(`syntax error at or near ${c}`, line);
    toks.push({ k: 'op', v: op === '**' ? '^' : op === '**=' ? '^=' : op, line });
    i += op.length;
  }
  toks.push({ k: 'eof', v: '', line });
  return toks;
}

export function parseAwk(src: string): Program {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const at = (v: string) => toks[p].k === 'op' && toks[p].v === v;
  const atName = (v: string) => toks[p].k === 'name' && toks[p].v === v;
  const fail = (): never => {
    const t = toks[p];
    if (t.k === 'eof') throw new AwkSyntaxError('missing } near end of file', t.line + 1, true);
    throw new AwkSyntaxError(`syntax error at or near ${t.k === 'nl' ? 'end of line' : t.v}`, t.line);
  };
  const expect = (v: string) => { if (!at(v)) fail(); p++; };
  const nls = () => { while (toks[p].k === 'nl' || at(';')) p++; };
  const optNl = () => { while (toks[p].k === 'nl') p++; };
  const unsupported = (what: string): never => { throw new AwkSyntaxError(`${what} is not supported here`, toks[p].line); };

  function block(): Stmt[] {
    expect('{');
    const body: Stmt[] = [];
    nls();
    while (!at('}')) {
      if (peek().k === 'eof') fail();
      body.push(stmt());
      nls();
    }
    p++;
    return body;
  }

  function simpleEnd() {
    if (at(';') || peek().k === 'nl') { p++; return; }
    if (at('}') || peek().k === 'eof') return;
    fail();
  }

  function stmt(): Stmt {
    const t = peek();
    if (at('{')) return { t: 'block', body: block() };
    if (at(';')) { p++; return { t: 'block', body: [] }; }
    if (t.k === 'name') {
      switch (t.v) {
        case 'if': {
          p++; expect('('); const c = expr(); expect(')'); optNl();
          const a = stmt();
          const save = p;
          nls();
          if (atName('else')) { p++; optNl(); return { t: 'if', c, a, b: stmt() }; }
          p = save;
          return { t: 'if', c, a };
        }
        case 'while': { p++; expect('('); const c = expr(); expect(')'); optNl(); return { t: 'while', c, body: stmt() }; }
        case 'do': {
          p++; optNl(); const body = stmt(); nls();
          if (!atName('while')) fail();
          p++; expect('('); const c = expr(); expect(')'); simpleEnd();
          return { t: 'do', body, c };
        }
        case 'for': {
          p++; expect('(');
          if (peek().k === 'name' && toks[p + 1].k === 'name' && toks[p + 1].v === 'in' && toks[p + 2].k === 'name' && toks[p + 3].v === ')') {
            const v = peek().v; const arr = toks[p + 2].v; p += 4; optNl();
            return { t: 'forin', v, arr, body: stmt() };
          }
          const init = at(';') ? undefined : expr(); expect(';'); optNl();
          const c = at(';') ? undefined : expr(); expect(';'); optNl();
          const step = at(')') ? undefined : expr(); expect(')'); optNl();
          return { t: 'for', init, c, step, body: stmt() };
        }
        case 'print': case 'printf': {
          p++;
          let args: Expr[] = [];
          if (!(at(';') || at('}') || at('>') || at('>>') || at('|') || peek().k === 'nl' || peek().k === 'eof')) {
            args = exprList(true);
            // print (a, b) > "f": a parenthesised list
            const only = args[0];
            if (args.length === 1 && only.t === 'list') args = only.items;
          }
          let dest: { mode: string; e: Expr } | undefined;
          if (at('>') || at('>>') || at('|')) {
            const mode = peek().v; p++;
            dest = { mode, e: concat(true) };
          }
          simpleEnd();
          return { t: t.v, args, dest };
        }
        case 'next': case 'nextfile': case 'break': case 'continue':
          p++; simpleEnd(); return { t: 'simple', kind: t.v };
        case 'exit': case 'return': {
          p++;
          const e = at(';') || at('}') || peek().k === 'nl' || peek().k === 'eof' ? undefined : expr();
          simpleEnd();
          return { t: t.v, e };
        }
        case 'delete': {
          p++;
          const n = peek(); if (n.k !== 'name') fail(); p++;
          let keys: Expr[] | undefined;
          if (at('[')) { p++; keys = exprList(false); expect(']'); }
          simpleEnd();
          return { t: 'delete', name: n.v, keys };
        }
      }
    }
    const e = expr();
    simpleEnd();
    return { t: 'expr', e };
  }

  function exprList(noGt: boolean): Expr[] {
    const list = [expr(noGt)];
    while (at(',')) { p++; optNl(); list.push(expr(noGt)); }
    return list;
  }

  const isLvalue = (e: Expr) => e.t === 'var' || e.t === 'field' || e.t === 'idx';

  function expr(noGt = false): Expr {
    const left = ternary(noGt);
    if (at('|') && toks[p + 1].k === 'name' && toks[p + 1].v === 'getline') unsupported('reading a command with getline');
    const t = peek();
    if (t.k === 'op' && ['=', '+=', '-=', '*=', '/=', '%=', '^='].includes(t.v) && isLvalue(left)) {
      p++; optNl();
      return { t: 'assign', op: t.v, target: left, e: expr(noGt) };
    }
    return left;
  }
  function ternary(noGt: boolean): Expr {
    const c = or(noGt);
    if (!at('?')) return c;
    p++; optNl(); const a = ternary(noGt); optNl(); expect(':'); optNl();
    return { t: 'cond', c, a, b: ternary(noGt) };
  }
  function or(noGt: boolean): Expr {
    let a = and(noGt);
    while (at('||')) { p++; optNl(); a = { t: 'bin', op: '||', a, b: and(noGt) }; }
    return a;
  }
  function and(noGt: boolean): Expr {
    let a = inExpr(noGt);
    while (at('&&')) { p++; optNl(); a = { t: 'bin', op: '&&', a, b: inExpr(noGt) }; }
    return a;
  }
  function inExpr(noGt: boolean): Expr {
    let a = matchExpr(noGt);
    while (atName('in')) { p++; const n = peek(); if (n.k !== 'name') fail(); p++; a = { t: 'in', keys: [a], name: n.v }; }
    return a;
  }
  function matchExpr(noGt: boolean): Expr {
    let a = compare(noGt);
    while (at('~') || at('!~')) { const neg = peek().v === '!~'; p++; a = { t: 'match', neg, a, re: compare(noGt) }; }
    return a;
  }
  function compare(noGt: boolean): Expr {
    const a = concat(noGt);
    const t = peek();
    if (t.k === 'op' && ['<', '<=', '==', '!=', '>=', '>'].includes(t.v) && !(noGt && t.v === '>')) {
      p++;
      return { t: 'bin', op: t.v, a, b: concat(noGt) };
    }
    return a;
  }
  function startsOperand(): boolean {
    const t = peek();
    if (t.k === 'num' || t.k === 'str' || t.k === 're' || t.k === 'func') return true;
    if (t.k === 'name') return !KEYWORDS.has(t.v);
    return t.k === 'op' && ['$', '!', '(', '-', '+', '++', '--'].includes(t.v);
  }
  function concat(noGt: boolean): Expr {
    let a = additive();
    // juxtaposition is concatenation; `in` and `getline` end it
    while (startsOperand() && !atName('in') && !(at('-') || at('+') || at('!'))) a = { t: 'bin', op: ' ', a, b: additive() };
    void noGt;
    return a;
  }
  function additive(): Expr {
    let a = mul();
    while (at('+') || at('-')) { const op = peek().v; p++; a = { t: 'bin', op, a, b: mul() }; }
    return a;
  }
  function mul(): Expr {
    let a = unary();
    while (at('*') || at('/') || at('%')) { const op = peek().v; p++; a = { t: 'bin', op, a, b: unary() }; }
    return a;
  }
  function unary(): Expr {
    if (at('!') || at('-') || at('+')) { const op = peek().v; p++; return { t: 'unary', op, e: unary() }; }
    return power();
  }
  function power(): Expr {
    const a = postfix();
    if (at('^')) { p++; return { t: 'bin', op: '^', a, b: unaryPow() }; }
    return a;
  }
  function unaryPow(): Expr {
    if (at('-') || at('+') || at('!')) { const op = peek().v; p++; return { t: 'unary', op, e: unaryPow() }; }
    return power();
  }
  function postfix(): Expr {
    if (at('++') || at('--')) { const op = peek().v; p++; const target = primary(); if (!isLvalue(target)) fail(); return { t: 'incdec', op, prefix: true, target }; }
    const e = primary();
    if ((at('++') || at('--')) && isLvalue(e)) { const op = peek().v; p++; return { t: 'incdec', op, prefix: false, target: e }; }
    return e;
  }
  function primary(): Expr {
    const t = peek();
    if (t.k === 'num') { p++; return { t: 'num', v: t.n! }; }
    if (t.k === 'str') { p++; return { t: 'str', v: t.v }; }
    if (t.k === 're') { p++; return { t: 're', src: t.v }; }
    if (at('$')) { p++; return { t: 'field', e: postfixNoIncdec() }; }
    if (at('(')) {
      p++; optNl();
      const e = expr();
      if (at(',')) {
        const list = [e];
        while (at(',')) { p++; optNl(); list.push(expr()); }
        expect(')');
        if (atName('in')) { p++; const n = peek(); if (n.k !== 'name') fail(); p++; return { t: 'in', keys: list, name: n.v }; }
        return { t: 'list', items: list };
      }
      optNl(); expect(')');
      return { t: 'group', e };
    }
    if (t.k === 'func') {
      p += 2;
      const args: Expr[] = [];
      optNl();
      if (!at(')')) { args.push(...exprList(false)); optNl(); }
      expect(')');
      return { t: 'call', name: t.v, args };
    }
    if (t.k === 'name' && t.v === 'getline') {
      p++;
      let target: Expr | undefined;
      const n = peek();
      if (at('$') || (n.k === 'name' && !KEYWORDS.has(n.v) && !BUILTIN_FUNCS.has(n.v))) target = primary();
      let file: Expr | undefined;
      if (at('<')) { p++; file = primary(); }
      return { t: 'getline', target, file };
    }
    if (t.k === 'name' && BUILTIN_FUNCS.has(t.v)) { p++; return { t: 'call', name: t.v, args: [] }; }
    if (t.k === 'name' && !KEYWORDS.has(t.v)) {
      p++;
      if (at('[')) { p++; const keys = exprList(false); expect(']'); return { t: 'idx', name: t.v, keys }; }
      return { t: 'var', name: t.v };
    }
    return fail();
  }
  function postfixNoIncdec(): Expr {
    if (at('-') || at('+') || at('!')) { const op = peek().v; p++; return { t: 'unary', op, e: postfixNoIncdec() }; }
    return primary();
  }

  const rules: Rule[] = [];
  const funcs: Program['funcs'] = new Map();
  nls();
  while (peek().k !== 'eof') {
    if (atName('BEGIN') || atName('END')) {
      const kind = peek().v === 'BEGIN' ? 'begin' : 'end';
      p++; optNl();
      rules.push({ kind, body: block() });
    } else if (atName('function') || atName('func')) {
      p++;
      const n = peek(); if (n.k !== 'func' && n.k !== 'name') fail(); p++;
      expect('(');
      const params: string[] = [];
      while (!at(')')) { const a = peek(); if (a.k !== 'name') fail(); params.push(a.v); p++; if (at(',')) { p++; optNl(); } }
      p++; optNl();
      funcs.set(n.v, { params, body: block() });
    } else if (at('{')) {
      rules.push({ kind: 'main', body: block() });
    } else {
      const pattern = expr();
      let range: [Expr, Expr] | undefined;
      if (at(',')) { p++; optNl(); range = [pattern, expr()]; }
      const body = at('{') ? block() : undefined;
      rules.push(range ? { kind: 'main', range, body } : { kind: 'main', pattern, body });
    }
    if (!(peek().k === 'nl' || at(';') || peek().k === 'eof' || toks[p - 1].v === '}')) fail();
    nls();
  }
  return { rules, funcs };
}
