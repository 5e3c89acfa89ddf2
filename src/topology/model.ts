/**
 * What the topology view draws, derived from engine state alone (the engine is the single source
 * of truth): the host's physical and VLAN interfaces, the L2 segments containers attach to (Linux
 * bridges, macvlan/ipvlan networks on a parent interface), the containers with one attachment per
 * endpoint, and the published ports. Pure: no DOM, tested in Node.
 */
import type { EngineState } from '../engine/model/state.ts';
import type { Link } from '../engine/model/netns.ts';

export interface HostNic {
  name: string;
  kind: 'ether' | 'vlan' | 'dummy';
  /** IPv4 addresses with prefix (192.0.2.10/24) */
  addresses: string[];
  /** a VLAN sub-interface's lower link (eth0 for eth0.10) */
  parent?: string;
  vlanId?: number;
  up: boolean;
}

export interface Segment {
  /** stable key: the bridge device, or `net:<network name>` for macvlan/ipvlan */
  id: string;
  kind: 'bridge' | 'macvlan' | 'ipvlan';
  /** the Linux bridge name, or the network name */
  label: string;
  /** the Docker network behind it; none for a bridge made by hand with `ip link add` */
  network?: { name: string; driver: string; subnets: string[]; gateway?: string; internal: boolean };
  /** the host's own address on a bridge (the containers' gateway) */
  hostAddress?: string;
  /** macvlan/ipvlan: the host interface the sub-interfaces hang off, and the mode */
  parent?: string;
  mode?: string;
  /** host links plugged into a bridge that belong to no container (a veth made by hand) */
  otherPorts: string[];
  up: boolean;
}

export interface Attachment {
  segmentId: string;
  network: string;
  /** the interface inside the container: eth0, eth1, ... */
  ifName: string;
  /** IPv4 with prefix, '' when the driver gives none */
  address: string;
  mac: string;
  /** the host end of the veth pair (bridge networks) */
  hostVeth?: string;
}

/** own: its own namespace with an interface per attachment (bridge, macvlan, ipvlan); stopped: no endpoints */
export type ContainerMode = 'own' | 'host' | 'none' | 'container' | 'stopped';

export interface ContainerNode {
  id: string;
  name: string;
  image: string;
  running: boolean;
  /** how it is networked: its own sandbox on segments, the host's stack, loopback only, another container's sandbox */
  mode: ContainerMode;
  /** container mode: the name of the container whose network namespace it shares */
  sharesWith?: string;
  attachments: Attachment[];
}

export interface PublishedPort {
  hostIp: string;
  hostPort: number;
  proto: string;
  container: string;
  containerPort: number;
}

export interface Topology {
  hostname: string;
  nics: HostNic[];
  /** the LAN behind eth0 (the default route's gateway) */
  lanGateway?: string;
  segments: Segment[];
  containers: ContainerNode[];
  ports: PublishedPort[];
}

const v4 = (l: Link) => l.addrs.filter((a) => a.family === 4).map((a) => `${a.address}/${a.prefixLen}`);

function hostNics(state: EngineState): HostNic[] {
  return state.host.ns.links
    .filter((l): l is Link & { kind: HostNic['kind'] } => l.kind === 'ether' || l.kind === 'vlan' || l.kind === 'dummy')
    .map((l) => ({
      name: l.name,
      kind: l.kind,
      addresses: v4(l),
      parent: l.kind === 'vlan' ? (l.peer?.sameNsName ?? l.name.split('.')[0]) : undefined,
      vlanId: l.vlanId,
      up: l.up,
    }));
}

