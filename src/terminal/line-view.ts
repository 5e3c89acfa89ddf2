/**
 * The prompt and the line being edited as they stand on the screen. It knows which row of a
 * wrapped input the cursor is on, so it can move across rows, redraw from the prompt's first row,
 * or append without a redraw (the common case, kept cheap for echo latency).
 */
import { EditBuffer } from './edit-buffer.ts';
import { layout, moveBetween } from './screen-layout.ts';

export class LineView {
  readonly buf = new EditBuffer();
  prompt = '';
  /** row of the screen cursor, counted from the prompt's first row */
  private cursorRow = 0;
  /** the screen cursor is at column 0 (the last output ended with a newline) */
  private atLineStart = true;

  constructor(
    private readonly out: (data: string) => void,
    private cols: number,
  ) {}

  /** the terminal changed width and reflowed the wrapped rows: recount where the cursor is */
  resize(cols: number): void {
    this.cols = Math.max(1, cols);
    this.cursorRow = layout(this.prompt, this.buf.text, this.cols).at(this.buf.cursor).row;
  }

  /** command output, '\n' line ends */
  output(text: string): void {
    if (!text) return;
    this.out(text.replace(/\r?\n/g, '\r\n'));
    this.atLineStart = text.endsWith('\n');
  }

  /** raw bytes that leave the cursor mid-row ('^C', a bell is harmless either way) */
  mark(text: string): void {
    this.out(text);
    this.atLineStart = false;
  }

  bell(): void {
    this.out('\x07');
  }

  /** move to column 0 of a new row unless already there */
  freshLine(): void {
    if (!this.atLineStart) this.newLine();
  }

  newLine(): void {
    this.out('\r\n');
    this.atLineStart = true;
  }

  /** the screen was cleared: the cursor is at the top left */
  cleared(): void {
    this.atLineStart = true;
    this.cursorRow = 0;
  }

  /** prompt and line, from column 0 of the prompt's first row; the cursor ends where it belongs */
  private paint(): string {
    const lay = layout(this.prompt, this.buf.text, this.cols);
    // after a character in the last column xterm waits to wrap; ' \r' makes the wrap happen now
    let s = this.prompt + this.buf.text.replace(/\n/g, '\r\n') + (lay.filledRow ? ' \r' : '');
    const target = lay.at(this.buf.cursor);
    s += moveBetween(lay.end, target);
    this.cursorRow = target.row;
    this.atLineStart = false;
    return s;
  }

  /** a new prompt with an empty line, on a fresh row */
  startLine(prompt: string): void {
    // output that did not end in a newline would otherwise share the prompt's row
    const fresh = this.atLineStart ? '' : '\r\n';
    this.prompt = prompt;
    this.buf.set('');
    this.out(fresh + this.paint());
  }

  /** the prompt and line again, on the current row (after a completion listing) */
  repaint(prefix = ''): void {
    this.out(prefix + this.paint());
  }

  /** clear from the prompt's first row down and paint again (after an edit in the middle) */
  redraw(prompt = this.prompt): void {
    const up = this.cursorRow > 0 ? `\x1b[${this.cursorRow}A` : '';
    this.prompt = prompt;
    this.out(up + '\r\x1b[J' + this.paint());
  }

  /** Ctrl-L: clear the screen, keep the line */
  clearScreen(): void {
    this.out('\x1b[H\x1b[2J' + this.paint());
  }

  moveCursorFrom(oldCursor: number): void {
    const lay = layout(this.prompt, this.buf.text, this.cols);
    const to = lay.at(this.buf.cursor);
    this.out(moveBetween(lay.at(oldCursor), to));
    this.cursorRow = to.row;
  }

  /** the cursor after the end of the input, as before Enter or a listing */
  moveToEnd(): void {
    const old = this.buf.cursor;
    this.buf.end();
    this.moveCursorFrom(old);
  }

  /** typed text: appended without a redraw when the cursor is at the end */
  insert(text: string): void {
    const appending = this.buf.atEnd;
    this.buf.insert(text);
    if (!appending) return this.redraw();
    const lay = layout(this.prompt, this.buf.text, this.cols);
    this.out(text + (lay.filledRow ? ' \r' : ''));
    this.cursorRow = lay.end.row;
  }
}
