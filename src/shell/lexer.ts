/**
 * Pull tokenizer. The parser asks for one token at a time so that, like bash, a
 * later line's syntax error is only found after the earlier lines have run.
 * Words are returned with their quoting structure (see ast.ts WordPart).
 */
import type { ListNode, Redir, Word, WordPart } from './ast';
import { ShellSyntaxError, type SyntaxDetail } from './errors';
import { readAnsiC, readBackquote, readBraceParam, readDollarParen } from './lexer-dollar';

/** `start`/`end` are source offsets (used to glue the regex after =~ in [[ ]]) */
export type Token = (
  | { type: 'word'; word: Word; endLine: number }
  | { type: 'op'; op: string; line: number }
  | { type: 'io'; fd: number; line: number }
  | { type: 'newline'; line: number }
  | { type: 'eof'; line: number }
) & { start?: number; end?: number };

/** Lets the lexer parse `$( ... )` and backquote bodies without importing the parser. */
export interface SubParser {
  /** parse a command substitution body in src starting at pos (just after `$(`), through its `)` */
  cmdsubAt(src: string, pos: number, line: number): { body: ListNode[]; pos: number; line: number };
  /** parse a standalone text (backquote body, here-document expansion) */
  script(text: string, line: number): ListNode[];
}

export interface LexerOptions {
  /** bash -c treats the string as if it ended with a newline (affects messages and line numbers) */
  implicitNewline: boolean;
  /** busybox keeps a here-document's last line without its missing newline */
  flavor: 'bash' | 'busybox';
  sub: SubParser;
}

const OPERATORS = ['&&', '||', ';;', '|&', '<<<', '<<-', '<<', '<>', '<&', '>>', '>&', '>|', '&>>', '&>', ';', '&', '|', '<', '>', '(', ')'];
const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);

interface PendingHeredoc { redir: Redir; delim: string; strip: boolean; line: number }

export class Lexer {
  pos: number;
  line: number;
  /** set when the text ended with a lone backslash: interactive input needs another line */
  trailingBackslash = false;
  /** set when a here-document ran into the end of the text */
  heredocAtEof = false;
  /** parse-time warnings (here-document delimited by end-of-file) to print before running */
  warnings: { line: number; text: string }[] = [];
  private syntheticDone = false;
  private heredocs: PendingHeredoc[] = [];

  constructor(
    readonly src: string,
    readonly opts: LexerOptions,
    start = 0,
    line = 1,
  ) {
    this.pos = start;
    this.line = line;
  }

  error(detail: SyntaxDetail, line: number, needMore: boolean): ShellSyntaxError {
    const text = this.src.split('\n')[line - 1] ?? '';
    return new ShellSyntaxError(detail, line, text, needMore);
  }

  /** register a here-document whose body starts after the next newline */
  queueHeredoc(redir: Redir, delimWord: Word): void {
    const quoted = /['"\\]/.test(delimWord.raw);
    const delim = delimWord.parts.map((p) => (p.kind === 'lit' ? p.text : '')).join('');
    redir.heredocQuoted = quoted;
    this.heredocs.push({ redir, delim: quoted ? delim : delimWord.raw, strip: redir.op === '<<-', line: delimWord.line });
  }

  next(): Token {
    const t = this.scan();
    t.end = this.pos;
    return t;
  }

  private scan(): Token {
    for (;;) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t') { this.pos++; continue; }
      if (c === '\\' && this.src[this.pos + 1] === '\n') { this.pos += 2; this.line++; continue; }
      if (c === '#') {
        while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
        continue;
      }
      break;
    }
    const c = this.src[this.pos];
    const start = this.pos;
    if (c === undefined) {
      if (this.opts.implicitNewline && !this.syntheticDone && !this.src.endsWith('\n', this.pos)) {
        // bash -c appends a newline to the string: `echo >` reports `newline', and EOF is one line later
        this.syntheticDone = true;
        const line = this.line++;
        this.readHeredocs();
        return { type: 'newline', line };
      }
      this.syntheticDone = true;
      if (this.heredocs.length) this.readHeredocs();
      return { type: 'eof', line: this.line };
    }
    if (c === '\n') {
      const line = this.line;
      this.pos++;
      this.line++;
      this.readHeredocs();
      return { type: 'newline', line };
    }
    for (const op of OPERATORS) {
      if (this.src.startsWith(op, this.pos)) {
        this.pos += op.length;
        return { type: 'op', op, line: this.line, start };
      }
    }
    const startLine = this.line;
    const word = this.readWord(false);
    if (/^\d+$/.test(word.raw) && (this.src[this.pos] === '<' || this.src[this.pos] === '>')) {
      return { type: 'io', fd: Number(word.raw), line: startLine, start };
    }
    return { type: 'word', word, endLine: this.line, start };
  }

