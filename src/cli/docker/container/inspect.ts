/** docker inspect, docker container inspect */
import type { CommandDef } from '../command.ts';
import { flagValue } from '../flags.ts';
import { findContainer } from '../../../engine/daemon/container-ops.ts';
import { findNetwork } from '../../../engine/daemon/network-ops.ts';
import { normalizeRef } from '../../../engine/images/catalogue.ts';
import { DaemonError } from '../../../engine/daemon/errors.ts';
import type { Engine } from '../../../engine/engine.ts';
import { containerView } from '../views/container-view.ts';
import { networkView } from '../views/network-view.ts';
import { imageView } from '../views/image-view.ts';
import { InspectMiss, renderInspect } from '../render.ts';

type Kind = 'container' | 'image' | 'network';

function lookup(e: Engine, term: string, kinds: Kind[]): unknown | undefined {
  for (const k of kinds) {
    if (k === 'container') {
      const c = findContainer(e, term);
      if (c) return containerView(e, c);
    } else if (k === 'image') {
      const ref = normalizeRef(term);
      const img = e.state.daemon.images.find((i) => i.repoTags.includes(ref) || i.id.replace('sha256:', '').startsWith(term) || i.id === term);
      if (img) return imageView(img);
    } else {
      const n = findNetwork(e, term, 'router');
      if (n) return networkView(e, n);
    }
  }
  return undefined;
}

function inspectCommand(path: string, short: string, fixed?: Kind): CommandDef {
  const flags = [
    { long: 'format', short: 'f', kind: 'string' as const, typeName: 'string', help: 'Format the output using the given Go template' },
    { long: 'size', short: 's', kind: 'bool' as const, help: 'Display total file sizes if the type is container' },
  ];
  if (!fixed) flags.push({ long: 'type', kind: 'string' as const, typeName: 'string', help: 'Return JSON for specified type' } as never);
  return {
    path,
    usage: fixed ? '[OPTIONS] CONTAINER [CONTAINER...]' : '[OPTIONS] NAME|ID [NAME|ID...]',
    short,
    args: { min: 1 },
    flags,
    run(io, p) {
      const type = (flagValue(p, 'type') as Kind | undefined) ?? fixed;
      if (type && !['container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'].includes(type)) {
        io.err(`"${type}" is not a valid value for --type\n`);
        return 1;
      }
      const kinds: Kind[] = type ? [type] : ['container', 'image', 'network'];
      const found: unknown[] = [];
      for (const term of p.args) {
        try {
          found.push(lookup(io.engine, term, kinds) ?? new InspectMiss(`Error: No such ${type ?? 'object'}: ${term}`));
        } catch (err) {
          if (!(err instanceof DaemonError)) throw err;
          found.push(new InspectMiss(`Error response from daemon: ${err.message}`));
        }
      }
      return renderInspect(io, found, flagValue(p, 'format'));
    },
  };
}

export const dockerInspect = inspectCommand('docker inspect', 'Return low-level information on Docker objects');
export const containerInspect = inspectCommand('docker container inspect', 'Display detailed information on one or more containers', 'container');
