/**
 * Parsing of compound commands: if, while/until, for, case and bash's [[ ]].
 * Split from parser.ts; these work on the Parser's token helpers.
 */
import type { CaseCommand, Command, ForCommand, IfCommand, LoopCommand, Word } from './ast';
import { plain, type Parser } from './parser';

export function parseIf(p: Parser, line: number): IfCommand {
  p.take();
  const clauses: IfCommand['clauses'] = [];
  let elseBody: IfCommand['elseBody'];
  for (;;) {
    const cond = p.compoundList(['then'], 'then');
    p.expectWord('then');
    const body = p.compoundList(['elif', 'else', 'fi'], 'fi');
    clauses.push({ cond, body });
    if (p.isWord('elif')) { p.take(); continue; }
    if (p.isWord('else')) {
      p.take();
      elseBody = p.compoundList(['fi'], 'fi');
    }
    p.expectWord('fi');
    return { type: 'if', clauses, elseBody, redirs: p.trailingRedirs(), line };
  }
}

export function parseLoop(p: Parser, until: boolean, line: number): LoopCommand {
  p.take();
  const cond = p.compoundList(['do'], 'do');
  p.expectWord('do');
  const body = p.compoundList(['done'], 'done');
  p.expectWord('done');
  return { type: 'while', until, cond, body, redirs: p.trailingRedirs(), line };
}

export function parseFor(p: Parser, line: number): ForCommand {
  p.take();
  const nt = p.peek();
  if (nt.type !== 'word') throw p.unexpected(nt);
  p.take();
  const name = nt.word.raw;
  let items: Word[] | undefined;
  p.skipNewlines();
  if (p.isWord('in')) {
    p.take();
    items = [];
    for (let t = p.peek(); t.type === 'word'; t = p.peek()) items.push((p.take() as { word: Word }).word);
    const s = p.peek();
    if (s.type === 'op' && s.op === ';') p.take();
    else if (s.type !== 'newline') throw p.unexpected(s, 'do');
  } else if (p.isOp(';')) p.take();
  p.skipNewlines();
  p.expectWord('do');
  const body = p.compoundList(['done'], 'done');
  p.expectWord('done');
  return { type: 'for', name, items, body, redirs: p.trailingRedirs(), line };
}

/** [[ ... ]]: words up to ]], where && || ( ) ! < > are operators of the expression */
export function parseCond(p: Parser, line: number): Command {
  p.take();
  const items: { word: Word; op?: string }[] = [];
  for (;;) {
    const t = p.peek();
    if (plain(t) === ']]') { p.take(); break; }
    if (items.length && plain({ type: 'word', word: items[items.length - 1].word, endLine: 0 }) === '=~' && t.type !== 'newline' && t.type !== 'eof') {
      items.push({ word: condRegex(p) });
      continue;
    }
    if (t.type === 'word') { p.take(); items.push({ word: t.word, op: plain(t) === '!' ? '!' : undefined }); continue; }
    if (t.type === 'op' && ['&&', '||', '(', ')', '<', '>'].includes(t.op)) {
      p.take();
      items.push({ word: { parts: [{ kind: 'lit', text: t.op, quoted: false }], raw: t.op, line: t.line }, op: t.op });
      continue;
    }
    throw p.unexpected(t, ']]');
  }
  return { type: 'cond', items, redirs: p.trailingRedirs(), line };
}

/** the word after =~: touching tokens form one regex, so ^a(b)c$ keeps its parentheses */
function condRegex(p: Parser): Word {
  const parts: Word['parts'] = [];
  let raw = '';
  let end = -1;
  const line = p.lastLine;
  for (;;) {
    const t = p.peek();
    if (end >= 0 && t.start !== end) break;
    if (t.type === 'word' && plain(t) !== ']]') parts.push(...t.word.parts);
    else if (t.type === 'op' && ['(', ')', '|', '<', '>'].includes(t.op)) parts.push({ kind: 'lit', text: t.op, quoted: false });
    else break;
    raw += t.type === 'word' ? t.word.raw : t.type === 'op' ? t.op : '';
    end = t.end ?? -1;
    p.take();
  }
  if (!parts.length) throw p.unexpected(p.peek(), ']]');
  return { parts, raw, line };
}

export function parseCase(p: Parser, line: number): CaseCommand {
  p.take();
  const st = p.peek();
  if (st.type !== 'word') throw p.unexpected(st);
  p.take();
  p.skipNewlines();
  p.expectWord('in');
  p.skipNewlines();
  const items: CaseCommand['items'] = [];
  while (!p.isWord('esac')) {
    if (p.isOp('(')) p.take();
    const patterns: Word[] = [];
    for (;;) {
      const t = p.peek();
      if (t.type !== 'word') throw p.unexpected(t, ')');
      patterns.push((p.take() as { word: Word }).word);
      if (p.isOp('|')) { p.take(); continue; }
      break;
    }
    p.expectOp(')', ')');
    const body = p.compoundList(['esac'], 'esac', true, ';;');
    items.push({ patterns, body });
    if (p.isOp(';;')) { p.take(); p.skipNewlines(); continue; }
    break;
  }
  p.expectWord('esac');
  return { type: 'case', subject: st.word, items, redirs: p.trailingRedirs(), line };
}
