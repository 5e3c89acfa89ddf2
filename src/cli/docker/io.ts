/** What a docker subcommand needs from its surroundings: output streams, the engine, the clock. */
import type { Engine } from '../../engine/engine.ts';
import type { CommandContext } from '../../shell/types.ts';

export interface CliIO {
  engine: Engine;
  out(text: string): void;
  err(text: string): void;
  /** the shell context the `docker` command runs in (stdin, sleep, interrupt) */
  ctx: CommandContext;
}
