// JS mirrors of the Go values the fixture fixtures/go-template-oracle.json was
// recorded against (a Go 1.19.8 program running docker/cli's template
// functions). Each Go type is spelled out with the go-value helpers.
import { goJson, decodeJsonRaw } from '../../src/cli/format/go-json.js';
import { goFloat, goMap, goNil, goSlice, goStruct } from '../../src/cli/format/go-value.js';

export function networkContext() {
  const n: Record<string, string> = { ID: 'fa2cb22d277dfde4cfdb', Name: 'bridge', Driver: 'bridge', 'label.env': 'lab' };
  return goStruct(
    {
      trunc: false,
      n,
      ID: () => n.ID.slice(0, 12),
      Name: () => n.Name,
      Driver: () => n.Driver,
      Scope: () => 'local',
      IPv6: () => 'false',
      Internal: () => 'false',
      Labels: () => '',
      Label: (name: string) => n['label.' + name] ?? '',
    },
    '*main.networkContext',
  );
}

const str = (a: string[]) => goSlice(a, '[]string');
const ipam = (v4: string) =>
  goStruct({ IPv4Address: v4, IPv6Address: '' }, '*main.EndpointIPAMConfig', { IPv4Address: ',omitempty', IPv6Address: ',omitempty' });
const endpoint = (e: Record<string, unknown>) =>
  goStruct(
    {
      IPAMConfig: goNil('ptr', '*main.EndpointIPAMConfig'),
      Links: goNil('slice', '[]string'),
      Aliases: goNil('slice', '[]string'),
      NetworkID: '',
      IPAddress: '',
      IPPrefixLen: 0,
      DriverOpts: goNil('map', 'map[string]string'),
      ...e,
    },
    '*main.EndpointSettings',
  );
const binding = (ip: string, port: string) => goStruct({ HostIP: ip, HostPort: port }, 'main.PortBinding', { HostIP: 'HostIp' });

export function containerJSON() {
  return goStruct(
    {
      ID: 'aa5678262c8bf742f2d99b854da32d4bb042bc3775818623ee735cd097c99401',
      Name: '/web',
      State: goStruct({ Status: 'running', Running: true, Pid: 464, ExitCode: 0 }, '*main.State'),
      Config: goStruct(
        {
          Hostname: 'aa5678262c8b',
          Env: str(['PATH=/bin', 'A=<b>&c']),
          Cmd: str(['ash']),
          Labels: goMap({ 'com.example.b': '2', 'com.example.a': '1' }, { type: 'map[string]string', zero: '' }),
        },
        '*main.Config',
      ),
      HostConfig: goStruct({ NetworkMode: 'app-net', Dns: str([]), ShmSize: 67108864 }, '*main.HostConfig'),
      NetworkSettings: goStruct(
        {
          IPAddress: '',
          Ports: goMap(
            {
              '80/tcp': goSlice([binding('0.0.0.0', '8080'), binding('::', '8080')], '[]main.PortBinding'),
              '443/tcp': goNil('slice', '[]main.PortBinding'),
            },
            { type: 'map[string][]main.PortBinding', zero: goNil('slice', '[]main.PortBinding') },
          ),
          Networks: goMap(
            {
              'app-net': endpoint({ Aliases: str(['aa5678262c8b']), NetworkID: 'ef26', IPAddress: '172.18.0.2', IPPrefixLen: 16 }),
              bridge: endpoint({
                IPAMConfig: ipam('172.17.0.9'),
                Aliases: str([]),
                IPAddress: '172.17.0.2',
                IPPrefixLen: 16,
                DriverOpts: goMap({}, { type: 'map[string]string', zero: '' }),
              }),
            },
            { type: 'map[string]*main.EndpointSettings', zero: goNil('ptr', '*main.EndpointSettings') },
          ),
        },
        '*main.NetworkSettings',
      ),
      SizeRw: goNil('ptr', '*int64'),
    },
    'main.ContainerJSON',
    { ID: 'Id', SizeRw: ',omitempty' },
  );
}

/** What docker inspect's fallback decodes: json.Marshal output read back with UseNumber. */
export function rawContainer() {
  return decodeJsonRaw(goJson(containerJSON()));
}

export function misc() {
  return goMap(
    {
      Int: 42, Neg: -7, Zero: 0, F: 1.5, Big: goFloat(1e21), Mil: goFloat(1000000), Tiny: 0.000001, Third: 1 / 3,
      S: 'héllo <b>&"q"', Empty: '', T: true, Fa: false, Nil: goNil('interface'),
      Strs: str(['a', 'b c']),
      Ifs: goSlice([1, 'x', goNil('interface'), true], '[]interface {}'),
      EmptyS: str([]),
      NilS: goNil('slice', '[]string'),
      NilM: goNil('map', 'map[string]string'),
      NilP: goNil('ptr', '*main.T'),
      Struct: goStruct({ A: 'x', B: 'y' }, 'main.T'),
      PStruct: goStruct({ A: 'p', B: 'q' }, '*main.T'),
      M: goMap({ b: 2, a: 1, B: 3 }, { type: 'map[string]int', zero: 0 }),
      MM: goMap({ k: goSlice([1, 2], '[]int'), z: goMap({ q: 'r' }, { type: 'map[string]string', zero: '' }) }, { type: 'map[string]interface {}' }),
      Uni: '日本語', Ctl: 'a\tb\nc\x01', U2028: 'x\u2028y',
    },
    { type: 'map[string]interface {}', zero: goNil('interface') },
  );
}
