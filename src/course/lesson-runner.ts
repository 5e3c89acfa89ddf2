/**
 * Runs a lesson the way a learner who clicks every Run button in order would: `setup`, then every
 * runnable block, on one fresh simulated host (registry reachable, seeded per lesson). Used at
 * build time (the output shown under ```sh output blocks) and by the content tests.
 * Lines run like the transcript runner (`npm run sim`): a fresh `bash -c` per line, a 20 s
 * simulated budget, a short pause between lines.
 */
import { HostSession } from '../cli/session.ts';
import type { Engine } from '../engine/engine.ts';
import { blockCommands, isRunnable, type LessonBlock } from './blocks.ts';
import { lessonSeed } from './lesson-seed.ts';

export interface CommandRun {
  command: string;
  /** stdout and stderr interleaved as a terminal shows them */
  output: string;
  status: number;
}

export interface BlockRun {
  block: LessonBlock;
  commands: CommandRun[];
  /** exit status of the block's last command (what ```sh error is judged by) */
  status: number;
}

export interface LessonRun {
  setup: CommandRun[];
  blocks: BlockRun[];
}

/** simulated ms between two lines, as the transcript runner's default think time */
const THINK_MS = 150;
/** a line that would run forever is stopped after this long (the recorder's timeout) */
const BUDGET_MS = 20_000;

/** the host every lesson starts on: what the page's terminal boots too (see lesson-terminal.ts) */
export function lessonHost(slug: string): HostSession {
  return new HostSession({ seed: lessonSeed(slug), registry: true });
}

/** a non-interactive session on an engine that already exists (the page terminal's) */
export function lessonHostFor(engine: Engine): HostSession {
  return new HostSession(engine);
}

export async function runCommand(session: HostSession, command: string): Promise<CommandRun> {
  let output = '';
  let status: number;
  try {
    ({ status } = await session.runLine(command, { write: (_fd, text) => (output += text) }, { budgetMs: BUDGET_MS }));
  } catch (err) {
    // an engine bug must not stop the build: it shows as a failed command the test reports
    output += `simulator: internal error: ${(err as Error).message?.split('\n')[0] ?? String(err)}\n`;
    status = 1;
  }
  await session.pause(THINK_MS);
  return { command, output, status };
}

export async function runLesson(slug: string, setup: readonly string[], blocks: readonly LessonBlock[]): Promise<LessonRun> {
  const session = lessonHost(slug);
  const run: LessonRun = { setup: [], blocks: [] };
  for (const command of setup) run.setup.push(await runCommand(session, command));
  for (const block of blocks) {
    if (!isRunnable(block)) continue;
    const commands: CommandRun[] = [];
    for (const command of blockCommands(block.code)) commands.push(await runCommand(session, command));
    run.blocks.push({ block, commands, status: commands.at(-1)?.status ?? 0 });
  }
  return run;
}
