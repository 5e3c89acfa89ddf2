/**
 * One terminal on a page: a TerminalSession on its own simulated host, the line editor, the
 * screen (xterm, attached once it has loaded), the accessible log, and the saved state.
 *
 * Events, dispatched on the component element and bubbling (detail always has `terminal`, the id):
 *   dockernet:ready          the terminal shows its prompt (detail.restored: state came from storage)
 *   dockernet:command        a command finished: { command, status, output }
 *   dockernet:changed        the engine state may have changed (after every command): { engine }
 *   dockernet:packet         the data plane walked a packet: { trace }
 *   dockernet:reset          the learner reset the host (or started over after `exit`)
 *   dockernet:session-ended  `exit` or Ctrl-D at the host prompt
 */
import { TerminalSession } from '../cli/interactive/terminal-session.ts';
import { Engine, type EngineEvent } from '../engine/engine.ts';
import { LineEditor } from './line-editor.ts';
import type { TerminalScreen } from './terminal-screen.ts';
import { Transcript } from './transcript.ts';
import type { AccessibleLog } from './accessible-log.ts';
import { forgetTerminal, loadTerminal, saveTerminal } from './persistence.ts';
import { helpText } from './help-text.ts';
import { registryAvailability } from './command-catalogue.ts';

export const ENDED_MESSAGE = 'Session ended. Press Enter to start a new session on a fresh host.';
const BANNER = 'Simulated Docker host (Docker Engine 20.10). Type help to see what it can do.\r\n';

export interface TerminalControllerOptions {
  id: string;
  /** the component root: events are dispatched here */
  element: HTMLElement;
  log?: AccessibleLog | null;
  /** where state is kept across reloads; null keeps nothing */
  storage?: Storage | null;
  /** seed of every fresh host (the same commands then give the same IDs and addresses) */
  seed?: string;
  /** real ms per simulated ms for sleeps and pings: 1 in the browser */
  realTime?: number;
}

export class TerminalController {
  readonly id: string;
  readonly session: TerminalSession;
  readonly editor: LineEditor;
  readonly transcript = new Transcript();
  /** true when the state came from storage */
  readonly restored: boolean;
  private screen: TerminalScreen | null = null;
  /** output produced before the screen is attached; null once there will never be a screen */
  private early: string[] | null = [];
  private stopEngineEvents: () => void = () => {};
  private readonly detachers: (() => void)[] = [];

  constructor(private readonly opts: TerminalControllerOptions) {
    this.id = opts.id;
    const saved = loadTerminal(opts.storage ?? null, opts.id);
    let engine: Engine | null = null;
    if (saved) {
      try {
        engine = Engine.restore(saved.engine);
      } catch {
        // state saved by an older engine that no longer loads: start fresh rather than fail
        forgetTerminal(opts.storage ?? null, opts.id);
      }
    }
    this.restored = engine !== null;
    this.session = new TerminalSession({ engine: engine ?? this.freshEngine(), realTime: opts.realTime ?? 1 });
    if (saved && engine) {
      this.session.history.push(...saved.history);
      this.transcript.load(saved.transcript);
      opts.log?.restore(this.transcript.entries);
    }
    this.editor = new LineEditor({
      session: this.session,
      write: (data) => this.write(data),
      cols: 80,
      help: () => helpText(registryAvailability(this.session.engine)),
      endedMessage: ENDED_MESSAGE,
      restart: () => this.startOver(false),
      hooks: {
        commandStart: (command, prompt) => {
          this.transcript.begin(prompt, command);
          opts.log?.begin(prompt, command);
        },
        output: (_fd, text) => {
          this.transcript.append(text);
          opts.log?.append(text);
        },
        commandEnd: (command, status) => {
          const entry = this.transcript.end(status);
          opts.log?.end(status);
          this.save();
          this.emit('command', { command, status, output: entry?.output ?? '' });
        },
        screenCleared: () => {
          this.transcript.clear();
          opts.log?.clear();
          this.save();
        },
        sessionEnded: () => {
          opts.log?.message(ENDED_MESSAGE);
          this.emit('session-ended', {});
        },
      },
    });
    this.watchEngine();
    this.write(this.restored ? this.transcript.toScreen() : BANNER);
    this.editor.start();
  }

  private freshEngine(): Engine {
    return new Engine({ seed: this.opts.seed });
  }

  private emit(name: string, detail: Record<string, unknown>): void {
    this.opts.element.dispatchEvent(new CustomEvent(`dockernet:${name}`, { bubbles: true, detail: { terminal: this.id, ...detail } }));
  }

  /** re-emit the engine's events as DOM events; again after a reset replaced the engine */
  private watchEngine(): void {
    this.stopEngineEvents();
    const engine = this.session.engine;
    this.stopEngineEvents = engine.subscribe((ev: EngineEvent) => {
      if (ev.type === 'changed') this.emit('changed', { engine });
      else this.emit('packet', { trace: ev.trace });
    });
  }

  private write(data: string): void {
    if (this.screen) this.screen.write(data);
    else this.early?.push(data);
  }

  private save(): void {
    saveTerminal(this.opts.storage ?? null, this.id, {
      v: 1,
      engine: this.session.engine.serialize(),
      history: this.session.history,
      transcript: this.transcript.entries,
    });
  }

  /** show the terminal on a screen (xterm): what was printed so far appears, typing goes to the editor */
  attachScreen(screen: TerminalScreen): void {
    this.screen = screen;
    this.editor.resize(screen.cols);
    screen.write((this.early ?? []).join(''));
    this.early = null;
    this.detachers.push(
      screen.onData((data) => this.editor.input(data)),
      screen.onResize(({ cols }) => this.editor.resize(cols)),
    );
    this.emit('ready', { restored: this.restored });
  }

  /** there will be no screen (xterm failed to load): stop keeping output for it */
  noScreen(): void {
    this.early = null;
    this.emit('ready', { restored: this.restored, textOnly: true });
  }

  /** type a command as if typed, replacing the current line; queued while a command runs */
  type(command: string): void {
    this.editor.typeCommand(command);
  }

  /** type a command and wait until it (and anything queued) has finished */
  async run(command: string): Promise<void> {
    this.type(command);
    await this.editor.idle();
  }

  /** Ctrl-C */
  interrupt(): void {
    this.editor.input('\x03');
  }

  /** the Reset button: a fresh host, empty history and screen, nothing kept in storage */
  reset(): void {
    this.startOver(true);
  }

  private startOver(clearScreen: boolean): void {
    this.session.interrupt();
    this.session.reset(this.freshEngine());
    this.session.history.length = 0;
    this.transcript.clear();
    this.opts.log?.clear();
    forgetTerminal(this.opts.storage ?? null, this.id);
    this.watchEngine();
    if (clearScreen) {
      this.screen?.reset();
      this.editor.screenReset();
      this.write(BANNER);
      this.editor.restartPrompt();
    }
    this.emit('reset', {});
  }

  /** the buffer as text, or its last `rows` rows (the transcript when there is no screen) */
  buffer(rows?: number): string {
    if (this.screen) return rows === undefined ? this.screen.text() : this.screen.tail(rows);
    const text = this.transcript.toScreen().replace(/\r\n/g, '\n');
    return rows === undefined ? text : text.split('\n').slice(-rows).join('\n');
  }

  /** resolves once commands are done and the screen has parsed all output */
  async settled(): Promise<void> {
    await this.editor.idle();
    await this.screen?.flushed();
  }

  focus(): void {
    this.screen?.focus();
  }

  dispose(): void {
    this.stopEngineEvents();
    for (const d of this.detachers) d();
    this.screen?.dispose();
  }
}
