/**
 * What the line editor needs from a shell session. TerminalSession (src/cli/interactive) is the
 * real one; tests can pass a fake. Kept this small so the editor never reaches into the engine.
 */
import type { OutputSink } from '../shell/types.ts';

export type { OutputSink };

export interface ShellPort {
  prompt(): string;
  continuationPrompt(): string;
  /** false while the text needs more lines (open quote, trailing `\` or `|`, unfinished `for`) */
  isComplete(text: string): boolean;
  /** runs one (possibly multi-line) input; output streams to the sink until the promise resolves */
  run(text: string, sink: OutputSink): Promise<number>;
  /** Ctrl-C while a command runs */
  interrupt(): void;
  /** Ctrl-D on an empty line: leave the container shell, or end the session at the host */
  eof(sink: OutputSink): void;
  /** Ctrl-P Ctrl-Q: false when there is no container shell to detach from */
  detach(sink: OutputSink): boolean;
  complete(line: string, cursor: number): { from: number; candidates: string[] };
  /** lines run, oldest first; the editor adds the lines of its own commands (clear, history, help) */
  readonly history: string[];
  /** true once `exit` (or Ctrl-D) ended the session at the host */
  readonly ended: boolean;
  readonly location: { kind: 'host' } | { kind: 'container'; containerId: string };
}
