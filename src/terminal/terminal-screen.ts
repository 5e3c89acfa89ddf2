/**
 * The terminal as the runtime sees it, modelled on TutorialKit's ITerminal: the controller talks
 * to this, never to xterm, so tests and a future renderer can stand in for the browser binding.
 */
export interface TerminalScreen {
  readonly cols: number;
  readonly rows: number;
  /** clear the screen and scrollback */
  reset(): void;
  /** bytes to show (CR LF line ends, ANSI sequences) */
  write(data: string): void;
  /** feed data as if the user typed it: it comes back through onData */
  input(data: string): void;
  /** what the user types or pastes; returns an unsubscribe function */
  onData(listener: (data: string) => void): () => void;
  onResize(listener: (size: { cols: number; rows: number }) => void): () => void;
  /** the rows of the buffer (scrollback and screen) as text, for tests and the transcript */
  text(): string;
  /** the last `rows` rows only: cheap enough to poll while thousands of lines arrive */
  tail(rows: number): string;
  /** resolves when everything written so far has been parsed into the buffer */
  flushed(): Promise<void>;
  focus(): void;
  dispose(): void;
}
