/**
 * Tab as readline does it: a single completion is inserted with a space after it; several insert
 * their common prefix; when that gains nothing the first Tab rings and the second lists them in
 * columns (asking first when there are more than 100), then the prompt and line are redrawn.
 */
import type { Key } from './key-reader.ts';
import type { LineView } from './line-view.ts';
import type { ShellPort } from './session-port.ts';
import { commonPrefix, listingRows, queryMessage, QUERY_ITEMS } from './completion-list.ts';

export class TabCompletion {
  /** the candidates waiting for the answer to "Display all N possibilities?" */
  private pending: string[] | null = null;

  constructor(
    private readonly view: LineView,
    private readonly session: ShellPort,
  ) {}

  get asking(): boolean {
    return this.pending !== null;
  }

  /** `again`: the key before this Tab was a Tab too */
  complete(again: boolean, cols: number): void {
    const b = this.view.buf;
    const { from, candidates } = this.session.complete(b.text, b.cursor);
    const word = b.text.slice(from, b.cursor);
    if (candidates.length === 1) return this.replaceWord(from, candidates[0] + ' ');
    const prefix = commonPrefix(candidates);
    if (prefix.length > word.length) return this.replaceWord(from, prefix);
    if (candidates.length === 0 || !again) return this.view.bell();
    this.view.moveToEnd();
    if (candidates.length > QUERY_ITEMS) {
      this.pending = candidates;
      this.view.mark('\r\n' + queryMessage(candidates.length));
      return;
    }
    this.list(candidates, cols);
  }

  /** the key after the question: y, Y or space lists, anything else does not */
  answer(key: Key, cols: number): void {
    const list = this.pending ?? [];
    this.pending = null;
    if (key.kind === 'text' && /^[yY ]/.test(key.text)) return this.list(list, cols);
    this.view.repaint('\r\n');
  }

  cancel(): void {
    this.pending = null;
  }

  private replaceWord(from: number, text: string): void {
    const b = this.view.buf;
    const typed = b.text.slice(from, b.cursor);
    if (b.atEnd && text.startsWith(typed)) return this.view.insert(text.slice(typed.length));
    b.replaceBefore(from, text);
    this.view.redraw();
  }

  private list(candidates: string[], cols: number): void {
    this.view.repaint('\r\n' + listingRows(candidates, cols).join('\r\n') + '\r\n');
  }
}
