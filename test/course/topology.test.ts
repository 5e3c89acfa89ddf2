/**
 * The topology view's pure parts on engine states built with real commands: what the model sees,
 * where the layout puts it (no overlaps, every veth reaches its bar), how a packet trace becomes a
 * route, and the text alternative.
 */
import { describe, expect, it } from 'vitest';
import { HostSession } from '../../src/cli/session.ts';
import type { PacketTrace } from '../../src/engine/dataplane/trace.ts';
import { topologyFromState } from '../../src/topology/model.ts';
import { layoutTopology, type Box, type Layout } from '../../src/topology/layout.ts';
import { packetPath } from '../../src/topology/packet-path.ts';
import { describePacket, describeTopology } from '../../src/topology/describe.ts';
import { renderPacket, renderTopology } from '../../src/topology/render-svg.ts';
import { unresolvedTrace } from '../../src/topology/unresolved.ts';
import { strings } from '../../src/i18n/strings.ts';

const s = strings('en');

/** a host after these commands, and every packet trace the last command emitted */
async function host(commands: string[], probe?: string) {
  const session = new HostSession({ seed: 'topology-test', registry: true });
  for (const c of commands) {
    let out = '';
    const { status } = await session.runLine(c, { write: (_fd, t) => (out += t) });
    expect(status, `${c}\n${out}`).toBe(0);
  }
  const traces: PacketTrace[] = [];
  let output = '';
  if (probe) {
    const stop = session.engine.subscribe((e) => e.type === 'packet' && traces.push(e.trace));
    await session.runLine(probe, { write: (_fd, t) => (output += t) });
    stop();
  }
  const topology = topologyFromState(session.engine.state);
  return { topology, layout: layoutTopology(topology), traces, output, engine: session.engine };
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function assertSane(layout: Layout): void {
  const solid = layout.boxes.filter((b) => b.kind !== 'host');
  for (let i = 0; i < solid.length; i++) {
    for (let j = i + 1; j < solid.length; j++) expect(overlaps(solid[i], solid[j]), `${solid[i].key} overlaps ${solid[j].key}`).toBe(false);
  }
  const frame = layout.boxes.find((b) => b.kind === 'host')!;
  for (const b of solid.filter((x) => x.kind !== 'lan')) {
    expect(b.x >= frame.x && b.x + b.w <= frame.x + frame.w && b.y >= frame.y && b.y + b.h <= frame.y + frame.h, `${b.key} is outside the host frame`).toBe(true);
  }
  for (const b of layout.boxes) expect(b.x + b.w <= layout.width && b.y + b.h <= layout.height, `${b.key} is outside the picture`).toBe(true);
}

describe('topology of a fresh host', () => {
  it('has eth0, docker0 with its subnet and gateway, the LAN, and nothing else', async () => {
    const { topology, layout } = await host([]);
    expect(topology.nics.map((n) => [n.name, n.addresses])).toEqual([['eth0', ['192.0.2.10/24']]]);
    expect(topology.segments).toMatchObject([{ id: 'docker0', kind: 'bridge', hostAddress: '172.17.0.1/16', network: { name: 'bridge', subnets: ['172.17.0.0/16'] } }]);
    expect(topology.containers).toEqual([]);
    expect(topology.lanGateway).toBe('192.0.2.1');
    expect(layout.boxes.map((b) => b.kind).sort()).toEqual(['host', 'lan', 'nic', 'segment', 'stack']);
    assertSane(layout);
  });
});

describe('two bridges, a multi-homed container and a published port (lesson 4 and 7)', () => {
  const commands = [
    'docker network create --driver bridge alpine-net',
    'docker run -dit --name alpine1 --network alpine-net alpine ash',
    'docker run -dit --name alpine2 --network alpine-net alpine ash',
    'docker run -dit --name alpine3 alpine ash',
    'docker run -dit --name alpine4 --network alpine-net alpine ash',
    'docker network connect bridge alpine4',
    'docker run -d --name web -p 8080:80 nginx',
  ];

  it('models every endpoint on its bridge, with addresses, and one row per published port', async () => {
    const { topology } = await host(commands);
    expect(topology.segments.map((x) => [x.kind, x.network?.name])).toEqual([['bridge', 'bridge'], ['bridge', 'alpine-net']]);
    const alpine4 = topology.containers.find((c) => c.name === 'alpine4')!;
    expect(alpine4.attachments.map((a) => [a.ifName, a.network, a.address])).toEqual([
      ['eth0', 'alpine-net', '172.18.0.4/16'],
      ['eth1', 'bridge', '172.17.0.3/16'],
    ]);
    expect(alpine4.attachments.every((a) => a.hostVeth?.startsWith('veth'))).toBe(true);
    expect(topology.ports).toEqual([{ hostIp: '0.0.0.0', hostPort: 8080, proto: 'tcp', container: 'web', containerPort: 80 }]);
  });

  it('drops each veth from its container port to the bar of its network, without overlapping boxes', async () => {
    const { topology, layout } = await host(commands);
    assertSane(layout);
    for (const c of topology.containers) {
      for (const a of c.attachments) {
        const veth = layout.lines.find((l) => l.key === `veth:${c.name}/${a.ifName}`)!;
        const bar = layout.anchors.segments[a.segmentId];
        expect(veth.points[0]).toEqual(layout.anchors.ports[`${c.name}/${a.ifName}`]);
        expect(veth.points.at(-1)!.y).toBe(bar.y);
        expect(veth.points.at(-1)!.x).toBeGreaterThanOrEqual(bar.x1);
        expect(veth.points.at(-1)!.x).toBeLessThanOrEqual(bar.x2);
      }
    }
    // both bridges climb to the host stack; eth0 is cabled to it and to the LAN
    expect(layout.lines.filter((l) => l.kind === 'uplink').map((l) => l.points.at(-1)!.y)).toEqual([layout.anchors.stack.y, layout.anchors.stack.y]);
    expect(layout.lines.map((l) => l.key)).toEqual(expect.arrayContaining(['hostlink:eth0', 'lan:eth0']));
    expect(layout.boxes.find((b) => b.kind === 'stack')!.lines).toContain('0.0.0.0:8080 → web:80/tcp');
  });

  it('routes a ping between bridges to the isolation drop, and says why', async () => {
    const { topology, layout, traces } = await host(commands, 'docker exec alpine3 ping -c 1 172.18.0.2');
    const trace = traces.at(-1)!;
    const path = packetPath(layout, topology, trace);
    expect(path.fate).toMatchObject({ kind: 'dropped', reason: 'isolated', at: 'DOCKER-ISOLATION-STAGE-2' });
    expect(path.points[0]).toEqual(layout.anchors.ports['alpine3/eth0']);
    // it got as far as the host stack, where FORWARD dropped it
    expect(path.end.y).toBeGreaterThanOrEqual(layout.anchors.stack.y);
    const sentence = describePacket(trace, path.fate, s);
    expect(sentence).toContain('dropped at DOCKER-ISOLATION-STAGE-2');
    expect(sentence).toContain('different bridge networks');
    expect(renderPacket(path, true)).toContain('tp-cross');
  });

  it('routes a ping on one bridge port to port, delivered', async () => {
    const { topology, layout, traces } = await host(commands, 'docker exec alpine1 ping -c 1 alpine2');
    const path = packetPath(layout, topology, traces.at(-1)!);
    expect(path.fate.kind).toBe('delivered');
    expect(path.points[0]).toEqual(layout.anchors.ports['alpine1/eth0']);
    expect(path.points.at(-1)).toEqual(layout.anchors.ports['alpine2/eth0']);
    // along alpine-net's bar, never through the stack
    expect(path.points.every((p) => p.y < layout.anchors.stack.y)).toBe(true);
  });

  it('routes a ping to the LAN router through the stack, eth0 and out to the LAN', async () => {
    const { topology, layout, traces } = await host(commands, 'docker exec alpine3 ping -c 1 192.0.2.1');
    const path = packetPath(layout, topology, traces.at(-1)!);
    expect(path.fate.kind).toBe('delivered');
    const { lan, lanPoint, nics } = layout.anchors;
    expect(path.points.at(-1)).toEqual(lanPoint);
    // down the cable from eth0, ending inside the LAN box
    expect(lanPoint.x).toBe(nics.eth0.x + nics.eth0.w / 2);
    expect(lanPoint.x).toBeGreaterThan(lan.x);
    expect(lanPoint.x).toBeLessThan(lan.x + lan.w);
  });

  it('describes networks, members, containers and ports as text', async () => {
    const { topology } = await host(commands);
    const text = describeTopology(topology, s);
    expect(text.map((x) => x.heading)).toEqual(['Host interfaces', 'Networks', 'Containers', 'Published ports']);
    expect(text[1].items[1]).toBe('alpine-net (bridge driver) on Linux bridge br-' + topology.segments[1].id.slice(3) + ', subnet 172.18.0.0/16, gateway 172.18.0.1. Attached: alpine1 172.18.0.2/16, alpine2 172.18.0.3/16, alpine4 172.18.0.4/16.');
    expect(text[2].items).toContain('alpine4 (alpine, running): eth0 172.18.0.4/16 on alpine-net; eth1 172.17.0.3/16 on bridge');
    expect(text[3].items).toEqual(['0.0.0.0:8080 on the host goes to web port 80/tcp']);
  });

  it('paints an SVG with a label, every box and an empty packet layer', async () => {
    const { layout } = await host(commands);
    const svg = renderTopology(layout, 'Host docker-host');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Host docker-host"/);
    expect(svg.match(/<g class="tp-box/g)?.length).toBe(layout.boxes.length);
    expect(svg).toContain('<g class="tp-packet" data-packet></g>');
  });
});

describe('host, none, container mode, stopped containers, macvlan on a VLAN sub-interface', () => {
  const commands = [
    'docker network create -d macvlan --subnet 192.0.2.0/24 --gateway 192.0.2.1 --ip-range 192.0.2.128/25 -o parent=eth0.10 lan10',
    'docker run -dit --name mv1 --network lan10 alpine ash',
    'docker run -d --name hostweb --network host nginx',
    'docker run -dit --name loner --network none alpine ash',
    'docker run -d --name mynginx nginx',
    'docker run -dit --name sidecar --network container:mynginx alpine sh',
    'docker run -d --name gone busybox',
  ];

  it('models each mode and the VLAN parent', async () => {
    const { topology } = await host(commands);
    const mode = (n: string) => topology.containers.find((c) => c.name === n)!;
    expect(mode('hostweb').mode).toBe('host');
    expect(mode('loner')).toMatchObject({ mode: 'none', attachments: [] });
    expect(mode('sidecar')).toMatchObject({ mode: 'container', sharesWith: 'mynginx', attachments: [] });
    expect(mode('gone')).toMatchObject({ mode: 'stopped', running: false });
    expect(mode('mv1').attachments).toMatchObject([{ segmentId: 'net:lan10', ifName: 'eth0', address: '192.0.2.128/24' }]);
    expect(topology.nics.find((n) => n.name === 'eth0.10')).toMatchObject({ kind: 'vlan', parent: 'eth0', vlanId: 10 });
    expect(topology.segments.find((x) => x.id === 'net:lan10')).toMatchObject({ kind: 'macvlan', parent: 'eth0.10', mode: 'bridge' });
  });

  it('lays them out: the macvlan bar drops to eth0.10, host mode plugs into the stack, stopped ones are named in the title', async () => {
    const { layout } = await host(commands);
    assertSane(layout);
    const parent = layout.lines.find((l) => l.key === 'parent:net:lan10')!;
    const nic = layout.anchors.nics['eth0.10'];
    expect(parent.points.at(-1)).toEqual({ x: nic.x + nic.w / 2, y: nic.y });
    const hostLine = layout.lines.find((l) => l.key === 'hostmode:hostweb')!;
    expect(hostLine.points.at(-1)!.y).toBe(layout.anchors.stack.y);
    expect(hostLine.points.at(-1)!.x).toBeGreaterThanOrEqual(layout.anchors.stack.x);
    expect(layout.lines.find((l) => l.key === 'shared:sidecar')?.dashed).toBe(true);
    expect(layout.lines.find((l) => l.key === 'vlan:eth0.10')).toBeDefined();
    expect(layout.boxes.find((b) => b.kind === 'host')!.title).toContain('stopped: gone');
    expect(layout.anchors.containers.gone).toBeUndefined();
  });

  it('shows the macvlan parent/child drop on the parent interface', async () => {
    const { topology, layout, traces } = await host(commands, 'docker exec mv1 ping -c 1 192.0.2.10');
    const path = packetPath(layout, topology, traces.at(-1)!);
    expect(path.fate).toMatchObject({ kind: 'dropped', reason: 'macvlan-host', at: 'eth0.10' });
    const nic = layout.anchors.nics['eth0.10'];
    expect(path.end).toEqual({ x: nic.x + nic.w / 2, y: nic.y + nic.h / 2 });
  });

  it('a container with no route drops at once, at the sender', async () => {
    const { topology, layout, traces } = await host(commands, 'docker exec loner ping -c 1 8.8.8.8');
    const path = packetPath(layout, topology, traces.at(-1)!);
    expect(path.fate).toMatchObject({ kind: 'dropped', reason: 'no-route', at: 'loner' });
    const box = layout.anchors.containers.loner;
    expect(path.end).toEqual({ x: box.x + box.w / 2, y: box.y + box.h / 2 });
  });
});

describe('names that do not resolve (no packet is sent, so the engine traces nothing)', () => {
  it('builds an unresolved drop from the resolver error, at the container that asked', async () => {
    const { topology, layout, traces, output, engine } = await host(['docker run -dit --name alpine1 alpine ash', 'docker run -dit --name alpine2 alpine ash'], 'docker exec alpine1 ping -c 1 alpine2');
    // the engine reports the failed lookup itself; the stopgap built from the tool's error agrees with it
    expect(traces).toHaveLength(1);
    expect(traces[0]).toMatchObject({ from: 'alpine1', to: 'alpine2', drop: { reason: 'unresolved' } });
    const trace = unresolvedTrace('docker exec alpine1 ping -c 1 alpine2', output, engine.state.host.hostname)!;
    expect(trace).toMatchObject({ from: 'alpine1', to: 'alpine2', drop: { reason: 'unresolved', at: 'alpine1' } });
    const path = packetPath(layout, topology, trace);
    expect(describePacket(trace, path.fate, s)).toBe('alpine1: the name alpine2 did not resolve, so no packet was sent.');
  });

  it('recognises the resolver errors of the tools, and nothing else', () => {
    expect(unresolvedTrace('wget -qO- http://nope/', "wget: bad address 'nope'\n", 'docker-host')?.from).toBe('docker-host');
    expect(unresolvedTrace('curl http://x/', 'curl: (6) Could not resolve host: x\n', 'h')?.to).toBe('x');
    expect(unresolvedTrace('docker exec -it c1 nslookup y', "** server can't find y: NXDOMAIN\n", 'h')).toMatchObject({ from: 'c1', proto: 'udp' });
    expect(unresolvedTrace('docker network ls', "bad address 'x'", 'h')).toBeNull();
    expect(unresolvedTrace('ping -c 1 10.0.0.1', '1 packets transmitted, 0 received', 'h')).toBeNull();
  });
});