  /**
   * Read one word. With `argMode` (text of ${x:-...}) blanks and operators are ordinary
   * characters and the word runs to the end of the text.
   */
  readWord(argMode: boolean): Word {
    const start = this.pos;
    const line = this.line;
    const parts: WordPart[] = [];
    const src = this.src;
    while (this.pos < src.length) {
      const c = src[this.pos];
      if (!argMode && META.has(c)) break;
      if (c === '\\') {
        const n = src[this.pos + 1];
        if (n === '\n') { this.pos += 2; this.line++; continue; }
        if (n === undefined) { this.trailingBackslash = true; pushLit(parts, '\\', true); this.pos++; continue; }
        pushLit(parts, n, true);
        this.pos += 2;
        continue;
      }
      if (c === "'") {
        const end = src.indexOf("'", this.pos + 1);
        if (end < 0) throw this.error({ kind: 'match', char: "'", construct: 'quote' }, this.line, true);
        const text = src.slice(this.pos + 1, end);
        pushLit(parts, text, true);
        this.line += countNl(text);
        this.pos = end + 1;
        continue;
      }
      if (c === '"') {
        this.pos++;
        pushLit(parts, '', true);
        this.readDq(parts, '"');
        continue;
      }
      if (c === '$' && src[this.pos + 1] === "'") {
        pushLit(parts, readAnsiC(this), true);
        continue;
      }
      if (c === '$' && src[this.pos + 1] === '"') {
        this.pos += 2;
        pushLit(parts, '', true);
        this.readDq(parts, '"');
        continue;
      }
      if (c === '$') { this.readDollar(parts, false); continue; }
      if (c === '`') { parts.push(readBackquote(this, false)); continue; }
      if (c === '\n') this.line++;
      pushLit(parts, c, false);
      this.pos++;
    }
    return { parts, raw: src.slice(start, this.pos), line };
  }

  /** double-quoted text up to `term`, or to the end of the text for here-documents (term null) */
  readDq(parts: WordPart[], term: '"' | null): void {
    const src = this.src;
    const startLine = this.line;
    for (;;) {
      const c = src[this.pos];
      if (c === undefined) {
        if (term) throw this.error({ kind: 'match', char: '"', construct: 'quote' }, startLine, true);
        return;
      }
      if (c === term) { this.pos++; return; }
      if (c === '\\') {
        const n = src[this.pos + 1];
        if (n === '\n') { this.pos += 2; this.line++; continue; }
        if (n === '$' || n === '`' || n === '\\' || (n === '"' && term)) {
          pushLit(parts, n, true);
          this.pos += 2;
          continue;
        }
        pushLit(parts, '\\', true);
        this.pos++;
        continue;
      }
      if (c === '$') { this.readDollar(parts, true); continue; }
      if (c === '`') { parts.push(readBackquote(this, true)); continue; }
      if (c === '\n') this.line++;
      pushLit(parts, c, true);
      this.pos++;
    }
  }

  /** `$` expansions: $name, $1, $?, ${...}, $(...), $((...)); a lone `$` is literal */
  readDollar(parts: WordPart[], quoted: boolean): void {
    const src = this.src;
    const n = src[this.pos + 1];
    if (n === '{') { parts.push(readBraceParam(this, quoted)); return; }
    if (n === '(') { parts.push(readDollarParen(this, quoted)); return; }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(this.pos + 1, this.pos + 200));
    if (m) {
      parts.push({ kind: 'param', name: m[0], quoted, raw: '$' + m[0] });
      this.pos += 1 + m[0].length;
      return;
    }
    if (n !== undefined && /[0-9?$#@*!-]/.test(n)) {
      parts.push({ kind: 'param', name: n, quoted, raw: '$' + n });
      this.pos += 2;
      return;
    }
    pushLit(parts, '$', quoted);
    this.pos++;
  }

  /** read queued here-document bodies; called right after a newline was consumed */
  private readHeredocs(): void {
    const docs = this.heredocs;
    this.heredocs = [];
    for (const doc of docs) {
      const lines: string[] = [];
      let found = false;
      let endedWithNewline = true;
      while (this.pos < this.src.length) {
        let end = this.src.indexOf('\n', this.pos);
        endedWithNewline = end >= 0;
        if (end < 0) end = this.src.length;
        let text = this.src.slice(this.pos, end);
        this.pos = Math.min(end + 1, this.src.length);
        this.line++;
        if (doc.strip) text = text.replace(/^\t+/, '');
        if (text === doc.delim) { found = true; break; }
        lines.push(text);
      }
      if (!found) {
        this.heredocAtEof = true;
        if (this.opts.flavor === 'bash') {
          this.warnings.push({
            line: doc.line + lines.length,
            text: `warning: here-document at line ${doc.line} delimited by end-of-file (wanted \`${doc.delim}')`,
          });
        }
      }
      let body = lines.map((l) => l + '\n').join('');
      if (!found && !endedWithNewline && this.opts.flavor === 'busybox') body = body.slice(0, -1);
      doc.redir.heredoc = this.heredocWord(body, doc.redir.heredocQuoted === true, doc.line + 1);
    }
  }

  private heredocWord(body: string, quoted: boolean, line: number): Word {
    if (quoted) return { parts: [{ kind: 'lit', text: body, quoted: true }], raw: body, line };
    const sub = new Lexer(body, { ...this.opts, implicitNewline: false }, 0, line);
    const parts: WordPart[] = [];
    sub.readDq(parts, null);
    return { parts, raw: body, line };
  }
}

/** append literal text, merging with the previous literal of the same quoting */
export function pushLit(parts: WordPart[], text: string, quoted: boolean): void {
  const last = parts[parts.length - 1];
  if (last && last.kind === 'lit' && last.quoted === quoted) last.text += text;
  else parts.push({ kind: 'lit', text, quoted });
}

export function countNl(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
