/**
 * An interactive terminal on a simulated host: one bash that keeps its variables and history, and a
 * stack of container shells entered with `docker exec -it c sh`, `docker run -it ... sh` or
 * `docker attach`. The line editor (browser or TTY) calls this; it never touches the DOM.
 */
import { Engine, type EngineOptions } from '../../engine/engine.ts';
import { Shell } from '../../shell/shell.ts';
import { createRegistry, mergeRegistries } from '../../shell/registry.ts';
import type { OutputSink } from '../../shell/types.ts';
import { hostRegistry } from '../runtime/host-registry.ts';
import { busyboxRegistry } from '../runtime/busybox-registry.ts';
import { containerFs, hostFs } from '../runtime/container-fs.ts';
import { processClock } from '../runtime/process-clock.ts';
import { processEnv } from '../runtime/main-process.ts';
import { markExited } from '../../engine/daemon/container-ops.ts';
import { HOST_ENV } from '../session.ts';
import { completeLine, type Completion } from './completion.ts';

interface ContainerFrame {
  containerId: string;
  /** the shell is the container's main process: leaving it stops the container */
  main: boolean;
  shell: Shell;
}

export interface TerminalSessionOptions extends EngineOptions {
  /** real ms per simulated ms for sleeps and pings (1 = real time, 0 = instant) */
  realTime?: number;
  engine?: Engine;
  /** the input is a terminal (default): `-it` opens container shells; false gives "not a TTY" */
  tty?: boolean;
  /** interactive wording (bash prints `exit`, `bash: x: command not found`); false for piped input */
  interactive?: boolean;
}

export class TerminalSession {
  engine: Engine;
  readonly history: string[] = [];
  /** set when the learner typed `exit` at the host prompt */
  ended = false;
  private host: Shell;
  private frames: ContainerFrame[] = [];
  private cancelled = false;
  private running = false;
  private readonly realTime: number;
  private readonly tty: boolean;
  private readonly interactive: boolean;

  constructor(opts: TerminalSessionOptions = {}) {
    this.engine = opts.engine ?? new Engine(opts);
    this.realTime = opts.realTime ?? 1;
    this.tty = opts.tty ?? true;
    this.interactive = opts.interactive ?? true;
    this.host = this.newHostShell();
  }

  private sleep = async (ms: number): Promise<void> => {
    // a command sleeps in steps so Ctrl-C is noticed within a tenth of a second
    let left = ms;
    const clock = processClock(this.engine);
    while (left > 0 && !this.cancelled) {
      const step = Math.min(left, 100);
      if (this.realTime > 0) await new Promise((r) => setTimeout(r, step * this.realTime));
      await clock.advance(step);
      left -= step;
    }
  };

  private interrupted = () => this.cancelled;

  private newHostShell(): Shell {
    const hooks = this.tty ? { enterContainer: (id: string, o: { main: boolean }) => this.enter(id, o.main) } : undefined;
    return new Shell({
      // `history` as a command too, so it works in pipes (`history | grep network`)
      commands: mergeRegistries(hostRegistry(this.engine, hooks), createRegistry({ history: (ctx) => this.printHistory(ctx) })),
      flavor: 'bash',
      fs: hostFs(this.engine),
      env: { ...HOST_ENV, TERM: this.tty ? 'xterm-256color' : 'dumb' },
      sleep: this.sleep,
      interrupted: this.interrupted,
      interactive: this.interactive,
    });
  }

  /** bash's numbered history listing */
  private printHistory(ctx: { write(fd: 1 | 2, t: string): void }): number {
    this.history.forEach((line, i) => ctx.write(1, `${String(i + 1).padStart(5)}  ${line}\n`));
    return 0;
  }

  private enter(containerId: string, main: boolean): void {
    const c = this.engine.state.daemon.containers[containerId];
    const shell = new Shell({
      commands: busyboxRegistry(this.engine, c),
      flavor: 'busybox',
      fs: containerFs(this.engine, c),
      env: processEnv(this.engine, c, true),
      sleep: this.sleep,
      interrupted: this.interrupted,
      interactive: true,
      cwd: c.config.workingDir || '/',
    });
    this.frames.push({ containerId, main, shell });
  }

  private get frame(): ContainerFrame | undefined {
    return this.frames[this.frames.length - 1];
  }

  /** where the next line goes: the host, or the container of the innermost shell */
  get location(): { kind: 'host' } | { kind: 'container'; containerId: string } {
    const f = this.frame;
    return f ? { kind: 'container', containerId: f.containerId } : { kind: 'host' };
  }

  get busy(): boolean {
    return this.running;
  }

  prompt(): string {
    const f = this.frame;
    if (!f) {
      const cwd = this.host.cwd === '/root' ? '~' : this.host.cwd.replace(/^\/root\//, '~/');
      return `root@${this.engine.state.host.hostname}:${cwd}# `;
    }
    return `${f.shell.cwd} # `;
  }

  continuationPrompt(): string {
    return '> ';
  }

  isComplete(text: string): boolean {
    return (this.frame?.shell ?? this.host).isComplete(text);
  }

  /** run one (possibly multi-line) input at the current prompt */
  async run(line: string, out: OutputSink): Promise<number> {
    if (line.trim()) this.history.push(line.replace(/\n$/, ''));
    this.cancelled = false;
    this.running = true;
    try {
      const f = this.frame;
      if (f) {
        if (!this.alive(f)) return this.leave(out, 0, false);
        const status = await f.shell.run(line, out);
        if (f.shell.exitRequested) return this.leave(out, f.shell.lastStatus, true);
        return status;
      }
      const status = await this.host.run(line, out);
      if (this.host.exitRequested) {
        this.ended = true;
      }
      return status;
    } finally {
      this.running = false;
      this.cancelled = false;
      this.engine.emit({ type: 'changed' });
    }
  }

  private alive(f: ContainerFrame): boolean {
    return this.engine.state.daemon.containers[f.containerId]?.state.status === 'running';
  }

  /** leave the innermost container shell (exit, Ctrl-D); a main-process shell stops its container */
  private leave(out: OutputSink, status: number, wasExit: boolean): number {
    const f = this.frames.pop();
    if (!f) return status;
    if (f.main) {
      const c = this.engine.state.daemon.containers[f.containerId];
      if (c?.state.status === 'running') markExited(this.engine, c, status);
    }
    void wasExit;
    void out;
    return status;
  }

  /** Ctrl-C while a command runs */
  interrupt(): void {
    if (this.running) this.cancelled = true;
  }

  /** Ctrl-D on an empty line: leave the container shell, or end the session at the host */
  eof(out: OutputSink): void {
    out.write(1, 'exit\n');
    if (this.frame) this.leave(out, 0, true);
    else this.ended = true;
  }

  /** Ctrl-P Ctrl-Q: detach from the container, leaving it running */
  detach(out: OutputSink): boolean {
    if (!this.frame) return false;
    this.frames.pop();
    out.write(1, 'read escape sequence\n');
    return true;
  }

  complete(line: string, cursor: number): Completion {
    const f = this.frame;
    return completeLine(this.engine, line, cursor, f ? 'container' : 'host');
  }

  /** start over on a fresh host (same options) */
  reset(engine: Engine): void {
    this.engine = engine;
    this.frames = [];
    this.ended = false;
    this.host = this.newHostShell();
  }
}
