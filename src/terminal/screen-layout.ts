/**
 * Where each character of "prompt + line" lands on a terminal `cols` wide, so the editor can move
 * the cursor across wrapped rows with relative escape sequences. The rules are xterm's: a character
 * that does not fit wraps to the next row (a wide CJK character leaves the last column empty), and
 * an embedded newline (a multi-line command recalled from history) starts a new row.
 */

/** display width of one code point: 0 for combining marks, 2 for East Asian wide and emoji */
export function charWidth(cp: number): number {
  if (cp < 0x300) return 1;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch === '\n' ? 0 : charWidth(ch.codePointAt(0)!);
  return w;
}

export interface Cell {
  row: number;
  col: number;
}

export interface Layout {
  /** position of the cursor when it stands before line[i] (UTF-16 index), for every index 0..length */
  at(index: number): Cell;
  /** the cursor after painting everything: the start of the next row when the text fills its last row exactly */
  end: Cell;
  /** the last character filled the row: the cursor is in xterm's pending-wrap state and must be moved on */
  filledRow: boolean;
}

export function layout(prompt: string, line: string, cols: number): Layout {
  const width = Math.max(1, cols);
  let row = 0;
  let col = 0;
  const place = (ch: string): Cell => {
    if (ch === '\n') {
      // the cursor before a newline sits after the text of its row, never in the margin
      const before = { row, col: Math.min(col, width - 1) };
      row++;
      col = 0;
      return before;
    }
    const w = charWidth(ch.codePointAt(0)!);
    if (col + w > width) {
      row++;
      col = 0;
    }
    const cell = { row, col };
    col += w;
    return cell;
  };
  for (const ch of prompt) place(ch);
  const starts = new Map<number, Cell>();
  let i = 0;
  for (const ch of line) {
    starts.set(i, place(ch));
    i += ch.length;
  }
  const filledRow = col >= width;
  const end = filledRow ? { row: row + 1, col: 0 } : { row, col };
  return {
    at: (index) => starts.get(index) ?? end,
    end,
    filledRow,
  };
}

/** the escape sequence that moves the cursor from one cell to another (rows relative, column absolute) */
export function moveBetween(from: Cell, to: Cell): string {
  let s = '';
  if (to.row < from.row) s += `\x1b[${from.row - to.row}A`;
  else if (to.row > from.row) s += `\x1b[${to.row - from.row}B`;
  if (to.col !== from.col || to.row !== from.row) s += to.col > 0 ? `\r\x1b[${to.col}C` : '\r';
  return s;
}
