/** How the docker CLI prints errors: daemon errors, and run/create's `docker:` form. */
import { DaemonError } from '../../engine/daemon/errors.ts';
import type { CliIO } from './io.ts';

/** print `Error response from daemon: <msg>` and return 1; anything else is a bug and rethrown */
export function daemonError(io: CliIO, err: unknown, code = 1): number {
  if (err instanceof DaemonError) {
    io.err(`Error response from daemon: ${err.message}\n`);
    return code;
  }
  throw err;
}

/** `docker run`/`docker create` errors: `docker: <msg>.` and, for create-time errors, the help hint */
export function runError(io: CliIO, cmd: string, msg: string, withHelp: boolean): number {
  const text = msg.endsWith('.') ? msg : msg + '.';
  io.err(`docker: ${text}\n${withHelp ? `See 'docker ${cmd} --help'.\n` : ''}`);
  return 125;
}
