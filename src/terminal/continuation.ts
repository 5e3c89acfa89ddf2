/**
 * Joining the lines of a command typed over several prompts. A line that ends in a backslash
 * outside single quotes continues on the next one: bash removes the backslash-newline, so
 * `docker run -d \` + `--name web nginx` runs (and enters history) as one line. Other incomplete
 * input (an open quote, a trailing `|`, an unfinished `for`) keeps its newline.
 */

/** true when `text` ends with a backslash that escapes the newline (not inside '...' or a comment) */
export function endsWithLineContinuation(text: string): boolean {
  let quote: '' | "'" | '"' = '';
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (comment) {
      if (ch === '\n') comment = false;
      continue;
    }
    if (quote === "'") {
      if (ch === "'") quote = '';
      continue;
    }
    if (ch === '\\') {
      if (i === text.length - 1) return true;
      i++;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = '';
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '#' && (i === 0 || /\s|[;&|()]/.test(text[i - 1]))) comment = true;
  }
  return false;
}

/** the text collected so far after one more line was entered */
export function appendLine(collected: string | null, line: string): string {
  if (collected === null) return line;
  if (endsWithLineContinuation(collected)) return collected.slice(0, -1) + line;
  return collected + '\n' + line;
}
