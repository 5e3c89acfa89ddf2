/** docker run, docker create */
import type { CommandDef } from '../command.ts';
import { flagBool } from '../flags.ts';
import { CONTAINER_FLAGS, OptionError, buildCreateRequest } from './run-options.ts';
import { createContainer, type ContainerCreateRequest } from '../../../engine/daemon/container-ops.ts';
import { DaemonError } from '../../../engine/daemon/errors.ts';
import { normalizeRef } from '../../../engine/images/catalogue.ts';
import type { CliIO } from '../io.ts';
import { runError } from '../errors.ts';
import { pullImage } from './images.ts';
import { isShellCommand, startAndRun } from '../../runtime/main-process.ts';

/** create, pulling the image first when it is missing (as the CLI does) */
function create(io: CliIO, cmd: 'run' | 'create', req: ContainerCreateRequest): { id: string } | number {
  const e = io.engine;
  const ref = normalizeRef(req.image);
  if (!e.state.daemon.images.some((i) => i.repoTags.includes(ref))) {
    io.err(`Unable to find image '${ref}' locally\n`);
    const pulled = pullImage(io, req.image, (msg) => runError(io, cmd, msg, true));
    if (pulled !== 0) return pulled;
  }
  try {
    const { container, warnings } = createContainer(e, req);
    for (const w of warnings) io.err(`WARNING: ${w}\n`);
    return { id: container.id };
  } catch (err) {
    if (err instanceof DaemonError) return runError(io, cmd, `Error response from daemon: ${err.message}`, true);
    throw err;
  }
}

function parse(io: CliIO, cmd: 'run' | 'create', p: Parameters<CommandDef['run']>[1], detach: boolean) {
  try {
    return buildCreateRequest(p, detach);
  } catch (err) {
    if (err instanceof OptionError) return runError(io, cmd, err.message, true);
    throw err;
  }
}

export const containerRun: CommandDef = {
  path: 'docker run',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Run a command in a new container',
  args: { min: 1 },
  interspersed: false,
  flags: [
    { long: 'detach', short: 'd', kind: 'bool', help: 'Run container in background and print container ID' },
    { long: 'detach-keys', kind: 'string', typeName: 'string', help: 'Override the key sequence for detaching a container' },
    { long: 'sig-proxy', kind: 'bool', help: 'Proxy received signals to the process', default: 'true' },
    ...CONTAINER_FLAGS,
  ],
  async run(io, p) {
    const detach = flagBool(p, 'detach');
    const req = parse(io, 'run', p, detach);
    if (typeof req === 'number') return req;
    if (req.tty && req.openStdin && !detach && !io.hooks) {
      io.err('the input device is not a TTY\n');
      return 1;
    }
    const made = create(io, 'run', req);
    if (typeof made === 'number') return made;
    if (detach) io.out(made.id + '\n');
    if (!detach && req.openStdin && io.hooks && isShellCommand(io, made.id)) {
      // an interactive shell as the main process: the terminal now talks to it
      const status = await startAndRun(io, made.id, { attached: false, reportAs: 'run' });
      if (status !== 0) return status;
      io.hooks.enterContainer(made.id, { main: true });
      return 0;
    }
    return startAndRun(io, made.id, { attached: !detach, reportAs: 'run' });
  },
};

export const containerCreate: CommandDef = {
  path: 'docker create',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new container',
  args: { min: 1 },
  interspersed: false,
  flags: CONTAINER_FLAGS,
  run(io, p) {
    const req = parse(io, 'create', p, true);
    if (typeof req === 'number') return req;
    const made = create(io, 'create', req);
    if (typeof made === 'number') return made;
    io.out(made.id + '\n');
    return 0;
  },
};
