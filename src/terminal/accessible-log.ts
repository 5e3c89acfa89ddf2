/**
 * The accessible transcript: a polite live region that gets each command and its output as plain
 * text, because xterm's screen-reader mode is unreliable. It is visually hidden until the learner
 * shows it, and it is also where the text-mode fallback (no xterm) shows output.
 */
import { stripAnsi, type TranscriptEntry } from './transcript.ts';

/** entries kept in the page; older ones stay in the saved transcript only */
const MAX_NODES = 100;
/** output is added in slices so a screen reader is not sent thousands of tiny updates */
const FLUSH_MS = 150;

export class AccessibleLog {
  private output: HTMLElement | null = null;
  private pending = '';
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly log: HTMLElement) {}

  begin(prompt: string, command: string): void {
    this.flush();
    const entry = document.createElement('div');
    entry.className = 'dn-log-entry';
    const cmd = document.createElement('p');
    cmd.className = 'dn-log-command';
    cmd.textContent = prompt + command;
    const out = document.createElement('pre');
    out.className = 'dn-log-output';
    entry.append(cmd, out);
    this.log.append(entry);
    this.output = out;
    while (this.log.childElementCount > MAX_NODES) this.log.firstElementChild?.remove();
  }

  append(text: string): void {
    this.pending += stripAnsi(text);
    if (!this.timer) this.timer = setTimeout(() => this.flush(), FLUSH_MS);
  }

  end(status: number): void {
    this.flush();
    if (status !== 0 && this.output) this.output.dataset.status = String(status);
    this.output = null;
  }

  /** a line of its own, such as "Session ended" */
  message(text: string): void {
    this.flush();
    const p = document.createElement('p');
    p.className = 'dn-log-message';
    p.textContent = text;
    this.log.append(p);
  }

  clear(): void {
    this.flush();
    this.log.replaceChildren();
    this.output = null;
  }

  /** the saved transcript after a reload; busy while filling, so it is not read out as news */
  restore(entries: TranscriptEntry[]): void {
    this.log.setAttribute('aria-busy', 'true');
    this.clear();
    for (const e of entries.slice(-MAX_NODES)) {
      this.begin(e.prompt, e.command);
      this.pending = e.output;
      this.end(e.status ?? 0);
    }
    this.log.setAttribute('aria-busy', 'false');
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending && this.output) this.output.append(this.pending);
    this.pending = '';
  }
}
