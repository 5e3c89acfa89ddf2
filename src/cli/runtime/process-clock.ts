/**
 * Time for simulated processes. A foreground `sleep` (or ping's pause between packets) advances the
 * engine's clock; a background process that sleeps waits until the clock passes its wake-up time,
 * then continues (so `docker run -d --rm alpine sleep 1` is gone two seconds later).
 * Pending continuations are live JS promises: they are not part of the serialized engine state.
 */
import type { Engine } from '../../engine/engine.ts';

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

/** let resolved continuations run (async chains in the shell take many microtask turns) */
export function settle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}

export class ProcessClock {
  private timers: Timer[] = [];
  private seq = 0;

  constructor(private readonly engine: Engine) {}

  /** a background sleep: resolves when the clock reaches now + ms (never for Infinity) */
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (!Number.isFinite(ms)) return;
      this.timers.push({ at: this.engine.now() + Math.max(0, ms), seq: this.seq++, resolve });
    });
  }

  get pending(): number {
    return this.timers.length;
  }

  /** move the clock forward by ms, waking background processes in time order */
  async advance(ms: number): Promise<void> {
    const target = this.engine.now() + Math.max(0, ms);
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      if (due.at > this.engine.now()) this.engine.advance(due.at - this.engine.now());
      due.resolve();
      await settle();
    }
    if (target > this.engine.now()) this.engine.advance(target - this.engine.now());
  }
}

const clocks = new WeakMap<Engine, ProcessClock>();

export function processClock(e: Engine): ProcessClock {
  let c = clocks.get(e);
  if (!c) {
    c = new ProcessClock(e);
    clocks.set(e, c);
  }
  return c;
}
