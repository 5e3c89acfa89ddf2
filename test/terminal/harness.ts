/**
 * A learner's screen for tests: the line editor writes into @xterm/headless (the same parser and
 * buffer as the browser terminal), and the tests read back the rows exactly as they would show.
 */
import { Terminal } from '@xterm/headless';
import { SerializeAddon } from '@xterm/addon-serialize';
import { LineEditor, type LineEditorOptions } from '../../src/terminal/line-editor.ts';
import type { ShellPort } from '../../src/terminal/session-port.ts';

export interface Screen {
  term: Terminal;
  editor: LineEditor;
  /** keys as xterm's onData would deliver them */
  type(data: string): Promise<void>;
  /** wait for commands and queued keys, then for the terminal to parse everything written */
  settle(): Promise<void>;
  /** all rows (scrollback and screen), right-trimmed of empty cells, trailing empty rows dropped */
  lines(): Promise<string[]>;
  text(): Promise<string>;
  /** cursor position on the visible screen */
  cursor(): Promise<{ x: number; y: number }>;
  /** the screen as the serialize addon sees it (for colour and wrap checks) */
  serialized(): Promise<string>;
  written: string[];
}

export function openScreen(
  session: ShellPort,
  opts: { cols?: number; rows?: number } & Partial<Omit<LineEditorOptions, 'session' | 'write' | 'cols'>> = {},
): Screen {
  const cols = opts.cols ?? 80;
  const term = new Terminal({ cols, rows: opts.rows ?? 24, allowProposedApi: true, scrollback: 5000 });
  const serializer = new SerializeAddon();
  term.loadAddon(serializer);
  let parsed: Promise<void> = Promise.resolve();
  const written: string[] = [];
  const write = (data: string) => {
    written.push(data);
    parsed = parsed.then(() => new Promise<void>((r) => term.write(data, r)));
  };
  const editor = new LineEditor({ ...opts, session, write, cols });
  editor.start();
  const settle = async () => {
    await editor.idle();
    // a command may finish and print its prompt in a later task
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
    await editor.idle();
    await parsed;
  };
  const lines = async () => {
    await settle();
    const b = term.buffer.active;
    const out: string[] = [];
    for (let i = 0; i < b.length; i++) out.push(b.getLine(i)!.translateToString(true));
    while (out.length && out[out.length - 1] === '') out.pop();
    return out;
  };
  return {
    term,
    editor,
    written,
    type: async (data) => {
      editor.input(data);
      await settle();
    },
    settle,
    lines,
    text: async () => (await lines()).join('\n'),
    cursor: async () => {
      await settle();
      return { x: term.buffer.active.cursorX, y: term.buffer.active.cursorY };
    },
    serialized: async () => {
      await settle();
      return serializer.serialize();
    },
  };
}

/** a scripted shell: each command prints what `outputs` says, or "ran: <text>" */
export class FakeSession implements ShellPort {
  history: string[] = [];
  ended = false;
  ran: string[] = [];
  interrupted = 0;
  container: string | null = null;
  location: ShellPort['location'] = { kind: 'host' };
  candidates: string[] = [];
  /** resolves a running command (for tests of typing while busy) */
  private finishRunning: (() => void) | null = null;

  constructor(private readonly outputs: Record<string, string> = {}) {}

  prompt(): string {
    return this.location.kind === 'container' ? '/ # ' : 'root@docker-host:~# ';
  }
  continuationPrompt(): string {
    return '> ';
  }
  isComplete(text: string): boolean {
    const quotes = (text.match(/"/g) ?? []).length;
    return quotes % 2 === 0 && !/\\$/.test(text) && !/\|\s*$/.test(text);
  }
  async run(text: string, sink: { write(fd: 1 | 2, t: string): void }): Promise<number> {
    this.history.push(text);
    this.ran.push(text);
    if (text === 'exit') {
      if (this.location.kind === 'container') this.location = { kind: 'host' };
      else this.ended = true;
      return 0;
    }
    if (text === 'enter') {
      this.location = { kind: 'container', containerId: 'c1' };
      return 0;
    }
    if (text === 'block') {
      sink.write(1, 'blocking\n');
      await new Promise<void>((r) => (this.finishRunning = r));
      sink.write(1, 'unblocked\n');
      return 130;
    }
    sink.write(1, this.outputs[text] ?? `ran: ${text}\n`);
    return 0;
  }
  interrupt(): void {
    this.interrupted++;
    this.finishRunning?.();
    this.finishRunning = null;
  }
  eof(sink: { write(fd: 1 | 2, t: string): void }): void {
    sink.write(1, 'exit\n');
    if (this.location.kind === 'container') this.location = { kind: 'host' };
    else this.ended = true;
  }
  detach(sink: { write(fd: 1 | 2, t: string): void }): boolean {
    if (this.location.kind !== 'container') return false;
    this.location = { kind: 'host' };
    sink.write(1, 'read escape sequence\n');
    return true;
  }
  complete(line: string, cursor: number): { from: number; candidates: string[] } {
    const before = line.slice(0, cursor);
    const from = before.search(/\S*$/);
    const word = before.slice(from);
    return { from, candidates: this.candidates.filter((c) => c.startsWith(word)) };
  }
}

export const KEY = {
  up: '\x1b[A', down: '\x1b[B', right: '\x1b[C', left: '\x1b[D',
  home: '\x1b[H', end: '\x1b[F', del: '\x1b[3~', bs: '\x7f', tab: '\t', enter: '\r',
  ctrlA: '\x01', ctrlC: '\x03', ctrlD: '\x04', ctrlE: '\x05', ctrlG: '\x07', ctrlK: '\x0b', ctrlL: '\x0c',
  ctrlP: '\x10', ctrlQ: '\x11', ctrlR: '\x12', ctrlU: '\x15', ctrlW: '\x17', ctrlY: '\x19',
};
