/**
 * bash [[ ... ]]: no field splitting, == and != match shell patterns (quoted parts
 * literally), =~ matches an extended regex, -eq and friends evaluate arithmetic,
 * && || ! ( ) combine. File tests use the same rules as test / [.
 */
import type { CondCommand, Word } from './ast';
import { arith, expandPattern, expandRegex, expandString, globMatch } from './expand';
import type { Interpreter } from './interpreter';
import type { Io } from './io';
import { posixToJs } from './tools/regex';
import { testBuiltin } from './test-builtin';

const UNARY = /^-[abcdefghkprstuwxGLNOSzvn]$/;
const BINARY = new Set(['==', '=', '!=', '=~', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

class CondError {
  constructor(readonly msg: string) {}
}

export async function evalCond(sh: Interpreter, cmd: CondCommand, io: Io): Promise<number> {
  const items = cmd.items;
  let i = 0;
  const isOp = (op: string) => items[i]?.op === op;
  const text = (k: number) => (items[k] && !items[k].op ? plainText(items[k].word) : items[k]?.op ?? null);

  async function or(): Promise<boolean> {
    let v = await and();
    while (isOp('||')) { i++; const r = await and(); v = v || r; }
    return v;
  }
  async function and(): Promise<boolean> {
    let v = await not();
    while (isOp('&&')) { i++; const r = await not(); v = v && r; }
    return v;
  }
  async function not(): Promise<boolean> {
    if (isOp('!')) { i++; return !(await not()); }
    if (isOp('(')) {
      i++;
      const v = await or();
      if (!isOp(')')) throw new CondError('expected `)\'');
      i++;
      return v;
    }
    return primary();
  }
  async function primary(): Promise<boolean> {
    if (i >= items.length) throw new CondError('unexpected end of conditional expression');
    const op = text(i);
    const next = items[i + 1];
    const binop = next && (next.op === '<' || next.op === '>' || (!next.op && BINARY.has(plainText(next.word) ?? '')));
    if (binop && i + 2 < items.length) {
      const left = await expandString(items[i].word, sh);
      const o = next.op ?? plainText(next.word)!;
      const rw = items[i + 2].word;
      i += 3;
      return binary(sh, left, o, rw, io);
    }
    if (op && UNARY.test(op) && i + 1 < items.length && !items[i + 1].op) {
      const arg = await expandString(items[i + 1].word, sh);
      i += 2;
      // file and string tests are shared with test / [
      return testBuiltin(sh, ['test', op, arg], io) === 0;
    }
    const v = await expandString(items[i].word, sh);
    i++;
    return v !== '';
  }

  try {
    if (items.length === 0) throw new CondError('unexpected end of conditional expression');
    const v = await or();
    if (i < items.length) throw new CondError(`unexpected token \`${text(i)}'`);
    return v ? 0 : 1;
  } catch (e) {
    if (!(e instanceof CondError)) throw e;
    sh.err(io, `${sh.prefix(cmd.line)}syntax error in conditional expression: ${e.msg}\n`);
    return 2;
  }
}

function plainText(w: Word): string | null {
  return w.parts.length === 1 && w.parts[0].kind === 'lit' && !w.parts[0].quoted ? w.parts[0].text : null;
}

async function binary(sh: Interpreter, left: string, op: string, rw: Word, io: Io): Promise<boolean> {
  switch (op) {
    case '==': case '=': return globMatch(await expandPattern(rw, sh), left);
    case '!=': return !globMatch(await expandPattern(rw, sh), left);
    case '=~': {
      const re = await expandRegex(rw, sh);
      try {
        return new RegExp(posixToJs(re, true)).test(left);
      } catch {
        return false;
      }
    }
    case '<': return left < (await expandString(rw, sh));
    case '>': return left > (await expandString(rw, sh));
  }
  const right = await expandString(rw, sh);
  if (op.startsWith('-') && ['-eq', '-ne', '-lt', '-le', '-gt', '-ge'].includes(op)) {
    const a = arith(left, sh, sh.line);
    const b = arith(right, sh, sh.line);
    return op === '-eq' ? a === b : op === '-ne' ? a !== b : op === '-lt' ? a < b : op === '-le' ? a <= b : op === '-gt' ? a > b : a >= b;
  }
  return testBuiltin(sh, ['test', left, op, right], io) === 0;
}
