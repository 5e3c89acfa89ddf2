/**
 * `$(( ... ))` arithmetic: integers, the usual C operators, variables by name,
 * assignment (= += -= ...), ++/--, and the ternary. Enough for counters and loops.
 */

export class ArithError extends Error {
  constructor(readonly kind: 'div0' | 'syntax', readonly token: string) {
    super(kind);
  }
}

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

type Tok = { t: 'num'; v: number } | { t: 'name'; v: string } | { t: 'op'; v: string };

const OPS = ['<<=', '>>=', '**', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '%=',
  '&=', '|=', '^=', '+', '-', '*', '/', '%', '<', '>', '=', '!', '~', '&', '|', '^', '(', ')', '?', ':', ','];

function tokenize(src: string): { toks: Tok[]; rest: string[] } {
  const toks: Tok[] = [];
  const rest: string[] = [];
  let i = 0;
  while (i < src.length) {
    if (/\s/.test(src[i])) { i++; continue; }
    rest.push(src.slice(i));
    const num = /^(0[xX][0-9a-fA-F]+|[0-9]+#[0-9a-zA-Z@_]+|[0-9]+)/.exec(src.slice(i));
    if (num) {
      const s = num[0];
      let v: number;
      if (/^0[xX]/.test(s)) v = parseInt(s, 16);
      else if (s.includes('#')) { const [b, d] = s.split('#'); v = parseInt(d, Number(b)); }
      else if (s.length > 1 && s[0] === '0') v = parseInt(s, 8);
      else v = Number(s);
      if (Number.isNaN(v)) throw new ArithError('syntax', s);
      toks.push({ t: 'num', v });
      i += s.length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (name) { toks.push({ t: 'name', v: name[0] }); i += name[0].length; continue; }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new ArithError('syntax', src.slice(i));
    toks.push({ t: 'op', v: op });
    i += op.length;
  }
  return { toks, rest };
}

const BIN: [string[], number][] = [
  [['||'], 1], [['&&'], 2], [['|'], 3], [['^'], 4], [['&'], 5], [['==', '!='], 6],
  [['<', '>', '<=', '>='], 7], [['<<', '>>'], 8], [['+', '-'], 9], [['*', '/', '%'], 10], [['**'], 11],
];
const PREC = new Map<string, number>();
for (const [ops, p] of BIN) for (const o of ops) PREC.set(o, p);
const ASSIGN = new Set(['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '|=', '^=']);

/** evaluate; integer results are truncated to 64-bit-like JS numbers (good enough here) */
export function evalArith(src: string, vars: ArithVars): number {
  const { toks, rest } = tokenize(src);
  let pos = 0;
  const peek = () => toks[pos];
  const isOp = (v: string) => toks[pos]?.t === 'op' && toks[pos].v === v;
  // bash names the text from the offending token on (the last one when the expression ended early)
  const fail = (): never => { throw new ArithError('syntax', rest[pos] ?? rest[pos - 1] ?? ''); };
  const varValue = (name: string, depth = 0): number => {
    const raw = (vars.get(name) ?? '').trim();
    if (raw === '') return 0;
    if (/^-?\d+$/.test(raw)) return Number(raw);
    if (depth > 10) throw new ArithError('syntax', raw);
    return evalArith(raw, vars);
  };

  function binop(op: string, a: number, b: number, token: string): number {
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/': case '%':
        if (b === 0) throw new ArithError('div0', token);
        return op === '/' ? Math.trunc(a / b) : a % b;
      case '**': return a ** b;
      case '<<': return a << b;
      case '>>': return a >> b;
      case '<': return +(a < b);
      case '>': return +(a > b);
      case '<=': return +(a <= b);
      case '>=': return +(a >= b);
      case '==': return +(a === b);
      case '!=': return +(a !== b);
      case '&': return a & b;
      case '|': return a | b;
      case '^': return a ^ b;
      case '&&': return +(a !== 0 && b !== 0);
      case '||': return +(a !== 0 || b !== 0);
    }
    return fail();
  }

  function primary(): number {
    const t = peek();
    if (!t) return fail();
    if (t.t === 'num') { pos++; return t.v; }
    if (t.t === 'name') {
      pos++;
      if (isOp('++') || isOp('--')) {
        const old = varValue(t.v);
        vars.set(t.v, String(old + (toks[pos].v === '++' ? 1 : -1)));
        pos++;
        return old;
      }
      const nt = peek();
      if (nt?.t === 'op' && ASSIGN.has(nt.v)) {
        pos++;
        const rhs = assignment();
        const v = nt.v === '=' ? rhs : binop(nt.v.slice(0, -1), varValue(t.v), rhs, String(rhs));
        vars.set(t.v, String(v));
        return v;
      }
      return varValue(t.v);
    }
    if (t.v === '(') {
      pos++;
      const v = comma();
      if (!isOp(')')) return fail();
      pos++;
      return v;
    }
    if (t.v === '++' || t.v === '--') {
      pos++;
      const n = peek();
      if (n?.t !== 'name') return fail();
      pos++;
      const v = varValue(n.v) + (t.v === '++' ? 1 : -1);
      vars.set(n.v, String(v));
      return v;
    }
    if (['-', '+', '!', '~'].includes(t.v)) {
      pos++;
      const v = unary();
      return t.v === '-' ? -v : t.v === '+' ? v : t.v === '!' ? +(v === 0) : ~v;
    }
    return fail();
  }
  const unary = primary;

  function binary(minPrec: number): number {
    let left = unary();
    for (;;) {
      const t = peek();
      if (!t || t.t !== 'op') return left;
      const p = PREC.get(t.v);
      if (p === undefined || p < minPrec) return left;
      const token = rest[pos + 1] ?? '';
      pos++;
      // ** is right-associative
      const right = binary(t.v === '**' ? p : p + 1);
      left = binop(t.v, left, right, token);
    }
  }

  function ternary(): number {
    const c = binary(1);
    if (!isOp('?')) return c;
    pos++;
    const a = assignment();
    if (!isOp(':')) return fail();
    pos++;
    const b = assignment();
    return c !== 0 ? a : b;
  }
  const assignment = ternary;

  function comma(): number {
    let v = assignment();
    while (isOp(',')) { pos++; v = assignment(); }
    return v;
  }

  if (toks.length === 0) return 0;
  const v = comma();
  if (pos < toks.length) fail();
  return v;
}
