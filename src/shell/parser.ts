/**
 * Recursive-descent parser over the pull lexer. `nextCommand()` returns one complete
 * command (a list ending at a newline) so the interpreter can run it before the next
 * line is parsed, which is how bash reports a later line's syntax error after running
 * the earlier lines.
 */
import type {
  AndOr, Assign, Command, ListNode, Pipeline, Redir, RedirOp, SimpleCommand, Word,
} from './ast';
import { ShellSyntaxError } from './errors';
import { Lexer, type SubParser, type Token } from './lexer';
import { parseCase, parseCond, parseFor, parseIf, parseLoop } from './parse-compound';

export interface ParserOptions {
  implicitNewline: boolean;
  flavor: 'bash' | 'busybox';
}

const REDIR_OPS = new Set(['<', '>', '>>', '>|', '<>', '>&', '<&', '&>', '&>>', '<<', '<<-', '<<<']);
const INPUT_OPS = new Set(['<', '<>', '<&', '<<', '<<-', '<<<']);
/** words that cannot start a command: seeing one there is a syntax error */
const NOT_A_START = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** the text of a word if it is a plain unquoted literal (how reserved words are recognised) */
export function plain(tok: Token): string | null {
  if (tok.type !== 'word') return null;
  const p = tok.word.parts;
  if (p.length === 1 && p[0].kind === 'lit' && !p[0].quoted) return p[0].text;
  return null;
}

export class Parser {
  readonly lexer: Lexer;
  private peeked: Token[] = [];
  /** line of the last token taken */
  lastLine: number;

  constructor(src: string, readonly opts: ParserOptions, start = 0, line = 1) {
    const sub: SubParser = {
      cmdsubAt: (text, pos, l) => this.cmdsubAt(text, pos, l),
      script: (text, l) => new Parser(text, { ...opts, implicitNewline: false }, 0, l).parseAll(),
    };
    this.lexer = new Lexer(src, { implicitNewline: opts.implicitNewline, flavor: opts.flavor, sub }, start, line);
    this.lastLine = line;
  }

  /** the next complete command, or null at the end of the text */
  nextCommand(): ListNode[] | null {
    this.skipNewlines();
    if (this.peek().type === 'eof') return null;
    const list = this.parseList();
    const t = this.peek();
    if (t.type === 'newline') this.take();
    else if (t.type !== 'eof') throw this.unexpected(t);
    return list;
  }

  parseAll(): ListNode[] {
    const all: ListNode[] = [];
    for (let c = this.nextCommand(); c; c = this.nextCommand()) all.push(...c);
    return all;
  }

  private cmdsubAt(src: string, pos: number, line: number): { body: ListNode[]; pos: number; line: number } {
    // src is not always ours: here-documents and ${x:-...} words are lexed from their own text
    const p = new Parser(src, this.opts, pos, line);
    try {
      const body = p.compoundList([], ')', true);
      p.expectOp(')', ')');
      return { body, pos: p.lexer.pos, line: p.lexer.line };
    } catch (e) {
      // an end of file anywhere inside $( is reported as the missing `)'
      if (e instanceof ShellSyntaxError && e.detail.kind === 'eof') {
        throw p.lexer.error({ kind: 'match', char: ')', construct: 'cmdsub' }, e.line, true);
      }
      throw e;
    }
  }

  // ---- tokens ----

  peek(n = 0): Token {
    while (this.peeked.length <= n) this.peeked.push(this.lexer.next());
    return this.peeked[n];
  }

  take(): Token {
    const t = this.peek();
    this.peeked.shift();
    this.lastLine = t.type === 'word' ? t.endLine : t.line;
    return t;
  }

  skipNewlines(): void {
    while (this.peek().type === 'newline') this.take();
  }

  isWord(text: string, n = 0): boolean {
    return plain(this.peek(n)) === text;
  }

  isOp(op: string): boolean {
    const t = this.peek();
    return t.type === 'op' && t.op === op;
  }

  unexpected(t: Token, expecting?: string): ShellSyntaxError {
    if (t.type === 'eof') return this.lexer.error({ kind: 'eof', expecting }, t.line, true);
    const token = t.type === 'newline' ? 'newline' : t.type === 'op' ? t.op : t.type === 'io' ? String(t.fd) : t.word.raw;
    const line = t.type === 'word' ? t.word.line : t.line;
    return this.lexer.error({ kind: 'token', token }, line, false);
  }

