// The Docker CLI's list and inspect flows, checked against the conformance
// recordings (/work/shared/conformance/transcripts, docker 20.10.24) and a
// Go oracle of formatter.Context.Write (fixtures/list-oracle.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import listCases from './fixtures/list-oracle.json';
import {
  FormatError, InspectMiss, containerListFormat, containerListHeaders, listContext, networkListFormat, networkListHeaders,
  preFormat, renderInspect, renderList,
} from '../../src/cli/format/docker-format.js';
import { commandColumn, displayablePorts, runningFor, truncateID } from '../../src/cli/format/durations.js';
import { goMap, goSlice, goStruct } from '../../src/cli/format/go-value.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const networkHeaders = {
  ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv6: 'IPV6', Internal: 'INTERNAL', Labels: 'LABELS', CreatedAt: 'CREATED AT',
};
const networkRow = (n: Record<string, string>) =>
  listContext('*main.networkContext', {
    ID: () => n.ID, Name: () => n.Name, Driver: () => n.Driver, Scope: () => 'local', IPv6: () => 'false', Internal: () => 'false',
    Labels: () => n.Labels ?? '', Label: (k: string) => n['label.' + k] ?? '', CreatedAt: () => '2026-11-23 08:22:18.570313799 +0000 UTC',
  });

describe('renderList: Go oracle of formatter.Context.Write', () => {
  const rows = [
    networkRow({ ID: 'fa2cb22d277d', Name: 'bridge', Driver: 'bridge' }),
    networkRow({ ID: 'c0c4acca1bd6', Name: 'custom-net', Driver: 'bridge', Labels: 'env=lab,team=net', 'label.team': 'net', 'label.com.docker.compose.project': 'demo' }),
    networkRow({ ID: '28a8476eff21', Name: 'none<&>', Driver: 'null' }),
  ];
  for (const c of listCases as { Format: string; Rows: number; Out: string; Err?: string }[]) {
    it(`${JSON.stringify(c.Format)} with ${c.Rows} rows`, () => {
      const run = () => renderList(c.Format, rows.slice(0, c.Rows), networkHeaders, { typeName: '*main.networkContext' });
      if (c.Err) expect(run).toThrow(new FormatError(c.Err));
      else expect(run()).toBe(c.Out);
    });
  }
});

describe('renderList: docker network ls (01-network-ls)', () => {
  const table = 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
  const nets = [
    networkRow({ ID: 'fa2cb22d277d', Name: 'bridge', Driver: 'bridge' }),
    networkRow({ ID: '76a2db4eb939', Name: 'host', Driver: 'host' }),
    networkRow({ ID: '28a8476eff21', Name: 'none', Driver: 'null' }),
  ];
  const ls = (format: string, rows = nets) => renderList(format, rows, networkHeaders, { typeName: '*network.networkContext' });
  it('default table, empty table, quiet', () => {
    expect(ls(table)).toBe(
      'NETWORK ID     NAME      DRIVER    SCOPE\nfa2cb22d277d   bridge    bridge    local\n76a2db4eb939   host      host      local\n28a8476eff21   none      null      local\n',
    );
    expect(ls(table, [])).toBe('NETWORK ID   NAME      DRIVER    SCOPE\n');
    expect(ls('{{.ID}}')).toBe('fa2cb22d277d\n76a2db4eb939\n28a8476eff21\n');
  });
  it('--format forms', () => {
    expect(ls('{{.Name}}: {{.Driver}} {{.Scope}}')).toBe('bridge: bridge local\nhost: host local\nnone: null local\n');
    expect(ls('table {{.Name}}\\t{{.Driver}}')).toBe('NAME      DRIVER\nbridge    bridge\nhost      host\nnone      null\n');
    expect(ls('{{.Name}} ipv6={{.IPv6}} internal={{.Internal}} labels={{.Labels}}')).toBe(
      'bridge ipv6=false internal=false labels=\nhost ipv6=false internal=false labels=\nnone ipv6=false internal=false labels=\n',
    );
  });
  it('a bad field is an error and prints nothing', () => {
    expect(() => ls('{{.Nope}}')).toThrow(
      'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *network.networkContext',
    );
  });
  it('maps "", table, raw and -q like network.NewFormat', () => {
    expect(networkListFormat('', false)).toBe(table);
    expect(networkListFormat('table', true)).toBe('{{.ID}}');
    expect(networkListFormat('{{.Name}}', true)).toBe('{{.Name}}');
    expect(ls(networkListFormat('raw', false), nets.slice(0, 1))).toBe('network_id: fa2cb22d277d\nname: bridge\ndriver: bridge\nscope: local\n\n');
    expect(ls(networkListFormat('raw', true), nets.slice(0, 1))).toBe('network_id: fa2cb22d277d\n');
    expect(ls('json', nets.slice(0, 2))).toBe('json\njson\n'); // 20.10 has no json keyword
    expect(renderList(networkListFormat('', false), [], networkListHeaders)).toBe('NETWORK ID   NAME      DRIVER    SCOPE\n');
  });
  it('preFormat turns the two characters \\t into a tab', () => {
    expect(preFormat('table  {{.A}}\\t{{.B}}\\n ')).toBe('{{.A}}\t{{.B}}\n');
  });
});

