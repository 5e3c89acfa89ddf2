/**
 * The `$`-constructs and backquotes of the lexer, kept apart so lexer.ts stays small:
 * ${...} parameter expansions, $(...) command substitution, $((...)) arithmetic,
 * `...` and $'...' ANSI-C strings.
 */
import type { Word, WordPart } from './ast';
import { countNl, Lexer } from './lexer';

const NAME = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])/;

/** `${...}`: lexer.pos is at `$`. The text is checked when expanded, as bash does. */
export function readBraceParam(lx: Lexer, quoted: boolean): WordPart {
  const src = lx.src;
  const startLine = lx.line;
  let i = lx.pos + 2;
  let depth = 1;
  let nl = 0;
  for (;;) {
    const c = src[i];
    if (c === undefined) throw lx.error({ kind: 'match', char: '}', construct: 'brace' }, startLine, true);
    if (c === '\\') { if (src[i + 1] === '\n') nl++; i += 2; continue; }
    if (c === '\n') nl++;
    if (c === "'" && !quoted) {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw lx.error({ kind: 'match', char: "'", construct: 'quote' }, lx.line + nl, true);
      nl += countNl(src.slice(i, end));
      i = end + 1;
      continue;
    }
    if (c === '$' && src[i + 1] === '{') { depth++; i += 2; continue; }
    if (c === '}' && --depth === 0) break;
    i++;
  }
  const content = src.slice(lx.pos + 2, i);
  const raw = src.slice(lx.pos, i + 1);
  lx.pos = i + 1;
  lx.line += nl;
  return parseParamContent(lx, content, raw, quoted, startLine);
}

function parseParamContent(lx: Lexer, content: string, raw: string, quoted: boolean, line: number): WordPart {
  const bad: WordPart = { kind: 'param', name: '', quoted, raw, bad: true };
  if (content === '#') return { kind: 'param', name: '#', quoted, raw };
  if (content.startsWith('#')) {
    const m = NAME.exec(content.slice(1));
    if (!m || m[0].length !== content.length - 1) return bad;
    return { kind: 'param', name: m[0], op: 'len', quoted, raw };
  }
  const m = NAME.exec(content);
  if (!m) return bad;
  const name = m[0];
  const rest = content.slice(name.length);
  if (rest === '') return { kind: 'param', name, quoted, raw };
  const op = /^(:[-=+?]|[-=+?]|##?|%%?|\/\/?|:)/.exec(rest)?.[0];
  if (!op) return bad;
  const argText = rest.slice(op.length);
  const sub = (text: string) => argWord(lx, text, quoted, line);
  if (op === '/' || op === '//') {
    const cut = splitUnescaped(argText, '/');
    return { kind: 'param', name, op, arg: sub(cut[0]), arg2: cut[1] === undefined ? undefined : sub(cut[1]), quoted, raw };
  }
  if (op === ':') {
    const cut = splitUnescaped(argText, ':');
    return { kind: 'param', name, op: 'substr', arg: sub(cut[0]), arg2: cut[1] === undefined ? undefined : sub(cut[1]), quoted, raw };
  }
  return { kind: 'param', name, op, arg: sub(argText), quoted, raw };
}

function splitUnescaped(text: string, sep: string): [string, string?] {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') { i++; continue; }
    if (text[i] === sep) return [text.slice(0, i), text.slice(i + 1)];
  }
  return [text];
}

/** the word inside ${x:-word}: blanks are ordinary characters there */
function argWord(lx: Lexer, text: string, quoted: boolean, line: number): Word {
  const sub = new Lexer(text, { ...lx.opts, implicitNewline: false }, 0, line);
  if (quoted) {
    const parts: WordPart[] = [];
    sub.readDq(parts, null);
    // "${ip%/*}": the surrounding double quotes do not make the pattern literal
    for (const p of parts) if (p.kind === 'lit') p.quoted = false;
    return { parts, raw: text, line };
  }
  return sub.readWord(true);
}

