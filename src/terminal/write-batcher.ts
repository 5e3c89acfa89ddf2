/**
 * Flow control between a command's output and xterm. A loop that echoes 5,000 lines calls write
 * 5,000 times; handing each to xterm would queue 5,000 parse jobs. Instead the first write goes
 * straight through (so a typed character echoes at once) and everything written while xterm is
 * still parsing is joined and handed over in one piece when it calls back.
 */

/** bigger pieces are split so one parse job never holds the main thread for long */
const MAX_PIECE = 256 * 1024;

export class WriteBatcher {
  private pending: string[] = [];
  private inFlight = false;
  private idleWaiters: (() => void)[] = [];

  /** `sink` must call `done` once the data is parsed (xterm's write callback) */
  constructor(private readonly sink: (data: string, done: () => void) => void) {}

  write(data: string): void {
    if (!data) return;
    if (!this.inFlight) return this.send(data);
    this.pending.push(data);
  }

  /** resolves once xterm has parsed everything written so far */
  flushed(): Promise<void> {
    if (!this.inFlight) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** forget what has not been handed over yet (the screen is being reset) */
  discard(): void {
    this.pending = [];
  }

  private send(data: string): void {
    this.inFlight = true;
    let piece = data;
    if (piece.length > MAX_PIECE) {
      this.pending.unshift(piece.slice(MAX_PIECE));
      piece = piece.slice(0, MAX_PIECE);
    }
    this.sink(piece, () => this.next());
  }

  private next(): void {
    if (this.pending.length === 0) {
      this.inFlight = false;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
      return;
    }
    const data = this.pending.join('');
    this.pending = [];
    this.send(data);
  }
}