const containerHeaders = {
  ID: 'CONTAINER ID', Names: 'NAMES', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED',
  Ports: 'PORTS', State: 'STATE', Status: 'STATUS', Size: 'SIZE', Labels: 'LABELS', Mounts: 'MOUNTS', LocalVolumes: 'LOCAL VOLUMES', Networks: 'NETWORKS',
};
const psTable = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

describe('renderList: docker ps', () => {
  const now = Date.UTC(2026, 10, 23, 8, 30, 0);
  const psRow = (c: { id: string; image: string; command: string; created: number; status: string; ports: Parameters<typeof displayablePorts>[0]; names: string }) =>
    listContext('*formatter.ContainerContext', {
      ID: () => truncateID(c.id), Image: () => c.image, Command: () => commandColumn(c.command),
      RunningFor: () => runningFor(c.created, now), Status: () => c.status, Ports: () => displayablePorts(c.ports),
      Names: () => c.names, CreatedAt: () => '2026-11-23 08:30:00 +0000 UTC', State: () => 'running', Labels: () => '', Label: (_name: string) => '', Mounts: () => '', Networks: () => 'bridge',
    });
  const web = psRow({
    id: 'a68e1dab4905041fcdf48205ff212b5941148a76516ff37aef51ff2adfea67cb', image: 'busybox',
    command: "sh -c 'echo hello from web > /var/www/index.html && httpd -f -p 80 -h /var/www'", created: now / 1000, status: 'Up Less than a second',
    ports: [{ IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' }, { IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' }], names: 'web',
  });
  it('default table (21-publish-basic)', () => {
    expect(containerListFormat('', false)).toBe(psTable);
    expect(containerListHeaders).toEqual(containerHeaders);
    expect(renderList(psTable, [web], containerHeaders)).toBe(
      'CONTAINER ID   IMAGE     COMMAND                  CREATED                  STATUS                  PORTS                                   NAMES\n' +
        'a68e1dab4905   busybox   "sh -c \'echo hello f…"   Less than a second ago   Up Less than a second   0.0.0.0:8080->80/tcp, :::8080->80/tcp   web\n',
    );
  });
  it('custom formats (50-container-lifecycle, 22-publish-variants)', () => {
    const created = psRow({ id: '0223', image: 'busybox', command: 'httpd', created: now / 1000, status: 'Created', ports: [], names: 'my-nginx' });
    expect(renderList('{{.Names}}\\t{{.Status}}\\t[{{.Ports}}]', [created], containerHeaders)).toBe('my-nginx\tCreated\t[]\n');
    expect(renderList('table {{.Names}}\\t{{.Ports}}', [web], containerHeaders)).toBe(
      'NAMES     PORTS\nweb       0.0.0.0:8080->80/tcp, :::8080->80/tcp\n',
    );
    expect(renderList('{{.Names}}', [], containerHeaders)).toBe('');
    expect(renderList(containerListFormat('raw', false), [web], containerHeaders)).toBe(
      'container_id: a68e1dab4905\nimage: busybox\ncommand: "sh -c \'echo hello f…"\ncreated_at: 2026-11-23 08:30:00 +0000 UTC\n' +
        'state: running\nstatus: Up Less than a second\nnames: web\nlabels:\nports: 0.0.0.0:8080->80/tcp, :::8080->80/tcp\n\n',
    );
  });
  it('{{json .}} is formatter.MarshalJSON: sorted keys, json.Marshal escaping', () => {
    expect(renderList('{{json .}}', [web], containerHeaders)).toBe(
      '{"Command":"\\"sh -c \'echo hello f…\\"","CreatedAt":"2026-11-23 08:30:00 +0000 UTC","ID":"a68e1dab4905","Image":"busybox","Labels":"","Mounts":"","Names":"web",' +
        '"Networks":"bridge","Ports":"0.0.0.0:8080-\\u003e80/tcp, :::8080-\\u003e80/tcp","RunningFor":"Less than a second ago",' +
        '"State":"running","Status":"Up Less than a second"}\n',
    );
  });
  it('the --size pre-flight wording (container/list.go)', () => {
    const opts = { typeName: '*formatter.ContainerContext', preflightRow: web };
    expect(() => renderList('{{.Nope}}', [web], containerHeaders, opts)).toThrow(
      'failed to execute template: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext',
    );
    expect(() => renderList('{{.Names', [web], containerHeaders, opts)).toThrow('failed to parse template: template: :1: unclosed action');
  });
});

