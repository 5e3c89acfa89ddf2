/** The line editor's parts, each on its own. */
import { describe, expect, it } from 'vitest';
import { readKeys } from '../../src/terminal/key-reader.ts';
import { charWidth, layout, moveBetween } from '../../src/terminal/screen-layout.ts';
import { commonPrefix, listingRows } from '../../src/terminal/completion-list.ts';
import { appendLine, endsWithLineContinuation } from '../../src/terminal/continuation.ts';
import { HistoryCursor, ReverseSearch } from '../../src/terminal/history-cursor.ts';
import { EditBuffer } from '../../src/terminal/edit-buffer.ts';
import { WriteBatcher } from '../../src/terminal/write-batcher.ts';
import { stripAnsi, Transcript } from '../../src/terminal/transcript.ts';
import { loadTerminal, saveTerminal, storageKey } from '../../src/terminal/persistence.ts';
import { localCommand } from '../../src/terminal/local-commands.ts';

describe('key reader', () => {
  it('splits text, control keys and escape sequences, Home/End in every form', () => {
    expect(readKeys('ab\x1b[D\x7f\r')).toEqual([
      { kind: 'text', text: 'ab' }, { kind: 'key', name: 'left' }, { kind: 'key', name: 'backspace' }, { kind: 'key', name: 'enter' },
    ]);
    for (const home of ['\x1b[H', '\x1b[1~', '\x1bOH', '\x1b[7~']) expect(readKeys(home)).toEqual([{ kind: 'key', name: 'home' }]);
    for (const end of ['\x1b[F', '\x1b[4~', '\x1bOF', '\x1b[8~']) expect(readKeys(end)).toEqual([{ kind: 'key', name: 'end' }]);
    expect(readKeys('\x1b[3~\x1b[1;5D\x1bb\x1b')).toEqual([
      { kind: 'key', name: 'delete' }, { kind: 'key', name: 'word-left' }, { kind: 'key', name: 'word-left' }, { kind: 'key', name: 'escape' },
    ]);
  });

  it('reads CR LF as one Enter, ignores unknown sequences, and treats bracketed paste as data', () => {
    expect(readKeys('a\r\nb\n')).toEqual([
      { kind: 'text', text: 'a' }, { kind: 'key', name: 'enter' }, { kind: 'text', text: 'b' }, { kind: 'key', name: 'enter' },
    ]);
    expect(readKeys('\x1b[15~x')).toEqual([{ kind: 'other', seq: '\x1b[15~' }, { kind: 'text', text: 'x' }]);
    expect(readKeys('\x1b[200~a\tb\nc\x1b[201~')).toEqual([
      { kind: 'text', text: 'a b' }, { kind: 'key', name: 'enter' }, { kind: 'text', text: 'c' },
    ]);
  });
});

describe('screen layout', () => {
  it('wraps at the margin, wide characters whole, and newlines start a row', () => {
    expect(charWidth('a'.codePointAt(0)!)).toBe(1);
    expect(charWidth('网'.codePointAt(0)!)).toBe(2);
    expect(charWidth(0x301)).toBe(0);
    const l = layout('$ ', 'abcdefgh', 5);
    expect(l.at(0)).toEqual({ row: 0, col: 2 });
    expect(l.at(3)).toEqual({ row: 1, col: 0 });
    expect(l.end).toEqual({ row: 2, col: 0 });
    expect(l.filledRow).toBe(true);
    const w = layout('$ ', 'ab网', 5);
    expect(w.at(2)).toEqual({ row: 1, col: 0 });
    expect(w.end).toEqual({ row: 1, col: 2 });
    const n = layout('> ', 'a\nbc', 10);
    expect(n.at(1)).toEqual({ row: 0, col: 3 });
    expect(n.at(2)).toEqual({ row: 1, col: 0 });
    expect(n.end).toEqual({ row: 1, col: 2 });
  });

  it('moves between cells with relative rows and absolute columns', () => {
    expect(moveBetween({ row: 2, col: 5 }, { row: 0, col: 3 })).toBe('\x1b[2A\r\x1b[3C');
    expect(moveBetween({ row: 0, col: 5 }, { row: 1, col: 0 })).toBe('\x1b[1B\r');
    expect(moveBetween({ row: 1, col: 1 }, { row: 1, col: 1 })).toBe('');
  });
});

describe('completion listing', () => {
  it('finds the common prefix and lays candidates out down the columns like readline', () => {
    expect(commonPrefix(['connect', 'create'])).toBe('c');
    expect(commonPrefix(['--network', '--network-alias'])).toBe('--network');
    expect(listingRows(['a1', 'a2', 'a3', 'a4', 'a5'], 13)).toEqual(['a1  a3  a5', 'a2  a4']);
    // three 4-wide columns would fill 12 columns exactly: readline keeps one free
    expect(listingRows(['aa', 'bb', 'cc'], 12)).toEqual(['aa  cc', 'bb']);
    expect(listingRows(['a-very-long-candidate'], 10)).toEqual(['a-very-long-candidate']);
  });
});

