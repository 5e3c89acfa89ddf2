/** What a docker subcommand needs from its surroundings: output streams, the engine, the clock. */
import type { Engine } from '../../engine/engine.ts';
import type { CommandContext } from '../../shell/types.ts';

/** what an interactive terminal offers commands that take over the screen (docker exec -it sh) */
export interface TerminalHooks {
  /** open a nested shell in the container; `main` = it is the container's main process (run -it, attach) */
  enterContainer(containerId: string, opts: { main: boolean }): void;
}

export interface CliIO {
  /** present in an interactive terminal (a TTY); absent in the transcript runner */
  hooks?: TerminalHooks;
  engine: Engine;
  out(text: string): void;
  err(text: string): void;
  /** the shell context the `docker` command runs in (stdin, sleep, interrupt) */
  ctx: CommandContext;
}
