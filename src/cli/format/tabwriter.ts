// Go's text/tabwriter (Go 1.19), the column aligner behind every docker
// table. The Docker CLI uses NewWriter(out, 10, 1, 3, ' ', 0): minimum cell
// width 10, padding 3, spaces. Semantics worth knowing:
//   - a cell is text terminated by '\t' (or '\v'); the text after the last
//     tab of a line is not a column cell and does not widen anything;
//   - a column block is a run of consecutive lines that all have a cell in
//     that column; each block gets its own width = max(minwidth, widest+padding);
//   - a line without any tab ends all blocks (and flushes in Go).
// Widths count code points (Go counts runes), not display columns.
// Escape sequences (0xff) and FilterHTML are not supported: they never occur
// in valid UTF-8 text, and docker does not use FilterHTML.

export const AlignRight = 1 << 2;
export const DiscardEmptyColumns = 1 << 3;
export const TabIndent = 1 << 4;
export const Debug = 1 << 5;

interface Cell {
  size: number; // length in UTF-16 units of the cell text in buf
  width: number; // width in code points
  htab: boolean; // terminated by '\t' (vs '\v')
}

const runeCount = (s: string) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
};

export class TabWriter {
  private buf = '';
  private cell: Cell = { size: 0, width: 0, htab: false };
  private lines: Cell[][] = [[]];
  private widths: number[] = [];
  private out = '';

  constructor(
    readonly minwidth = 10,
    readonly tabwidth = 1,
    readonly padding = 3,
    readonly padchar = ' ',
    private flags = 0,
  ) {
    if (padchar === '\t') this.flags &= ~AlignRight; // tab padding forces left alignment
  }

  /** Buffers text; output becomes available from flush(). */
  write(text: string): void {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      this.append(text.slice(n, i));
      n = i + 1;
      const ncells = this.terminateCell(ch === '\t');
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        // A line with a single cell cannot affect alignment: Go flushes here.
        if (ch === '\f' || ncells === 1) {
          this.flushNoReset();
          if (ch === '\f' && this.flags & Debug) this.out += '---\n';
        }
      }
    }
    this.append(text.slice(n));
  }

  /** Formats everything buffered and returns all output produced so far. */
  flush(): string {
    this.flushNoReset();
    const out = this.out;
    this.out = '';
    return out;
  }

  private append(s: string): void {
    this.buf += s;
    this.cell.size += s.length;
    this.cell.width += runeCount(s);
  }

  private terminateCell(htab: boolean): number {
    this.cell.htab = htab;
    const line = this.lines[this.lines.length - 1];
    line.push(this.cell);
    this.cell = { size: 0, width: 0, htab: false };
    return line.length;
  }

  private flushNoReset(): void {
    if (this.cell.size > 0) this.terminateCell(false);
    this.format(0, 0, this.lines.length);
    this.buf = '';
    this.cell = { size: 0, width: 0, htab: false };
    this.lines = [[]];
    this.widths = [];
  }

  private padding_(textw: number, cellw: number, useTabs: boolean): void {
    if (this.padchar === '\t' || useTabs) {
      if (this.tabwidth === 0) return;
      cellw = Math.ceil(cellw / this.tabwidth) * this.tabwidth;
      const n = cellw - textw;
      this.out += '\t'.repeat(Math.ceil(n / this.tabwidth));
      return;
    }
    this.out += this.padchar.repeat(Math.max(cellw - textw, 0));
  }

  private writeLines(pos: number, line0: number, line1: number): number {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i];
      let useTabs = (this.flags & TabIndent) !== 0;
      line.forEach((c, j) => {
        if (j > 0 && this.flags & Debug) this.out += '|';
        if (c.size === 0) {
          if (j < this.widths.length) this.padding_(c.width, this.widths[j], useTabs);
          return;
        }
        useTabs = false;
        const text = this.buf.slice(pos, pos + c.size);
        pos += c.size;
        if (this.flags & AlignRight) {
          if (j < this.widths.length) this.padding_(c.width, this.widths[j], false);
          this.out += text;
        } else {
          this.out += text;
          if (j < this.widths.length) this.padding_(c.width, this.widths[j], false);
        }
      });
      if (i + 1 === this.lines.length) {
        // last buffered line: its pending (unterminated) cell is written as is
        this.out += this.buf.slice(pos, pos + this.cell.size);
        pos += this.cell.size;
      } else {
        this.out += '\n';
      }
    }
    return pos;
  }

  // Go's recursive column-block formatter, kept structurally identical.
  private format(pos: number, line0: number, line1: number): number {
    const column = this.widths.length;
    for (let th = line0; th < line1; th++) {
      if (column >= this.lines[th].length - 1) continue;
      // cell exists in this column: this line starts a block
      pos = this.writeLines(pos, line0, th);
      line0 = th;
      let width = this.minwidth;
      let discardable = true;
      for (; th < line1; th++) {
        const line = this.lines[th];
        if (column >= line.length - 1) break;
        const c = line[column];
        width = Math.max(width, c.width + this.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.flags & DiscardEmptyColumns) width = 0;
      this.widths.push(width);
      pos = this.format(pos, line0, th);
      this.widths.pop();
      line0 = th;
    }
    return this.writeLines(pos, line0, line1);
  }
}

/** Aligns text the way docker's tables do (minwidth 10, tabwidth 1, padding 3, spaces). */
export function tabwrite(text: string, minwidth = 10, tabwidth = 1, padding = 3, padchar = ' ', flags = 0): string {
  const w = new TabWriter(minwidth, tabwidth, padding, padchar, flags);
  w.write(text);
  return w.flush();
}