  expectWord(text: string): void {
    if (!this.isWord(text)) throw this.unexpected(this.peek(), text);
    this.take();
  }

  expectOp(op: string, expecting: string): void {
    if (!this.isOp(op)) throw this.unexpected(this.peek(), expecting);
    this.take();
  }

  // ---- lists ----

  /** a list on one line: and-or lists separated by ; or & */
  private parseList(): ListNode[] {
    const items: ListNode[] = [];
    for (;;) {
      const andOr = this.parseAndOr();
      const t = this.peek();
      if (t.type === 'op' && (t.op === ';' || t.op === '&')) {
        this.take();
        items.push({ andOr, background: t.op === '&' });
        const n = this.peek();
        if (n.type === 'newline' || n.type === 'eof') return items;
        continue;
      }
      items.push({ andOr, background: false });
      return items;
    }
  }

  /**
   * A list inside a compound command, where newlines also separate commands. It ends
   * before one of the `stopWords` (then, fi, done, ...) or before `stopOp`.
   */
  compoundList(stopWords: string[], expecting: string, allowEmpty = false, stopOp = ')'): ListNode[] {
    const items: ListNode[] = [];
    this.skipNewlines();
    for (;;) {
      const t = this.peek();
      const w = plain(t);
      const stop = (w !== null && stopWords.includes(w)) || (t.type === 'op' && (t.op === stopOp || t.op === ';;'));
      if (stop) {
        if (items.length === 0 && !allowEmpty) throw this.unexpected(t);
        return items;
      }
      if (t.type === 'eof') throw this.unexpected(t, expecting);
      const andOr = this.parseAndOr();
      const s = this.peek();
      if (s.type === 'op' && (s.op === ';' || s.op === '&')) {
        this.take();
        items.push({ andOr, background: s.op === '&' });
      } else if (s.type === 'newline') {
        items.push({ andOr, background: false });
      } else {
        items.push({ andOr, background: false });
        const n = this.peek();
        const nw = plain(n);
        if (!((nw !== null && stopWords.includes(nw)) || (n.type === 'op' && (n.op === stopOp || n.op === ';;')))) {
          throw this.unexpected(n, expecting);
        }
      }
      this.skipNewlines();
    }
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      const t = this.peek();
      if (t.type !== 'op' || (t.op !== '&&' && t.op !== '||')) return { first, rest };
      this.take();
      this.skipNewlines();
      rest.push({ op: t.op, pipeline: this.parsePipeline() });
    }
  }

  private parsePipeline(): Pipeline {
    let negate = false;
    if (this.isWord('!')) { this.take(); negate = true; }
    const commands = [this.parseCommand()];
    const pipeStderr: boolean[] = [];
    for (;;) {
      const t = this.peek();
      if (t.type !== 'op' || (t.op !== '|' && t.op !== '|&')) break;
      this.take();
      pipeStderr.push(t.op === '|&');
      this.skipNewlines();
      commands.push(this.parseCommand());
    }
    pipeStderr.push(false);
    return { negate, commands, pipeStderr };
  }

  // ---- commands ----

  parseCommand(): Command {
    const t = this.peek();
    if (t.type === 'eof' || t.type === 'newline') throw this.unexpected(t);
    if (t.type === 'op' && t.op === '(') {
      this.take();
      const body = this.compoundList([], ')');
      this.expectOp(')', ')');
      return { type: 'subshell', body, redirs: this.trailingRedirs(), line: t.line };
    }
    if (t.type === 'op' && !REDIR_OPS.has(t.op)) throw this.unexpected(t);
    const w = plain(t);
    if (w !== null) {
      if (NOT_A_START.has(w)) throw this.unexpected(t);
      const line = t.type === 'word' ? t.word.line : 0;
      if (w === 'if') return parseIf(this, line);
      if (w === 'while' || w === 'until') return parseLoop(this, w === 'until', line);
      if (w === 'for') return parseFor(this, line);
      if (w === 'case') return parseCase(this, line);
      if (w === '[[' && this.opts.flavor === 'bash') return parseCond(this, line);
      if (w === '{') {
        this.take();
        const body = this.compoundList(['}'], '}');
        this.expectWord('}');
        return { type: 'group', body, redirs: this.trailingRedirs(), line };
      }
      if (w === 'function' && this.peek(1).type === 'word') {
        this.take();
        const name = (this.take() as { word: Word }).word.raw;
        if (this.isOp('(')) { this.take(); this.expectOp(')', ')'); }
        return this.funcBody(name, line);
      }
      const n = this.peek(1);
      if (NAME_RE.test(w) && n.type === 'op' && n.op === '(') {
        this.take();
        this.take();
        this.expectOp(')', ')');
        return this.funcBody(w, line);
      }
    }
    return this.parseSimple();
  }

  private funcBody(name: string, line: number): Command {
    this.skipNewlines();
    const body = this.parseCommand();
    if (body.type === 'simple') throw this.unexpected({ type: 'word', word: body.words[0] ?? { parts: [], raw: '', line }, endLine: line });
    return { type: 'funcdef', name, body, line };
  }

  private parseSimple(): SimpleCommand {
    const cmd: SimpleCommand = { type: 'simple', assigns: [], words: [], redirs: [], line: 0 };
    for (;;) {
      const t = this.peek();
      if (t.type === 'io') {
        this.take();
        const op = this.peek();
        if (op.type !== 'op' || !REDIR_OPS.has(op.op)) throw this.unexpected(op);
        this.take();
        cmd.redirs.push(this.parseRedirTarget(t.fd, op.op as RedirOp));
      } else if (t.type === 'op' && REDIR_OPS.has(t.op)) {
        this.take();
        cmd.redirs.push(this.parseRedirTarget(INPUT_OPS.has(t.op) ? 0 : 1, t.op as RedirOp));
      } else if (t.type === 'word') {
        this.take();
        const a = cmd.words.length === 0 ? asAssignment(t.word, this.opts.flavor) : null;
        if (a) cmd.assigns.push(a);
        else cmd.words.push(t.word);
      } else break;
    }
    if (!cmd.assigns.length && !cmd.words.length && !cmd.redirs.length) throw this.unexpected(this.peek());
    cmd.line = this.lastLine;
    return cmd;
  }

  private parseRedirTarget(fd: number, op: RedirOp): Redir {
    // ash has no here-strings
    if (op === '<<<' && this.opts.flavor === 'busybox') throw this.lexer.error({ kind: 'token', token: '<<<' }, this.lastLine, false);
    const t = this.peek();
    if (t.type !== 'word') throw this.unexpected(t);
    this.take();
    const redir: Redir = { fd, op, target: t.word };
    if (op === '<<' || op === '<<-') this.lexer.queueHeredoc(redir, t.word);
    return redir;
  }

  trailingRedirs(): Redir[] {
    const redirs: Redir[] = [];
    for (;;) {
      const t = this.peek();
      if (t.type === 'io') {
        this.take();
        const op = this.take();
        if (op.type !== 'op' || !REDIR_OPS.has(op.op)) throw this.unexpected(op);
        redirs.push(this.parseRedirTarget(t.fd, op.op as RedirOp));
      } else if (t.type === 'op' && REDIR_OPS.has(t.op)) {
        this.take();
        redirs.push(this.parseRedirTarget(INPUT_OPS.has(t.op) ? 0 : 1, t.op as RedirOp));
      } else return redirs;
    }
  }

}

/** `NAME=value` / `NAME+=value` at the start of a simple command */
function asAssignment(word: Word, flavor: 'bash' | 'busybox'): Assign | null {
  const first = word.parts[0];
  if (!first || first.kind !== 'lit' || first.quoted) return null;
  // `+=` is bash only; ash runs `v+=x` as a command
  const m = (flavor === 'bash' ? /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/ : /^([A-Za-z_][A-Za-z0-9_]*)()=/).exec(first.text);
  if (!m) return null;
  const restText = first.text.slice(m[0].length);
  const parts = [...(restText ? [{ ...first, text: restText }] : []), ...word.parts.slice(1)];
  return { name: m[1], append: m[2] === '+', value: { parts, raw: word.raw.slice(m[0].length), line: word.line } };
}
