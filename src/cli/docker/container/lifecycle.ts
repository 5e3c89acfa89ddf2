/** docker start, stop, restart, rm, rename */
import type { CommandDef } from '../command.ts';
import { flagBool } from '../flags.ts';
import type { CliIO } from '../io.ts';
import { findContainer, removeContainer, renameContainer, stopContainer } from '../../../engine/daemon/container-ops.ts';
import { DaemonError } from '../../../engine/daemon/errors.ts';
import { startAndRun } from '../../runtime/main-process.ts';
import { daemonError } from '../errors.ts';

const timeFlag = { long: 'time', short: 't', kind: 'int' as const, typeName: 'int', help: 'Seconds to wait for stop before killing it', default: '10' };

async function startOne(io: CliIO, term: string): Promise<boolean> {
  const c = findContainer(io.engine, term);
  if (!c) {
    io.err(`Error response from daemon: No such container: ${term}\n`);
    return false;
  }
  try {
    if (c.state.status !== 'running') await startAndRun(io, c.id, { attached: false, reportAs: 'start' });
    io.out(`${term}\n`);
    return true;
  } catch (err) {
    if (!(err instanceof DaemonError)) throw err;
    io.err(`Error response from daemon: ${err.message}\n`);
    return false;
  }
}

export const containerStart: CommandDef = {
  path: 'docker start',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  args: { min: 1 },
  flags: [
    { long: 'attach', short: 'a', kind: 'bool', help: 'Attach STDOUT/STDERR and forward signals' },
    { long: 'detach-keys', kind: 'string', typeName: 'string', help: 'Override the key sequence for detaching a container' },
    { long: 'interactive', short: 'i', kind: 'bool', help: "Attach container's STDIN" },
  ],
  async run(io, p) {
    const failed: string[] = [];
    for (const term of p.args) if (!(await startOne(io, term))) failed.push(term);
    if (failed.length) {
      io.err(`Error: failed to start containers: ${failed.join(', ')}\n`);
      return 1;
    }
    return 0;
  },
};

function eachContainer(io: CliIO, terms: string[], act: (id: string) => void, notFoundPrefix = 'Error response from daemon: '): number {
  let status = 0;
  for (const term of terms) {
    try {
      const c = findContainer(io.engine, term);
      if (!c) {
        io.err(`${notFoundPrefix}No such container: ${term}\n`);
        status = 1;
        continue;
      }
      act(c.id);
      io.out(`${term}\n`);
    } catch (err) {
      status = daemonError(io, err);
    }
  }
  return status;
}

export const containerStop: CommandDef = {
  path: 'docker stop',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
  args: { min: 1 },
  flags: [timeFlag],
  run(io, p) {
    return eachContainer(io, p.args, (id) => stopContainer(io.engine, io.engine.state.daemon.containers[id]));
  },
};

export const containerRestart: CommandDef = {
  path: 'docker restart',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
  args: { min: 1 },
  flags: [timeFlag],
  async run(io, p) {
    let status = 0;
    for (const term of p.args) {
      const c = findContainer(io.engine, term);
      if (!c) {
        io.err(`Error response from daemon: No such container: ${term}\n`);
        status = 1;
        continue;
      }
      try {
        const auto = c.hostConfig.autoRemove;
        c.hostConfig.autoRemove = false;
        stopContainer(io.engine, c);
        c.hostConfig.autoRemove = auto;
        await startAndRun(io, c.id, { attached: false, reportAs: 'start' });
        io.out(`${term}\n`);
      } catch (err) {
        status = daemonError(io, err);
      }
    }
    return status;
  },
};

export const containerRm: CommandDef = {
  path: 'docker rm',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  args: { min: 1 },
  flags: [
    { long: 'force', short: 'f', kind: 'bool', help: 'Force the removal of a running container (uses SIGKILL)' },
    { long: 'link', short: 'l', kind: 'bool', help: 'Remove the specified link' },
    { long: 'volumes', short: 'v', kind: 'bool', help: 'Remove anonymous volumes associated with the container' },
  ],
  run(io, p) {
    const force = flagBool(p, 'force');
    return eachContainer(io, p.args, (id) => removeContainer(io.engine, io.engine.state.daemon.containers[id], force), 'Error: ');
  },
};

export const containerRename: CommandDef = {
  path: 'docker rename',
  usage: 'CONTAINER NEW_NAME',
  short: 'Rename a container',
  args: { exact: 2 },
  flags: [],
  run(io, p) {
    const [term, name] = p.args;
    try {
      const c = findContainer(io.engine, term);
      if (!c) throw new DaemonError(`No such container: ${term}`);
      renameContainer(io.engine, c, name);
      return 0;
    } catch (err) {
      daemonError(io, err);
      io.err(`Error: failed to rename container named ${term}\n`);
      return 1;
    }
  },
};
