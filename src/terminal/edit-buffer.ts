/**
 * The line being typed and the cursor in it, with the readline (emacs mode) editing commands.
 * The cursor is a UTF-16 index that always stands on a code point boundary, so an emoji or a
 * CJK character moves and deletes as one character.
 */

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n';
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

export class EditBuffer {
  text = '';
  cursor = 0;
  /** the last killed text (Ctrl-U, Ctrl-K, Ctrl-W), for Ctrl-Y */
  private killed = '';

  set(text: string, cursor = text.length): void {
    this.text = text;
    this.cursor = cursor;
  }

  get atEnd(): boolean {
    return this.cursor === this.text.length;
  }

  private prevIndex(i: number): number {
    if (i <= 0) return 0;
    const lo = this.text.charCodeAt(i - 1);
    return lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  }

  private nextIndex(i: number): number {
    if (i >= this.text.length) return this.text.length;
    const hi = this.text.charCodeAt(i);
    return hi >= 0xd800 && hi <= 0xdbff && i + 2 <= this.text.length ? i + 2 : i + 1;
  }

  insert(s: string): void {
    this.text = this.text.slice(0, this.cursor) + s + this.text.slice(this.cursor);
    this.cursor += s.length;
  }

  /** replace text[from, cursor) (the word being completed) */
  replaceBefore(from: number, s: string): void {
    this.text = this.text.slice(0, from) + s + this.text.slice(this.cursor);
    this.cursor = from + s.length;
  }

  left(): boolean {
    if (this.cursor === 0) return false;
    this.cursor = this.prevIndex(this.cursor);
    return true;
  }

  right(): boolean {
    if (this.atEnd) return false;
    this.cursor = this.nextIndex(this.cursor);
    return true;
  }

  home(): void {
    this.cursor = 0;
  }

  end(): void {
    this.cursor = this.text.length;
  }

  backspace(): boolean {
    if (this.cursor === 0) return false;
    const at = this.prevIndex(this.cursor);
    this.text = this.text.slice(0, at) + this.text.slice(this.cursor);
    this.cursor = at;
    return true;
  }

  deleteForward(): boolean {
    if (this.atEnd) return false;
    this.text = this.text.slice(0, this.cursor) + this.text.slice(this.nextIndex(this.cursor));
    return true;
  }

  /** Alt-B / Ctrl-Left: to the start of the current or previous word (letters and digits) */
  wordLeft(): void {
    let i = this.cursor;
    while (i > 0 && !isWordChar(this.text[i - 1])) i--;
    while (i > 0 && isWordChar(this.text[i - 1])) i--;
    this.cursor = i;
  }

  /** Alt-F / Ctrl-Right: to the end of the current or next word */
  wordRight(): void {
    let i = this.cursor;
    while (i < this.text.length && !isWordChar(this.text[i])) i++;
    while (i < this.text.length && isWordChar(this.text[i])) i++;
    this.cursor = i;
  }

  private kill(from: number, to: number): boolean {
    if (from === to) return false;
    this.killed = this.text.slice(from, to);
    this.text = this.text.slice(0, from) + this.text.slice(to);
    this.cursor = from;
    return true;
  }

  /** Ctrl-U: unix-line-discard, from the start of the line to the cursor */
  killToStart(): boolean {
    return this.kill(0, this.cursor);
  }

  /** Ctrl-K: kill-line, from the cursor to the end */
  killToEnd(): boolean {
    return this.kill(this.cursor, this.text.length);
  }

  /** Ctrl-W: unix-word-rubout, back to the previous whitespace (so `--net=host` goes in one) */
  killWordBack(): boolean {
    let i = this.cursor;
    while (i > 0 && isSpace(this.text[i - 1])) i--;
    while (i > 0 && !isSpace(this.text[i - 1])) i--;
    return this.kill(i, this.cursor);
  }

  /** Alt-Backspace: backward-kill-word, by letters and digits */
  killWordBackAlnum(): boolean {
    const end = this.cursor;
    this.wordLeft();
    return this.kill(this.cursor, end);
  }

  /** Alt-D: kill-word forward */
  killWordForward(): boolean {
    const start = this.cursor;
    this.wordRight();
    const end = this.cursor;
    this.cursor = start;
    return this.kill(start, end);
  }

  /** Ctrl-Y */
  yank(): boolean {
    if (!this.killed) return false;
    this.insert(this.killed);
    return true;
  }

  /** Ctrl-T: swap the two characters before the cursor (at the end) or around it */
  transpose(): boolean {
    if (this.text.length < 2 || this.cursor === 0) return false;
    const at = this.atEnd ? this.prevIndex(this.cursor) : this.cursor;
    const a = this.prevIndex(at);
    const b = this.nextIndex(at);
    this.text = this.text.slice(0, a) + this.text.slice(at, b) + this.text.slice(a, at) + this.text.slice(b);
    this.cursor = b;
    return true;
  }
}
