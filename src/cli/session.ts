/**
 * A learner's session on one simulated host: the engine plus the host's shell. The transcript
 * runner uses it line by line as `bash -c`; the interactive terminal keeps one shell across lines.
 */
import { Engine, type EngineOptions } from '../engine/engine.ts';
import { Shell } from '../shell/shell.ts';
import type { OutputSink } from '../shell/types.ts';
import { hostRegistry } from './runtime/host-registry.ts';
import { hostFs } from './runtime/container-fs.ts';
import { processClock } from './runtime/process-clock.ts';
import { restartDaemon } from '../engine/daemon/daemon-restart.ts';
import { restartContainer } from './runtime/main-process.ts';

/** the recording host's login environment (runner.sh: env -i PATH=... HOME=... LANG=C TERM=dumb) */
export const HOST_ENV: Record<string, string> = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  HOME: '/root',
  LANG: 'C',
  TERM: 'dumb',
};

export interface RunLineOptions {
  /** how long (simulated ms) a line may run before it is interrupted, as the runner's timeout */
  budgetMs?: number;
  /** true: a fresh `bash -c` per line (runner); false: one interactive shell (terminal) */
  fresh?: boolean;
  /** wall-clock pacing for interactive use: real ms to wait per simulated ms (0 = none) */
  realTime?: number;
  /** checked for Ctrl-C in interactive use */
  cancelled?: () => boolean;
}

export class HostSession {
  readonly engine: Engine;
  private shell: Shell | undefined;

  constructor(opts: EngineOptions | Engine = {}) {
    this.engine = opts instanceof Engine ? opts : new Engine(opts);
  }

  private makeShell(interactive: boolean, sleep: (ms: number) => Promise<void>, interrupted: () => boolean): Shell {
    return new Shell({
      commands: hostRegistry(this.engine),
      flavor: 'bash',
      fs: hostFs(this.engine),
      env: { ...HOST_ENV },
      sleep,
      interrupted,
      interactive,
    });
  }

  /** run one line; returns its exit status and whether it was stopped by the budget */
  async runLine(line: string, out: OutputSink, opts: RunLineOptions = {}): Promise<{ status: number; timedOut: boolean }> {
    const clock = processClock(this.engine);
    const start = this.engine.now();
    const budget = opts.budgetMs ?? Infinity;
    let timedOut = false;
    const interrupted = () => timedOut || (opts.cancelled?.() ?? false);
    const sleep = async (ms: number) => {
      const left = start + budget - this.engine.now();
      const step = Math.min(ms, Math.max(0, left));
      if (opts.realTime && Number.isFinite(step)) await new Promise((r) => setTimeout(r, step * opts.realTime!));
      if (Number.isFinite(step)) await clock.advance(step);
      if (ms >= left) timedOut = true;
    };
    const trimmed = line.trim();
    if (/^(sudo )?systemctl restart docker$|^service docker restart$/.test(trimmed)) {
      for (const id of restartDaemon(this.engine)) await restartContainer(this.engine, id);
      return { status: 0, timedOut: false };
    }
    // the recorder's `timeout` kills the command: whatever it would print afterwards never appears
    const gated: OutputSink = { write: (fd, t) => (timedOut ? undefined : out.write(fd, t)) };
    let status: number;
    if (opts.fresh !== false) {
      status = await this.makeShell(false, sleep, interrupted).run(line, gated);
    } else {
      this.shell ??= this.makeShell(true, sleep, interrupted);
      status = await this.shell.run(line, gated);
    }
    return { status: timedOut ? 124 : status, timedOut };
  }

  /** time passing between two commands (a person reading and typing) */
  async pause(ms: number): Promise<void> {
    await processClock(this.engine).advance(ms);
  }
}
