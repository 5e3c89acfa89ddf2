/**
 * Splits what a terminal sends (xterm's onData, or raw stdin of a real TTY) into keys: runs of
 * printable text, control characters, and the escape sequences of arrows, Home/End, Delete and
 * Alt combinations. One chunk may hold many keys (a paste, or fast typing on a slow page).
 */

export type KeyName =
  | 'enter' | 'tab' | 'backspace' | 'delete' | 'escape'
  | 'left' | 'right' | 'up' | 'down' | 'home' | 'end'
  | 'word-left' | 'word-right' | 'alt-d' | 'alt-backspace'
  | `ctrl-${'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'k' | 'l' | 'n' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'w' | 'y'}`;

export type Key =
  | { kind: 'text'; text: string }
  | { kind: 'key'; name: KeyName }
  /** a sequence the editor has no binding for: ignored rather than inserted as garbage */
  | { kind: 'other'; seq: string };

const CONTROL: Record<string, KeyName> = {
  '\x01': 'ctrl-a', '\x02': 'ctrl-b', '\x03': 'ctrl-c', '\x04': 'ctrl-d', '\x05': 'ctrl-e', '\x06': 'ctrl-f',
  '\x07': 'ctrl-g', '\x08': 'backspace', '\t': 'tab', '\x0b': 'ctrl-k', '\x0c': 'ctrl-l', '\x0e': 'ctrl-n',
  '\x10': 'ctrl-p', '\x11': 'ctrl-q', '\x12': 'ctrl-r', '\x13': 'ctrl-s', '\x14': 'ctrl-t', '\x15': 'ctrl-u',
  '\x17': 'ctrl-w', '\x19': 'ctrl-y', '\x7f': 'backspace',
};

/** CSI and SS3 finals / `~` codes as xterm, VTE, the Linux console and tmux send them */
const SEQUENCES: Record<string, KeyName> = {
  '\x1b[A': 'up', '\x1b[B': 'down', '\x1b[C': 'right', '\x1b[D': 'left',
  '\x1bOA': 'up', '\x1bOB': 'down', '\x1bOC': 'right', '\x1bOD': 'left',
  '\x1b[H': 'home', '\x1b[F': 'end', '\x1bOH': 'home', '\x1bOF': 'end',
  '\x1b[1~': 'home', '\x1b[4~': 'end', '\x1b[7~': 'home', '\x1b[8~': 'end',
  '\x1b[3~': 'delete',
  '\x1b[1;5C': 'word-right', '\x1b[1;5D': 'word-left', '\x1b[1;3C': 'word-right', '\x1b[1;3D': 'word-left',
  '\x1bf': 'word-right', '\x1bb': 'word-left', '\x1bd': 'alt-d', '\x1b\x7f': 'alt-backspace', '\x1b\x08': 'alt-backspace',
};

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

/** length of the escape sequence starting at i (at least 1) */
function escapeLength(data: string, i: number): number {
  const next = data[i + 1];
  if (next === undefined) return 1;
  if (next === '[') {
    // CSI: parameters and intermediates, then one final byte in @..~
    let j = i + 2;
    while (j < data.length && /[0-9;:<=>?!"#$%&'()*+,\-./ ]/.test(data[j])) j++;
    return Math.min(data.length, j + 1) - i;
  }
  if (next === 'O') return Math.min(3, data.length - i);
  return 2;
}

function isPrintable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x20 && c !== 0x7f && !(c >= 0x80 && c < 0xa0);
}

/** Text inside a bracketed paste is data, never keys: newlines are Enter, a Tab is a blank, not completion. */
function pastedKeys(text: string, keys: Key[]): void {
  for (const part of text.replace(/\r\n?/g, '\n').split(/(\n)/)) {
    if (part === '\n') keys.push({ kind: 'key', name: 'enter' });
    else if (part) keys.push({ kind: 'text', text: part.replace(/\t/g, ' ').replace(/[\x00-\x1f\x7f]/g, '') });
  }
}

export function readKeys(data: string): Key[] {
  const keys: Key[] = [];
  let i = 0;
  while (i < data.length) {
    const ch = data[i];
    if (ch === '\r' || ch === '\n') {
      keys.push({ kind: 'key', name: 'enter' });
      // CR LF (a pasted Windows line end, or a TTY in ICRNL) is one Enter
      i += ch === '\r' && data[i + 1] === '\n' ? 2 : 1;
    } else if (ch === '\x1b') {
      if (data.startsWith(PASTE_START, i)) {
        const end = data.indexOf(PASTE_END, i);
        const stop = end < 0 ? data.length : end;
        pastedKeys(data.slice(i + PASTE_START.length, stop), keys);
        i = end < 0 ? data.length : end + PASTE_END.length;
        continue;
      }
      const len = escapeLength(data, i);
      const seq = data.slice(i, i + len);
      const name = len === 1 ? 'escape' : SEQUENCES[seq];
      keys.push(name ? { kind: 'key', name } : { kind: 'other', seq });
      i += len;
    } else if (CONTROL[ch]) {
      keys.push({ kind: 'key', name: CONTROL[ch] });
      i++;
    } else if (isPrintable(ch)) {
      let j = i + 1;
      while (j < data.length && isPrintable(data[j])) j++;
      keys.push({ kind: 'text', text: data.slice(i, j) });
      i = j;
    } else {
      keys.push({ kind: 'other', seq: ch });
      i++;
    }
  }
  return keys;
}