// --- inspect -------------------------------------------------------------------

/** Typed model from a recorded document: objects are structs except at the given map paths. */
function typed(v: unknown, mapPaths: string[], path = ''): unknown {
  if (Array.isArray(v)) return goSlice(v.map((e) => typed(e, mapPaths, path + '[]')), v.every((e) => typeof e === 'string') ? '[]string' : '[]interface {}');
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  const isMap = mapPaths.includes(path);
  for (const [k, x] of Object.entries(v)) out[k] = typed(x, mapPaths, isMap ? path + '.*' : `${path}.${k}`);
  return isMap ? goMap(out, { type: 'map[string]interface {}' }) : goStruct(out);
}
const containerMaps = ['.HostConfig.LogConfig.Config', '.HostConfig.PortBindings', '.GraphDriver.Data', '.Config.Labels', '.NetworkSettings.Ports', '.NetworkSettings.Networks'];
const networkMaps = ['.IPAM.Options', '.Containers', '.Options', '.Labels'];
const docs = (name: string) => JSON.parse(fixture(name)) as unknown[];

describe('renderInspect without --format (inspector.go IndentedInspector)', () => {
  it('reproduces docker container inspect web (10-inspect-networksettings)', () => {
    const want = fixture('inspect-container-web.txt');
    expect(renderInspect(undefined, docs('inspect-container-web.txt').map((d) => typed(d, containerMaps)))).toEqual({ out: want, exitCode: 0 });
  });
  it('reproduces docker network inspect (16-bridge-isolation), one and several', () => {
    const bridge = fixture('inspect-network-bridge.txt');
    const alpine = fixture('inspect-network-alpine-net.txt');
    const els = [...docs('inspect-network-bridge.txt'), ...docs('inspect-network-alpine-net.txt')].map((d) => typed(d, networkMaps));
    expect(renderInspect(undefined, els.slice(0, 1)).out).toBe(bridge);
    expect(renderInspect(undefined, els).out).toBe(bridge.replace(/\n\]\n$/, ',\n') + alpine.replace(/^\[\n/, ''));
  });
  it('prints [] for no element, and the lookup errors (47-cli-errors)', () => {
    expect(renderInspect(undefined, [])).toEqual({ out: '[]\n', exitCode: 0 });
    expect(renderInspect(undefined, [new InspectMiss('Error: No such network: nope')])).toEqual({
      out: '[]\n', err: 'Error: No such network: nope', exitCode: 1,
    });
  });
});

