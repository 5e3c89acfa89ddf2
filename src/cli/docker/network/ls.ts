/** docker network ls */
import type { CommandDef } from '../command.ts';
import { flagBool, flagList, flagValue } from '../flags.ts';
import { listNetworks } from '../../../engine/daemon/network-ops.ts';
import type { Network } from '../../../engine/model/network.ts';
import type { Engine } from '../../../engine/engine.ts';
import { renderRows } from '../render.ts';
import { naturalLess } from '../natural-sort.ts';
import { parseFilters, FilterError } from '../filters.ts';

const HEADERS = {
  ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv6: 'IPV6',
  Internal: 'INTERNAL', Labels: 'LABELS', CreatedAt: 'CREATED AT', Label: 'LABEL',
};

/** Go's time.Time String(): 2026-11-23 08:21:02.152376567 +0000 UTC */
export function goTimeString(rfc: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d+)?Z$/.exec(rfc);
  return m ? `${m[1]} ${m[2]}${m[3] ?? ''} +0000 UTC` : rfc;
}

function row(n: Network, trunc: boolean) {
  return {
    ID: trunc ? n.id.slice(0, 12) : n.id,
    Name: n.name,
    Driver: n.driver,
    Scope: n.scope,
    IPv6: String(n.enableIPv6),
    Internal: String(n.internal),
    Labels: Object.entries(n.labels).map(([k, v]) => `${k}=${v}`).join(','),
    Label: (k: string) => n.labels[k] ?? '',
    CreatedAt: goTimeString(n.created),
  };
}

const FILTERS = ['driver', 'id', 'label', 'name', 'scope', 'type', 'dangling'];

export function filterNetworks(e: Engine, nets: Network[], filters: Map<string, string[]>): Network[] {
  const match = (key: string, test: (v: string) => boolean) => {
    const vals = filters.get(key);
    return !vals || vals.some(test);
  };
  return nets.filter((n) =>
    match('driver', (v) => n.driver === v) &&
    match('id', (v) => n.id.includes(v) || safeRegex(v, n.id)) &&
    match('name', (v) => n.name.includes(v) || safeRegex(v, n.name)) &&
    match('scope', (v) => n.scope === v) &&
    match('type', (v) => (v === 'builtin' ? n.predefined : !n.predefined)) &&
    // 20.10 lists networks without their containers, so its dangling filter sees every user network
    // as unused (recorded in 79-ls-filters-formats): dangling=true is "not predefined".
    match('dangling', (v) => (['true', '1'].includes(v) ? !n.predefined : n.predefined)) &&
    match('label', (v) => {
      const eq = v.indexOf('=');
      return eq < 0 ? v in n.labels : n.labels[v.slice(0, eq)] === v.slice(eq + 1);
    }),
  );
}

function safeRegex(re: string, s: string): boolean {
  try {
    return new RegExp(re).test(s);
  } catch {
    return false;
  }
}

export const networkLs: CommandDef = {
  path: 'docker network ls',
  usage: '[OPTIONS]',
  short: 'List networks',
  aliases: ['ls', 'list'],
  args: { none: true },
  flags: [
    { long: 'filter', short: 'f', kind: 'list', typeName: 'filter', help: "Provide filter values (e.g. 'driver=bridge')" },
    { long: 'format', kind: 'string', typeName: 'string', help: 'Pretty-print networks using a Go template' },
    { long: 'no-trunc', kind: 'bool', help: 'Do not truncate the output' },
    { long: 'quiet', short: 'q', kind: 'bool', help: 'Only display network IDs' },
  ],
  run(io, p) {
    let filters: Map<string, string[]>;
    try {
      filters = parseFilters(flagList(p, 'filter'), FILTERS);
    } catch (err) {
      if (err instanceof FilterError) {
        io.err(`${err.message}\n`);
        return 1;
      }
      throw err;
    }
    for (const t of filters.get('type') ?? []) {
      if (t !== 'custom' && t !== 'builtin') {
        io.err(`Error response from daemon: invalid filter: 'type'='${t}'\n`);
        return 1;
      }
    }
    const nets = filterNetworks(io.engine, listNetworks(io.engine), filters).sort((a, b) =>
      naturalLess(a.name, b.name) ? -1 : naturalLess(b.name, a.name) ? 1 : 0,
    );
    const quiet = flagBool(p, 'quiet');
    let format = flagValue(p, 'format') ?? '';
    if (quiet) format = '{{.ID}}';
    if (!format) format = 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
    const trunc = !flagBool(p, 'no-trunc');
    return renderRows(io, format, nets.map((n) => row(n, trunc)), HEADERS, 'network.networkContext');
  },
};