describe('continuation lines', () => {
  it('joins a backslash-newline outside single quotes and keeps other newlines', () => {
    expect(endsWithLineContinuation('docker run \\')).toBe(true);
    expect(endsWithLineContinuation('echo "a \\')).toBe(true);
    expect(endsWithLineContinuation("echo 'a \\")).toBe(false);
    expect(endsWithLineContinuation('echo a \\\\')).toBe(false);
    expect(endsWithLineContinuation('echo a # note \\')).toBe(false);
    expect(appendLine(appendLine(null, 'docker run -d \\'), '--name x nginx')).toBe('docker run -d --name x nginx');
    expect(appendLine(appendLine(null, 'echo "a'), 'b"')).toBe('echo "a\nb"');
  });
});

describe('history', () => {
  it('Up/Down keep the draft and edits to recalled lines until reset', () => {
    const list = ['one', 'two'];
    const h = new HistoryCursor(() => list);
    expect(h.older('draft')).toBe('two');
    expect(h.older('two!')).toBe('one');
    expect(h.older('one')).toBeNull();
    expect(h.newer('one')).toBe('two!');
    expect(h.newer('two!')).toBe('draft');
    expect(h.newer('draft')).toBeNull();
    h.reset();
    expect(h.older('')).toBe('two');
  });

  it('reverse search finds newest first, again goes older, Backspace steps back', () => {
    const s = new ReverseSearch(['docker ps', 'docker network ls', 'ping x'], { text: '', cursor: 0 });
    for (const ch of 'dock') s.type(ch);
    expect(s.result()).toEqual({ text: 'docker network ls', cursor: 0 });
    s.again();
    expect(s.result()).toEqual({ text: 'docker ps', cursor: 0 });
    s.again();
    expect(s.prompt()).toBe("(failed reverse-i-search)`dock': ");
    s.back();
    expect(s.prompt()).toBe("(reverse-i-search)`dock': ");
  });
});

describe('edit buffer', () => {
  it('edits by code point and kills words as readline does', () => {
    const b = new EditBuffer();
    b.insert('ping 😀x');
    b.left();
    b.backspace();
    expect(b.text).toBe('ping x');
    b.set('docker run --net=host');
    expect(b.killWordBack()).toBe(true);
    expect(b.text).toBe('docker run ');
    b.yank();
    expect(b.text).toBe('docker run --net=host');
    b.set('ab');
    b.transpose();
    expect(b.text).toBe('ba');
  });
});

describe('write batcher', () => {
  it('passes the first write through and joins what arrives while the terminal parses', () => {
    const sent: string[] = [];
    const done: (() => void)[] = [];
    const w = new WriteBatcher((data, cb) => {
      sent.push(data);
      done.push(cb);
    });
    w.write('a');
    w.write('b');
    w.write('c');
    expect(sent).toEqual(['a']);
    done.shift()!();
    expect(sent).toEqual(['a', 'bc']);
    done.shift()!();
    w.write('d');
    expect(sent).toEqual(['a', 'bc', 'd']);
  });
});

describe('transcript and saved state', () => {
  it('keeps plain text and repaints it with prompts', () => {
    const t = new Transcript();
    t.begin('$ ', 'echo "a\nb"');
    t.append('\x1b[1ma\x1b[0m\nb');
    expect(t.end(0)?.output).toBe('a\nb');
    expect(t.toScreen()).toBe('$ echo "a\r\n> b"\r\na\r\nb\r\n');
    expect(stripAnsi('\x1b[31mred\x1b[m\x07')).toBe('red');
  });

  it('saves, loads and gives up the transcript before the engine when storage is full', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => {
        if (v.length > 500) throw new Error('QuotaExceededError');
        data.set(k, v);
      },
      removeItem: (k: string) => void data.delete(k),
    } as unknown as Storage;
    const transcript = Array.from({ length: 30 }, (_, i) => ({ prompt: '$ ', command: `c${i}`, output: 'x'.repeat(20) }));
    expect(saveTerminal(storage, 't', { v: 1, engine: '{}', history: ['a'], transcript })).toBe(true);
    expect(loadTerminal(storage, 't')).toEqual({ v: 1, engine: '{}', history: ['a'], transcript: [] });
    data.set(storageKey('broken'), '{not json');
    expect(loadTerminal(storage, 'broken')).toBeNull();
  });
});

describe('terminal commands', () => {
  it('recognises only the plain forms of history, clear and help', () => {
    expect(localCommand('history')).not.toBeNull();
    expect(localCommand('  history 5 ')).not.toBeNull();
    expect(localCommand('history | grep x')).toBeNull();
    expect(localCommand('clear')).not.toBeNull();
    expect(localCommand('clear x')).toBeNull();
    expect(localCommand('helpme')).toBeNull();
    let out = '';
    const history = ['docker ps', 'history'];
    localCommand('history')!({ history, inContainer: true, write: (t) => (out += t), clearScreen: () => {}, help: () => '' });
    expect(out).toBe('   0 docker ps\n   1 history\n');
  });
});