describe('renderInspect with --format (inspector.go TemplateInspector)', () => {
  const web = () => typed(docs('inspect-container-web.txt')[0], containerMaps);
  const f = (format: string, els: unknown[] = [web()]) => renderInspect(format, els);
  it('transcript formats (10-inspect-networksettings)', () => {
    expect(f('[{{.NetworkSettings.IPAddress}}]').out).toBe('[]\n');
    expect(f('{{json .NetworkSettings.Networks}}').out).toBe(
      '{"app-net":{"IPAMConfig":null,"Links":null,"Aliases":["aa5678262c8b"],"NetworkID":"ef267ca983e993ad8f2b657753ad1dff64aa25880ab8b14e2b5c4b85cd507b02","EndpointID":"3a1a3e506d8db71215a833741d3647ad93204765a5b1a4fe77c90e80f11e0888","Gateway":"172.18.0.1","IPAddress":"172.18.0.2","IPPrefixLen":16,"IPv6Gateway":"","GlobalIPv6Address":"","GlobalIPv6PrefixLen":0,"MacAddress":"02:42:ac:12:00:02","DriverOpts":null}}\n',
    );
    expect(f('{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}').out).toBe('172.18.0.2\n');
    expect(f('{{(index .NetworkSettings.Networks "app-net").Aliases}}').out).toBe('[aa5678262c8b]\n');
    expect(f('{{json .NetworkSettings.Ports}} {{.NetworkSettings.SandboxKey}}').out).toBe('{} /var/run/docker/netns/f2901a67eb4e\n');
    const legacy = goStruct({ HostConfig: goStruct({ NetworkMode: 'default' }) });
    expect(f('{{.HostConfig.NetworkMode}}', [web(), legacy])).toEqual({ out: 'app-net\ndefault\n', exitCode: 0 });
  });
  it('network inspect formats (47-cli-errors, 05-bridge-create-options)', () => {
    const net = goStruct({
      Name: 'my-net', Containers: goMap({}),
      IPAM: goStruct({ Config: goSlice([goStruct({ Subnet: '10.0.0.0/24', Gateway: '' }, 'network.IPAMConfig', { Gateway: ',omitempty' })], '[]network.IPAMConfig') }),
    }, 'types.NetworkResource');
    expect(f('{{len .Containers}} containers', [net]).out).toBe('0 containers\n');
    expect(f('{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}', [net]).out).toBe('10.0.0.0/24 \n');
    expect(f('{{json .IPAM.Config}}', [net]).out).toBe('[{"Subnet":"10.0.0.0/24"}]\n');
  });
  it('falls back to the raw JSON document when the typed value has no such field', () => {
    const c = goStruct({ ID: 'abc', Name: '/x' }, 'types.ContainerJSON', { ID: 'Id' });
    expect(f('{{.Id}} {{.Name}}', [c])).toEqual({ out: 'abc /x\n', exitCode: 0 });
    expect(f('{{.ID}}', [c])).toEqual({ out: 'abc\n', exitCode: 0 });
    expect(f('{{.Nope}}', [c])).toEqual({
      out: '\n', err: 'template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"', exitCode: 1,
    });
    expect(f('{{.Name.Nope}}', [c]).err).toBe(
      'template parsing error: template: :1:7: executing "" at <.Name.Nope>: can\'t evaluate field Nope in type interface {}',
    );
  });
  it('parse errors exit 64 before any output; misses are listed after the output', () => {
    expect(f('{{.Name')).toEqual({ out: '', err: 'template parsing error: template: :1: unclosed action', exitCode: 64 });
    expect(f('{{.Name}}', [new InspectMiss('Error: No such network: nope')])).toEqual({ out: '\n', err: 'Error: No such network: nope', exitCode: 1 });
    expect(f('{{.Name}}', [web(), new InspectMiss('Error: No such object: x')])).toEqual({ out: '/web\n', err: 'Error: No such object: x', exitCode: 1 });
  });
});
