/**
 * The line editor between a terminal and a shell session: it takes keys as a terminal sends them
 * (xterm's onData, a TTY's raw stdin) and writes what the screen should show. It is pure: no DOM,
 * no xterm, no Node; the browser and `npm run shell` both drive it.
 *
 * Keys typed while a command runs are queued without echo and replayed at the next prompt, so
 * pasted lines run one after another with their output in between (a real TTY would echo them
 * among the output first). Ctrl-C is the exception: it interrupts the command and, like the TTY's
 * interrupt, throws the queued type-ahead away.
 */
import { readKeys, type Key, type KeyName } from './key-reader.ts';
import { LineView } from './line-view.ts';
import { EDITS, MOVES } from './keymap.ts';
import { HistoryCursor, ReverseSearch } from './history-cursor.ts';
import { TabCompletion } from './tab-completion.ts';
import { appendLine } from './continuation.ts';
import { CLEAR_SCREEN, localCommand, type LocalCommand, type LocalCommandContext } from './local-commands.ts';
import type { OutputSink, ShellPort } from './session-port.ts';

export interface EditorHooks {
  /** a complete input is about to run; `prompt` is the prompt its first line was typed at */
  commandStart?(command: string, prompt: string): void;
  output?(fd: 1 | 2, text: string): void;
  commandEnd?(command: string, status: number): void;
  /** Ctrl-L or `clear` */
  screenCleared?(): void;
  /** `exit` or Ctrl-D at the host prompt */
  sessionEnded?(): void;
}

export interface LineEditorOptions {
  session: ShellPort;
  /** bytes for the screen (CR LF line ends, ANSI escape sequences) */
  write(data: string): void;
  cols: number;
  /** the text of the `help` command */
  help?: () => string;
  hooks?: EditorHooks;
  /** shown when the session ends; Enter then calls restart(). Without it the editor just stops. */
  endedMessage?: string;
  restart?(): void;
}

type Mode = 'edit' | 'search' | 'running' | 'ended';

export class LineEditor {
  private readonly session: ShellPort;
  private readonly hooks: EditorHooks;
  private readonly view: LineView;
  private mode: Mode = 'edit';
  /** the prompt the current input began at (continuation lines show '> ') */
  private firstPrompt = '';
  /** lines entered so far of an input that needs more (open quote, trailing `\`) */
  private collected: string | null = null;
  private readonly history: HistoryCursor;
  private search: ReverseSearch | null = null;
  private readonly tab: TabCompletion;
  private lastKey: KeyName | null = null;
  /** Ctrl-P seen inside a container shell: a following Ctrl-Q detaches */
  private detachPrefix = false;
  private queue: Key[] = [];
  private waiters: (() => void)[] = [];
  private cols: number;
  /** bumped by restartPrompt: a command still running on a replaced session must not print */
  private generation = 0;

  constructor(private readonly opts: LineEditorOptions) {
    this.session = opts.session;
    this.hooks = opts.hooks ?? {};
    this.cols = opts.cols;
    this.view = new LineView(opts.write, opts.cols);
    this.history = new HistoryCursor(() => this.session.history);
    this.tab = new TabCompletion(this.view, this.session);
  }

  /** output of the current session (Ctrl-D's "exit", detach's message) */
  private get sink(): OutputSink {
    return this.sinkFor(this.generation);
  }

  private sinkFor(generation: number): OutputSink {
    return {
      write: (fd, text) => {
        if (generation !== this.generation) return;
        this.view.output(text);
        this.hooks.output?.(fd, text);
      },
    };
  }

  /** print the first prompt */
  start(): void {
    this.showPrompt(false);
  }

  get running(): boolean {
    return this.mode === 'running';
  }

  /** the line being edited */
  get line(): string {
    return this.view.buf.text;
  }

