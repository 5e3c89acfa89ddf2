/**
 * `clear`, `history` and `help` belong to the terminal, not to the simulated shell: they read the
 * terminal's history and screen. The editor runs them in place of the session when a line is
 * exactly one of them; anything longer (`history | grep x`) goes to the shell as typed.
 */

export interface LocalCommandContext {
  history: string[];
  /** where the prompt is: ash formats history differently from bash */
  inContainer: boolean;
  /** output with '\n' line ends */
  write(text: string): void;
  clearScreen(): void;
  help(): string;
}

export type LocalCommand = (ctx: LocalCommandContext) => number;

/** ESC[H ESC[2J clears the screen; ESC[3J also drops the scrollback, as clear(1) does */
export const CLEAR_SCREEN = '\x1b[H\x1b[2J\x1b[3J';

function historyCommand(args: string[]): LocalCommand | null {
  if (args.length === 1 && args[0] === '-c') {
    return (ctx) => {
      ctx.history.length = 0;
      return 0;
    };
  }
  if (args.length > 1 || (args.length === 1 && !/^\d+$/.test(args[0]))) return null;
  return (ctx) => {
    const count = args.length ? Number(args[0]) : ctx.history.length;
    const first = Math.max(0, ctx.history.length - count);
    let text = '';
    for (let i = first; i < ctx.history.length; i++) {
      // bash: "%5d  %s" numbered from 1; busybox ash: "%4d %s" numbered from 0
      text += ctx.inContainer
        ? `${String(i).padStart(4)} ${ctx.history[i]}\n`
        : `${String(i + 1).padStart(5)}  ${ctx.history[i]}\n`;
    }
    ctx.write(text);
    return 0;
  };
}

export function localCommand(line: string): LocalCommand | null {
  const words = line.trim().split(/\s+/);
  const [name, ...args] = words;
  if (name === 'clear' && args.length === 0) {
    return (ctx) => {
      ctx.clearScreen();
      return 0;
    };
  }
  if (name === 'help' && args.length === 0) {
    return (ctx) => {
      ctx.write(ctx.help());
      return 0;
    };
  }
  if (name === 'history') return historyCommand(args);
  return null;
}
