/** docker network rm, docker network prune */
import type { CommandDef } from '../command.ts';
import { flagBool } from '../flags.ts';
import { findNetwork, pruneNetworks, removeNetwork } from '../../../engine/daemon/network-ops.ts';
import { DaemonError } from '../../../engine/daemon/errors.ts';

export const networkRm: CommandDef = {
  path: 'docker network rm',
  usage: 'NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  aliases: ['rm', 'remove'],
  args: { min: 1 },
  flags: [],
  run(io, p) {
    let status = 0;
    for (const term of p.args) {
      try {
        const n = findNetwork(io.engine, term);
        if (!n) {
          io.err(`Error: No such network: ${term}\n`);
          status = 1;
          continue;
        }
        removeNetwork(io.engine, n);
        io.out(`${term}\n`);
      } catch (err) {
        if (!(err instanceof DaemonError)) throw err;
        io.err(`Error response from daemon: ${err.message}\n`);
        status = 1;
      }
    }
    return status;
  },
};

export const networkPrune: CommandDef = {
  path: 'docker network prune',
  usage: '[OPTIONS]',
  short: 'Remove all unused networks',
  args: { none: true },
  flags: [
    { long: 'filter', kind: 'list', typeName: 'filter', help: "Provide filter values (e.g. 'until=<timestamp>')" },
    { long: 'force', short: 'f', kind: 'bool', help: 'Do not prompt for confirmation' },
  ],
  run(io, p) {
    if (!flagBool(p, 'force')) {
      io.out('WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ');
      const answer = io.ctx.stdin.split('\n')[0].trim().toLowerCase();
      if (answer !== 'y' && answer !== 'yes') return 0;
    }
    const removed = pruneNetworks(io.engine);
    if (removed.length) io.out(`Deleted Networks:\n${removed.map((n) => n + '\n').join('')}\n`);
    return 0;
  },
};
