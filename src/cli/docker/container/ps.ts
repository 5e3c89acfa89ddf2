/** docker ps / docker container ls */
import type { CommandDef } from '../command.ts';
import { flagBool, flagList, flagValue } from '../flags.ts';
import { renderRows } from '../render.ts';
import { psRow } from './ps-row.ts';
import { FilterError, parseFilters } from '../filters.ts';
import type { Container } from '../../../engine/model/container.ts';
import type { Engine } from '../../../engine/engine.ts';

const HEADERS = {
  ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED',
  Ports: 'PORTS', State: 'STATE', Status: 'STATUS', Size: 'SIZE', Names: 'NAMES', Labels: 'LABELS',
  Label: 'LABEL', Mounts: 'MOUNTS', Networks: 'NETWORKS', LocalVolumes: 'LOCAL VOLUMES',
};

const FILTERS = ['ancestor', 'before', 'expose', 'exited', 'health', 'id', 'isolation', 'is-task', 'label', 'name', 'network', 'publish', 'since', 'status', 'volume'];

function matches(e: Engine, c: Container, f: Map<string, string[]>): boolean {
  const any = (k: string, test: (v: string) => boolean) => !f.has(k) || f.get(k)!.some(test);
  const nets = Object.keys(c.networks);
  return (
    any('name', (v) => c.name.includes(v)) &&
    any('id', (v) => c.id.startsWith(v)) &&
    any('status', (v) => c.state.status === v) &&
    any('exited', (v) => c.state.status === 'exited' && String(c.state.exitCode) === v) &&
    any('ancestor', (v) => c.image === v || c.image === v.replace(/:latest$/, '')) &&
    any('network', (v) => nets.includes(v) || nets.some((n) => Object.values(e.state.daemon.networks).find((x) => x.name === n)?.id.startsWith(v))) &&
    any('label', (v) => {
      const eq = v.indexOf('=');
      return eq < 0 ? v in c.config.labels : c.config.labels[v.slice(0, eq)] === v.slice(eq + 1);
    }) &&
    any('publish', (v) => Object.values(c.ports).flat().some((b) => b.HostPort === v.split('/')[0])) &&
    any('expose', (v) => c.config.exposedPorts.some((p) => p === v || p.split('/')[0] === v))
  );
}

export const containerPs: CommandDef = {
  path: 'docker ps',
  usage: '[OPTIONS]',
  short: 'List containers',
  args: { none: true },
  flags: [
    { long: 'all', short: 'a', kind: 'bool', help: 'Show all containers (default shows just running)' },
    { long: 'filter', short: 'f', kind: 'list', typeName: 'filter', help: 'Filter output based on conditions provided' },
    { long: 'format', kind: 'string', typeName: 'string', help: 'Pretty-print containers using a Go template' },
    { long: 'last', short: 'n', kind: 'int', typeName: 'int', help: 'Show n last created containers (includes all states)', default: '-1' },
    { long: 'latest', short: 'l', kind: 'bool', help: 'Show the latest created container (includes all states)' },
    { long: 'no-trunc', kind: 'bool', help: "Don't truncate output" },
    { long: 'quiet', short: 'q', kind: 'bool', help: 'Only display container IDs' },
    { long: 'size', short: 's', kind: 'bool', help: 'Display total file sizes' },
  ],
  run(io, p) {
    const e = io.engine;
    let filters: Map<string, string[]>;
    try {
      filters = parseFilters(flagList(p, 'filter'), FILTERS);
    } catch (err) {
      if (err instanceof FilterError) {
        io.err(err.message + '\n');
        return 1;
      }
      throw err;
    }
    const last = Number(flagValue(p, 'last') ?? -1);
    const all = flagBool(p, 'all') || last > 0 || flagBool(p, 'latest') || filters.has('status') || filters.has('exited');
    let list = [...e.state.daemon.containerOrder]
      .reverse()
      .map((id) => e.state.daemon.containers[id])
      .filter((c) => all || c.state.status === 'running')
      .filter((c) => matches(e, c, filters));
    if (flagBool(p, 'latest')) list = list.slice(0, 1);
    else if (last > 0) list = list.slice(0, last);
    const trunc = !flagBool(p, 'no-trunc');
    let format = flagValue(p, 'format') ?? '';
    if (flagBool(p, 'quiet')) format = '{{.ID}}';
    if (!format) format = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
    return renderRows(io, format, list.map((c) => psRow(e, c, trunc)), HEADERS, 'formatter.containerContext');
  },
};
