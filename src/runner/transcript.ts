/**
 * The non-interactive runner: each line of a script runs as `bash -c 'LINE'` on one simulated host,
 * printed in the conformance transcript format (`$ line`, output, `[exit N]`).
 */
import { HostSession } from '../cli/session.ts';
import type { EngineOptions } from '../engine/engine.ts';

export interface TranscriptOptions extends EngineOptions {
  /** per-line budget in simulated ms, like the recorder's `timeout 20` */
  budgetMs?: number;
  /** simulated ms a person takes between two commands */
  thinkMs?: number;
}

/** lines the recorder runs: every line but empty ones and `#` comments (runner.sh's rule) */
export function scriptLines(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l !== '' && !l.startsWith('#'));
}

/** a `# timeout: N` comment sets the per-line budget (the recorder's CMD_TIMEOUT) */
export function scriptTimeout(text: string): number | undefined {
  const m = /^# timeout: (\d+)\s*$/m.exec(text);
  return m ? Number(m[1]) * 1000 : undefined;
}

export async function runTranscript(text: string, opts: TranscriptOptions = {}, session = new HostSession(opts)): Promise<string> {
  let out = '';
  const budgetMs = opts.budgetMs ?? scriptTimeout(text) ?? 20_000;
  for (const line of scriptLines(text)) {
    let buf = '';
    let status: number;
    try {
      ({ status } = await session.runLine(line, { write: (_fd, t) => (buf += t) }, { budgetMs }));
    } catch (err) {
      // never a stack trace: one line, and the next line still runs
      buf += `simulator: internal error: ${(err as Error).message?.split('\n')[0] ?? String(err)}\n`;
      status = 1;
    }
    if (buf && !buf.endsWith('\n')) buf += '\n';
    out += `$ ${line}\n${buf}[exit ${status}]\n`;
    await session.pause(opts.thinkMs ?? 150);
  }
  return out;
}