/** `$(...)` or `$((...))`: lexer.pos is at `$` */
export function readDollarParen(lx: Lexer, quoted: boolean): WordPart {
  const src = lx.src;
  const startLine = lx.line;
  if (src[lx.pos + 2] === '(') {
    const end = findArithEnd(src, lx.pos + 3);
    if (end === -1) throw lx.error({ kind: 'match', char: ')', construct: 'arith' }, startLine, true);
    if (end >= 0) {
      const text = src.slice(lx.pos + 3, end);
      const sub = new Lexer(text, { ...lx.opts, implicitNewline: false }, 0, startLine);
      const parts: WordPart[] = [];
      sub.readDq(parts, null);
      lx.pos = end + 2;
      lx.line += countNl(text);
      return { kind: 'arith', expr: { parts, raw: text, line: startLine }, quoted, line: startLine };
    }
    // `$( (a) )` is a command substitution holding a subshell: fall through
  }
  const r = lx.opts.sub.cmdsubAt(lx.src, lx.pos + 2, lx.line);
  lx.pos = r.pos;
  lx.line = r.line;
  return { kind: 'cmdsub', body: r.body, quoted, line: startLine };
}

/** index of the `))` closing $((, -1 if the text ends first, -2 if it is not arithmetic */
function findArithEnd(src: string, i: number): number {
  let depth = 0;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth > 0) { depth--; continue; }
      return src[i + 1] === ')' ? i : -2;
    }
  }
  return -1;
}

/** `...`: the body is re-read after removing the backslashes that protect \ ` $ */
export function readBackquote(lx: Lexer, quoted: boolean): WordPart {
  const src = lx.src;
  const startLine = lx.line;
  let i = lx.pos + 1;
  let text = '';
  for (;;) {
    const c = src[i];
    if (c === undefined) throw lx.error({ kind: 'match', char: '`', construct: 'backquote' }, startLine, true);
    if (c === '`') break;
    if (c === '\\') {
      const n = src[i + 1];
      if (n === '$' || n === '`' || n === '\\' || (quoted && n === '"')) { text += n; i += 2; continue; }
    }
    text += c;
    i++;
  }
  lx.line += countNl(src.slice(lx.pos, i));
  lx.pos = i + 1;
  const body = lx.opts.sub.script(text, startLine);
  return { kind: 'cmdsub', body, quoted, line: startLine };
}

const SIMPLE_ESC: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
};

/** `$'...'` (bash and busybox ash both have it): lexer.pos is at `$` */
export function readAnsiC(lx: Lexer): string {
  const src = lx.src;
  const startLine = lx.line;
  let i = lx.pos + 2;
  let out = '';
  for (;;) {
    const c = src[i];
    if (c === undefined) throw lx.error({ kind: 'match', char: "'", construct: 'quote' }, startLine, true);
    if (c === "'") break;
    if (c === '\n') lx.line++;
    if (c !== '\\') { out += c; i++; continue; }
    const r = decodeEscape(src, i + 1, true);
    out += r.text;
    i = r.next;
  }
  lx.pos = i + 1;
  return out;
}

/**
 * Decode one backslash escape whose letter is at src[i] (shared with echo -e and printf).
 * `dollarQuote` ($'...') also knows \' \" \? and \cX.
 */
export function decodeEscape(src: string, i: number, dollarQuote: boolean): { text: string; next: number } {
  const c = src[i];
  if (c === undefined) return { text: '\\', next: i };
  if (SIMPLE_ESC[c] !== undefined && (dollarQuote || (c !== "'" && c !== '"' && c !== '?'))) {
    return { text: SIMPLE_ESC[c], next: i + 1 };
  }
  if (c === 'x') {
    const m = /^[0-9a-fA-F]{1,2}/.exec(src.slice(i + 1, i + 3));
    if (!m) return { text: '\\x', next: i + 1 };
    return { text: String.fromCharCode(parseInt(m[0], 16)), next: i + 1 + m[0].length };
  }
  if (c === 'u' || c === 'U') {
    const m = /^[0-9a-fA-F]{1,8}/.exec(src.slice(i + 1, i + (c === 'u' ? 5 : 9)));
    if (!m) return { text: '\\' + c, next: i + 1 };
    return { text: String.fromCodePoint(Math.min(parseInt(m[0], 16), 0x10ffff)), next: i + 1 + m[0].length };
  }
  if (/[0-7]/.test(c)) {
    // $'\101' and printf '\101'; echo -e uses \0101 (handled by the caller passing i past the 0)
    const m = /^[0-7]{1,3}/.exec(src.slice(i, i + 3))!;
    return { text: String.fromCharCode(parseInt(m[0], 8) & 0xff), next: i + m[0].length };
  }
  if (c === 'c' && dollarQuote && src[i + 1] !== undefined) {
    return { text: String.fromCharCode(src.charCodeAt(i + 1) & 0x1f), next: i + 2 };
  }
  return { text: '\\' + c, next: i + 1 };
}