  /** resolves once no command runs and no typed-ahead keys wait */
  idle(): Promise<void> {
    if (this.mode !== 'running' && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  resize(cols: number): void {
    this.cols = Math.max(1, cols);
    this.view.resize(this.cols);
  }

  /** data from the terminal: typed keys, pasted text, escape sequences */
  input(data: string): void {
    for (const key of readKeys(data)) this.dispatch(key);
  }

  /** type a whole command as if typed, replacing what is on the line (for lesson Run buttons) */
  typeCommand(command: string): void {
    // after `exit` the command goes to a new session, as if Enter had been pressed first
    if (this.mode === 'ended') this.restartSession();
    this.input('\x05\x15' + command.replace(/\r?\n/g, '\r') + '\r');
  }

  /** the session was reset: forget the line and show a fresh prompt */
  restartPrompt(): void {
    this.generation++;
    this.queue = [];
    this.collected = null;
    this.search = null;
    this.tab.cancel();
    this.mode = 'edit';
    this.history.reset();
    this.showPrompt(false);
    // a command cut off by the reset never reaches the end of runCommand
    this.resolveWaiters();
  }

  /** the screen was reset from outside: the cursor is at the top left, on a fresh row */
  screenReset(): void {
    this.view.cleared();
  }

  /** Ctrl-L, also for a Clear button */
  clearScreen(): void {
    if (this.mode === 'running' || this.mode === 'ended') return;
    this.view.clearScreen();
    this.hooks.screenCleared?.();
  }

  private isKey(key: Key, ...names: KeyName[]): boolean {
    return key.kind === 'key' && names.includes(key.name);
  }

  private showPrompt(continuation: boolean): void {
    const prompt = continuation ? this.session.continuationPrompt() : this.session.prompt();
    if (!continuation) this.firstPrompt = prompt;
    this.view.startLine(prompt);
  }

  // ---- key dispatch ---------------------------------------------------------------------------

  private dispatch(key: Key): void {
    switch (this.mode) {
      case 'running':
        if (this.isKey(key, 'ctrl-c')) this.interruptCommand();
        else this.queue.push(key);
        return;
      case 'ended':
        if (this.isKey(key, 'enter')) this.restartSession();
        return;
      case 'search':
        return this.searchKey(key);
      default:
        if (this.tab.asking) return this.tab.answer(key, this.cols);
        this.editKey(key);
        this.lastKey = key.kind === 'key' ? key.name : null;
    }
  }

  private editKey(key: Key): void {
    const v = this.view;
    const b = v.buf;
    if (this.detachPrefix) {
      this.detachPrefix = false;
      if (this.isKey(key, 'ctrl-q')) return this.detach();
      // not Ctrl-Q: docker passes both keys on, and Ctrl-P is previous-history
      this.recall(this.history.older(b.text));
    }
    if (key.kind === 'text') return v.insert(key.text);
    if (key.kind !== 'key') return;
    const old = b.cursor;
    const move = MOVES[key.name];
    if (move) return move(b) === false ? v.bell() : v.moveCursorFrom(old);
    const edit = EDITS[key.name];
    if (edit) return edit(b) ? v.redraw() : v.bell();
    switch (key.name) {
      case 'enter': return this.accept();
      case 'tab': return this.tab.complete(this.lastKey === 'tab', this.cols);
      case 'ctrl-c': return this.discardLine();
      case 'ctrl-d': return b.text === '' ? this.endOfInput() : b.deleteForward() ? v.redraw() : v.bell();
      case 'ctrl-l': return this.clearScreen();
      case 'ctrl-r': return this.startSearch();
      case 'up': return this.recall(this.history.older(b.text));
      case 'down': case 'ctrl-n': return this.recall(this.history.newer(b.text));
      case 'ctrl-p':
        if (this.session.location.kind === 'container') {
          this.detachPrefix = true;
          return;
        }
        return this.recall(this.history.older(b.text));
      default:
        return;
    }
  }

  private recall(text: string | null): void {
    if (text === null) return this.view.bell();
    this.view.buf.set(text);
    this.view.redraw();
  }

  /** Ctrl-C at the prompt: bash shows ^C after the line and starts over */
  private discardLine(): void {
    this.view.moveToEnd();
    this.view.mark('^C');
    this.view.newLine();
    this.collected = null;
    this.history.reset();
    this.showPrompt(false);
  }

  private detach(): void {
    this.view.moveToEnd();
    if (!this.session.detach(this.sink)) return;
    this.collected = null;
    this.history.reset();
    this.showPrompt(false);
  }

  // ---- Enter, Ctrl-D, running -----------------------------------------------------------------

  private accept(): void {
    this.view.moveToEnd();
    this.view.newLine();
    const text = appendLine(this.collected, this.view.buf.text);
    this.history.reset();
    if (!this.session.isComplete(text)) {
      this.collected = text;
      return this.showPrompt(true);
    }
    this.collected = null;
    if (text.trim() === '') return this.showPrompt(false);
    this.execute(text);
  }

  private endOfInput(): void {
    if (this.collected !== null) {
      // bash runs what it has and reports the unexpected end of file
      const text = this.collected;
      this.collected = null;
      this.view.newLine();
      return this.execute(text);
    }
    this.session.eof(this.sink);
    if (this.session.ended) return this.endSession();
    this.showPrompt(false);
  }

  private execute(text: string): void {
    this.mode = 'running';
    this.hooks.commandStart?.(text, this.firstPrompt);
    void this.runCommand(text, localCommand(text));
  }

  private async runCommand(text: string, local: LocalCommand | null): Promise<void> {
    const generation = this.generation;
    const sink = this.sinkFor(generation);
    let status: number;
    // even a local command finishes in a later task, so keys after it queue like after any command
    await Promise.resolve();
    try {
      if (local) {
        this.session.history.push(text);
        status = local(this.localContext(sink));
      } else {
        status = await this.session.run(text, sink);
      }
    } catch (err) {
      sink.write(2, `dockernet: internal error: ${(err as Error).message}\n`);
      status = 1;
    }
    if (generation !== this.generation) return;
    this.hooks.commandEnd?.(text, status);
    this.mode = 'edit';
    if (this.session.ended) this.endSession();
    else this.showPrompt(false);
    this.drainQueue();
  }

  private localContext(sink: OutputSink): LocalCommandContext {
    return {
      history: this.session.history,
      inContainer: this.session.location.kind === 'container',
      write: (t) => sink.write(1, t),
      clearScreen: () => {
        this.opts.write(CLEAR_SCREEN);
        this.view.cleared();
        this.hooks.screenCleared?.();
      },
      help: this.opts.help ?? (() => 'help is not available here\n'),
    };
  }

  private interruptCommand(): void {
    this.session.interrupt();
    this.queue = [];
    this.view.mark('^C');
  }

  private drainQueue(): void {
    const keys = this.queue;
    this.queue = [];
    for (let i = 0; i < keys.length; i++) {
      if (this.mode === 'running') {
        this.queue = keys.slice(i).concat(this.queue);
        return;
      }
      this.dispatch(keys[i]);
    }
    if (this.mode !== 'running') this.resolveWaiters();
  }

  private resolveWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private endSession(): void {
    this.mode = 'ended';
    this.queue = [];
    if (this.opts.endedMessage) {
      this.view.freshLine();
      this.view.output(this.opts.endedMessage + '\n');
    }
    this.hooks.sessionEnded?.();
  }

  private restartSession(): void {
    if (!this.opts.restart) return;
    this.opts.restart();
    this.restartPrompt();
  }

  // ---- reverse-i-search -----------------------------------------------------------------------

  private startSearch(): void {
    const b = this.view.buf;
    this.search = new ReverseSearch([...this.session.history], { text: b.text, cursor: b.cursor });
    this.mode = 'search';
    this.showSearch();
  }

  private showSearch(): void {
    const s = this.search!;
    const r = s.result();
    this.view.buf.set(r.text, r.cursor);
    this.view.redraw(s.prompt());
  }

  /** back to editing with the found line (or the original one after Ctrl-G) */
  private endSearch(restore: boolean): void {
    const s = this.search!;
    const r = restore ? s.original : s.result();
    this.search = null;
    this.mode = 'edit';
    this.view.buf.set(r.text, r.cursor);
    this.view.redraw(this.collected === null ? this.firstPrompt : this.session.continuationPrompt());
  }

  private searchKey(key: Key): void {
    const s = this.search!;
    // one state per character, so Backspace undoes a pasted search text character by character
    if (key.kind === 'text') for (const ch of key.text) s.type(ch);
    else if (this.isKey(key, 'ctrl-r')) s.again();
    else if (this.isKey(key, 'backspace')) s.back();
    else {
      this.endSearch(this.isKey(key, 'ctrl-g'));
      if (!this.isKey(key, 'ctrl-g', 'escape')) this.dispatch(key);
      return;
    }
    this.showSearch();
  }
}
