/**
 * What was run and what it printed, as plain text: the source of the accessible log, of the
 * screen repainted after a reload, and of the `dockernet:command` event's output.
 */

export interface TranscriptEntry {
  prompt: string;
  command: string;
  output: string;
  status?: number;
}

/** kept per terminal: enough to scroll back through a lesson, small enough for localStorage */
const MAX_ENTRIES = 200;
const MAX_OUTPUT = 64 * 1024;

/** colour and cursor sequences are not text; a screen reader and a saved transcript do without them */
export function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]|\x07/g, '');
}

function clip(output: string): string {
  if (output.length <= MAX_OUTPUT) return output;
  const cut = output.length - MAX_OUTPUT;
  const rest = output.slice(cut);
  return `[${cut} earlier characters of output not kept]\n` + rest.slice(rest.indexOf('\n') + 1);
}

export class Transcript {
  entries: TranscriptEntry[] = [];
  private current: TranscriptEntry | null = null;

  begin(prompt: string, command: string): void {
    this.current = { prompt, command, output: '' };
    this.entries.push(this.current);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  append(text: string): void {
    if (this.current) this.current.output += stripAnsi(text);
  }

  /** the finished entry, its output clipped for keeping */
  end(status: number): TranscriptEntry | null {
    const entry = this.current;
    this.current = null;
    if (!entry) return null;
    entry.status = status;
    const full = { ...entry };
    entry.output = clip(entry.output);
    return full;
  }

  clear(): void {
    this.entries = [];
    this.current = null;
  }

  load(entries: TranscriptEntry[]): void {
    this.entries = entries.slice(-MAX_ENTRIES);
    this.current = null;
  }

  /** the bytes that paint the entries on a terminal as they looked when they ran */
  toScreen(): string {
    let s = '';
    for (const e of this.entries) {
      s += e.prompt + e.command.replace(/\n/g, '\r\n> ') + '\r\n';
      s += e.output.replace(/\r?\n/g, '\r\n');
      if (e.output && !e.output.endsWith('\n')) s += '\r\n';
    }
    return s;
  }
}
