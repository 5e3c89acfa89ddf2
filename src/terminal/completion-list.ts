/**
 * What Tab shows when a word has several completions: the common prefix to insert, and the
 * candidate listing laid out in columns, sorted down the columns, the way readline prints it
 * (rl_display_match_list with print-completions-horizontally off).
 */
import { textWidth } from './screen-layout.ts';

/** readline's completion-query-items: above this many, ask before listing */
export const QUERY_ITEMS = 100;

export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0];
  for (const w of words) {
    let i = 0;
    while (i < prefix.length && i < w.length && prefix[i] === w[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

/** the rows of the listing (without line ends) for a terminal `cols` wide */
export function listingRows(candidates: readonly string[], cols: number): string[] {
  const width = Math.max(...candidates.map(textWidth)) + 2;
  let perRow = Math.floor(cols / width);
  // readline leaves the last column free when the items would fill the row exactly
  if (perRow !== 1 && perRow * width === cols) perRow--;
  if (perRow < 1) perRow = 1;
  const rowCount = Math.ceil(candidates.length / perRow);
  const rows: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const item = candidates[r + c * rowCount];
      if (item === undefined) break;
      const last = c + 1 === perRow || candidates[r + (c + 1) * rowCount] === undefined;
      line += last ? item : item + ' '.repeat(Math.max(1, width - textWidth(item)));
    }
    rows.push(line);
  }
  return rows;
}

export function queryMessage(count: number): string {
  return `Display all ${count} possibilities? (y or n)`;
}