function segments(state: EngineState, containerVeths: Set<string>): Segment[] {
  const { host, daemon } = state;
  const out: Segment[] = [];
  const networks = Object.values(daemon.networks).filter((n) => !n.configOnly);
  const subnets = (n: (typeof networks)[number]) => n.ipam.config.map((c) => c.Subnet).filter(Boolean);
  for (const link of host.ns.links.filter((l) => l.kind === 'bridge')) {
    const nw = networks.find((n) => n.bridge?.name === link.name);
    out.push({
      id: link.name,
      kind: 'bridge',
      label: link.name,
      network: nw && { name: nw.name, driver: nw.driver, subnets: subnets(nw), gateway: nw.gatewayIp, internal: nw.internal },
      hostAddress: v4(link)[0],
      otherPorts: host.ns.links.filter((l) => l.master === link.name && !containerVeths.has(l.name)).map((l) => l.name),
      up: link.up,
    });
  }
  for (const nw of networks.filter((n) => n.lowerLink && (n.driver === 'macvlan' || n.driver === 'ipvlan'))) {
    out.push({
      id: `net:${nw.name}`,
      kind: nw.driver as 'macvlan' | 'ipvlan',
      label: nw.name,
      network: { name: nw.name, driver: nw.driver, subnets: subnets(nw), gateway: nw.gatewayIp, internal: nw.internal },
      parent: nw.lowerLink!.parent,
      mode: nw.lowerLink!.mode,
      otherPorts: [],
      up: true,
    });
  }
  return out;
}

function segmentOf(state: EngineState, networkId: string): string | undefined {
  const nw = state.daemon.networks[networkId];
  if (!nw) return undefined;
  if (nw.bridge) return nw.bridge.name;
  if (nw.lowerLink) return `net:${nw.name}`;
  return undefined;
}

function containerNodes(state: EngineState): ContainerNode[] {
  const { daemon } = state;
  const byId = daemon.containers;
  return daemon.containerOrder
    .map((id) => byId[id])
    .filter(Boolean)
    .map((c) => {
      const running = c.state.status === 'running';
      const mode = c.hostConfig.networkMode;
      const sb = running && c.sandboxId ? daemon.sandboxes[c.sandboxId] : undefined;
      const attachments: Attachment[] = [];
      if (sb && sb.containerId === c.id) {
        for (const epId of sb.endpoints) {
          const ep = daemon.endpoints[epId];
          const seg = ep && segmentOf(state, ep.networkId);
          if (!ep || !seg || !ep.ifName) continue;
          attachments.push({
            segmentId: seg,
            network: daemon.networks[ep.networkId].name,
            ifName: ep.ifName,
            address: ep.ip ? `${ep.ip}/${ep.prefixLen}` : '',
            mac: ep.mac,
            hostVeth: ep.hostVeth?.name,
          });
        }
      }
      let kind: ContainerMode;
      let sharesWith: string | undefined;
      if (mode.startsWith('container:')) {
        kind = 'container';
        const other = byId[mode.slice('container:'.length)] ?? Object.values(byId).find((o) => o.name === mode.slice('container:'.length));
        sharesWith = other?.name;
      } else if (!running) kind = 'stopped';
      else if (mode === 'host') kind = 'host';
      else if (mode === 'none') kind = 'none';
      else kind = 'own';
      return { id: c.id, name: c.name.replace(/^\//, ''), image: c.image, running, mode: kind, sharesWith, attachments };
    });
}

export function topologyFromState(state: EngineState): Topology {
  const containerVeths = new Set<string>();
  for (const ep of Object.values(state.daemon.endpoints)) if (ep.hostVeth) containerVeths.add(ep.hostVeth.name);
  const names = (id: string) => state.daemon.containers[id]?.name.replace(/^\//, '') ?? id.slice(0, 12);
  return {
    hostname: state.host.hostname,
    nics: hostNics(state),
    lanGateway: state.host.ns.routes.find((r) => r.dst === 'default')?.via,
    segments: segments(state, containerVeths),
    containers: containerNodes(state),
    // one row per published port: the IPv6 twin (`::`) of an IPv4 binding adds nothing to the picture
    ports: state.daemon.proxies
      .filter((p) => !(p.hostIp === '::' && state.daemon.proxies.some((q) => q !== p && q.hostIp === '0.0.0.0' && q.hostPort === p.hostPort && q.proto === p.proto)))
      .map((p) => ({ hostIp: p.hostIp, hostPort: p.hostPort, proto: p.proto, container: names(p.containerId), containerPort: p.containerPort })),
  };
}
