/**
 * Moving through history with Up/Down and searching it with Ctrl-R, as readline does: the line
 * being typed is kept while browsing and comes back with Down, edits made to recalled lines are
 * kept until a line is run, and reverse-i-search finds the newest line containing the text typed.
 */

export class HistoryCursor {
  /** null while on the line being typed; otherwise an index into the history */
  private index: number | null = null;
  private draft = '';
  private edits = new Map<number, string>();

  constructor(private readonly entries: () => readonly string[]) {}

  /** Up: the previous entry to show, or null at the oldest */
  older(current: string): string | null {
    const list = this.entries();
    if (this.index === null) {
      if (list.length === 0) return null;
      this.draft = current;
      this.index = list.length - 1;
    } else {
      if (this.index <= 0) return null;
      this.edits.set(this.index, current);
      this.index--;
    }
    return this.edits.get(this.index) ?? list[this.index];
  }

  /** Down: the next entry, the kept draft after the newest, or null when already on the draft */
  newer(current: string): string | null {
    if (this.index === null) return null;
    const list = this.entries();
    this.edits.set(this.index, current);
    if (this.index >= list.length - 1) {
      this.index = null;
      return this.draft;
    }
    this.index++;
    return this.edits.get(this.index) ?? list[this.index];
  }

  /** a line was run or discarded: back to a fresh line, edits forgotten */
  reset(): void {
    this.index = null;
    this.draft = '';
    this.edits.clear();
  }
}

interface SearchState {
  query: string;
  entry: number;
  pos: number;
  failed: boolean;
}

/** one Ctrl-R session */
export class ReverseSearch {
  private state: SearchState;
  private readonly stack: SearchState[] = [];
  /** readline reuses the previous search text when Ctrl-R is pressed with an empty query */
  private static lastQuery = '';

  constructor(
    private readonly entries: readonly string[],
    /** the line as it was before Ctrl-R, restored by Ctrl-G */
    readonly original: { text: string; cursor: number },
  ) {
    this.state = { query: '', entry: entries.length, pos: 0, failed: false };
  }

  get query(): string {
    return this.state.query;
  }

  prompt(): string {
    return `(${this.state.failed ? 'failed ' : ''}reverse-i-search)\`${this.state.query}': `;
  }

  /** the line shown after the prompt and where the cursor stands in it */
  result(): { text: string; cursor: number } {
    const { entry, pos } = this.state;
    if (entry >= this.entries.length) return this.original;
    return { text: this.entries[entry], cursor: pos };
  }

  private find(query: string, entry: number, pos: number): { entry: number; pos: number } | null {
    for (let e = Math.min(entry, this.entries.length - 1); e >= 0; e--) {
      const text = this.entries[e];
      const from = e === entry ? pos : text.length;
      if (from < 0) continue;
      const at = text.lastIndexOf(query, from);
      if (at >= 0) return { entry: e, pos: at };
    }
    return null;
  }

  private searchFrom(query: string, entry: number, pos: number): void {
    this.stack.push({ ...this.state });
    const hit = query ? this.find(query, entry, pos) : null;
    this.state = hit ? { query, ...hit, failed: false } : { ...this.state, query, failed: query !== '' };
    ReverseSearch.lastQuery = query;
  }

  /** more text typed: the current match still counts if it contains the longer text */
  type(text: string): void {
    const { query, entry, pos, failed } = this.state;
    if (failed) {
      this.stack.push({ ...this.state });
      this.state = { ...this.state, query: query + text };
      return;
    }
    this.searchFrom(query + text, entry, entry >= this.entries.length ? Infinity : pos);
  }

  /** Ctrl-R again: the next older match */
  again(): void {
    const { query, entry, pos } = this.state;
    const q = query || ReverseSearch.lastQuery;
    if (!q) return;
    if (!query) return this.searchFrom(q, this.entries.length, Infinity);
    if (pos > 0) this.searchFrom(q, entry, pos - 1);
    else this.searchFrom(q, entry - 1, Infinity);
  }

  /** Backspace: back to the state before the last character or Ctrl-R */
  back(): void {
    const prev = this.stack.pop();
    if (prev) this.state = prev;
  }
}
