/** docker network inspect */
import type { CommandDef } from '../command.ts';
import { flagValue } from '../flags.ts';
import { findNetwork } from '../../../engine/daemon/network-ops.ts';
import { networkView } from '../views/network-view.ts';
import { InspectMiss, renderInspect } from '../render.ts';
import { DaemonError } from '../../../engine/daemon/errors.ts';

export const networkInspect: CommandDef = {
  path: 'docker network inspect',
  usage: '[OPTIONS] NETWORK [NETWORK...]',
  short: 'Display detailed information on one or more networks',
  args: { min: 1 },
  flags: [
    { long: 'format', short: 'f', kind: 'string', typeName: 'string', help: 'Format the output using the given Go template' },
    { long: 'verbose', short: 'v', kind: 'bool', help: 'Verbose output for diagnostics' },
  ],
  run(io, p) {
    const found: unknown[] = [];
    for (const term of p.args) {
      try {
        const n = findNetwork(io.engine, term, 'router');
        found.push(n ? networkView(io.engine, n) : new InspectMiss(io.engine.profile.errors.networkNotFoundInspect(term)));
      } catch (err) {
        if (!(err instanceof DaemonError)) throw err;
        found.push(new InspectMiss(`Error response from daemon: ${err.message}`));
      }
    }
    return renderInspect(io, found, flagValue(p, 'format'));
  },
};
