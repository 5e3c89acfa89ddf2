/**
 * npm run shell [-- --seed SEED]
 * The simulated host's terminal in your real terminal: the same TerminalSession and the same line
 * editor as the browser (prompt, keys, history, completion, container shells), on raw stdin.
 *
 * With piped input (`echo 'docker network ls' | npm run --silent shell`) it behaves like a piped
 * bash: no prompts and no echo, each complete line (continuations joined) runs in turn, and the
 * exit status is the last command's.
 */
import { TerminalSession } from '../cli/interactive/terminal-session.ts';
import { LineEditor } from '../terminal/line-editor.ts';
import { helpText } from '../terminal/help-text.ts';
import { registryAvailability } from '../terminal/command-catalogue.ts';
import { CLEAR_SCREEN, localCommand } from '../terminal/local-commands.ts';
import { appendLine } from '../terminal/continuation.ts';
import type { OutputSink } from '../shell/types.ts';

function parseSeed(args: string[]): string | undefined {
  const at = args.indexOf('--seed');
  return at >= 0 ? args[at + 1] : undefined;
}

function interactive(session: TerminalSession): void {
  const { stdin, stdout } = process;
  let lastStatus = 0;
  const restore = () => {
    if (stdin.isTTY) stdin.setRawMode(false);
  };
  process.on('exit', restore);
  const editor = new LineEditor({
    session,
    // libuv's raw mode keeps ONLCR, so the TTY adds the CR itself
    write: (data) => stdout.write(data.replace(/\r\n/g, '\n')),
    cols: stdout.columns || 80,
    help: () => helpText(registryAvailability(session.engine)),
    hooks: {
      commandEnd: (_command, status) => {
        lastStatus = status;
      },
      // like bash: `exit` or Ctrl-D at the host prompt leaves with the last status
      sessionEnded: () => {
        restore();
        process.exit(lastStatus);
      },
    },
  });
  stdout.on('resize', () => editor.resize(stdout.columns || 80));
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.on('data', (data: string) => editor.input(data));
  stdin.on('end', () => process.exit(lastStatus));
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      restore();
      process.exit(128 + (signal === 'SIGTERM' ? 15 : 1));
    });
  }
  editor.start();
}

async function piped(session: TerminalSession): Promise<number> {
  const out: OutputSink = { write: (fd, text) => void (fd === 1 ? process.stdout : process.stderr).write(text) };
  let status = 0;
  let running = false;
  process.on('SIGINT', () => {
    if (running) session.interrupt();
    else process.exit(130);
  });
  const run = async (text: string) => {
    if (!text.trim()) return;
    const local = localCommand(text);
    // the session's bash is interactive and says "exit" as it leaves; a piped bash does not
    const quiet: OutputSink = /^\s*exit(\s|$)/.test(text)
      ? { write: (fd, t) => (fd === 2 && t === 'exit\n' ? undefined : out.write(fd, t)) }
      : out;
    running = true;
    try {
      status = local
        ? local({
            history: session.history,
            inContainer: session.location.kind === 'container',
            write: (t) => quiet.write(1, t),
            clearScreen: () => quiet.write(1, CLEAR_SCREEN),
            help: () => helpText(registryAvailability(session.engine)),
          })
        : await session.run(text, quiet);
    } finally {
      running = false;
    }
  };
  let collected: string | null = null;
  let pending = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    pending += chunk as string;
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      collected = appendLine(collected, pending.slice(0, nl).replace(/\r$/, ''));
      pending = pending.slice(nl + 1);
      if (!session.isComplete(collected)) continue;
      const text: string = collected;
      collected = null;
      await run(text);
      if (session.ended) return status;
    }
  }
  // a last line without a newline, or input that ended inside a quote: bash runs it and complains
  if (pending) collected = appendLine(collected, pending);
  if (collected !== null) await run(collected);
  return status;
}

async function main(): Promise<void> {
  const seed = parseSeed(process.argv.slice(2));
  if (process.stdin.isTTY) {
    interactive(new TerminalSession({ seed, realTime: 1 }));
    return;
  }
  // piped input is no terminal: bash words its messages for scripts and `-it` says "not a TTY"
  const status = await piped(new TerminalSession({ seed, realTime: 1, tty: false, interactive: false }));
  // let stdout drain before leaving (a pipe to `head` may close early: that is fine)
  process.stdout.write('', () => process.exit(status));
}

main().catch((err: unknown) => {
  process.stderr.write(`shell: ${(err as Error).message}\n`);
  process.exit(1);
});
