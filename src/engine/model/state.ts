/** The whole state of one simulated host and its Docker daemon: plain data, JSON round-trips. */
import type { IpamState } from '../ipam/pool-allocator.ts';
import type { RandomState } from '../determinism/random.ts';
import type { Container } from './container.ts';
import type { Endpoint } from './endpoint.ts';
import type { HostState } from './host.ts';
import type { Image } from './image.ts';
import type { Network } from './network.ts';
import type { Sandbox } from './sandbox.ts';
import type { PortAllocState } from '../portmapper/port-allocator.ts';

export interface Proxy {
  proto: string;
  hostIp: string;
  hostPort: number;
  containerIp: string;
  containerPort: number;
  containerId: string;
}

export interface DaemonState {
  networks: Record<string, Network>;
  containers: Record<string, Container>;
  /** container name -> ID (names are unique) */
  names: Record<string, string>;
  /** container IDs in creation order (ps lists newest first) */
  containerOrder: string[];
  endpoints: Record<string, Endpoint>;
  sandboxes: Record<string, Sandbox>;
  ipam: IpamState;
  /** host ports handed out to published container ports */
  ports: PortAllocState;
  /** userland proxies (docker-proxy): one listening socket per published port and address family */
  proxies: Proxy[];
  images: Image[];
  /** next PID for container processes */
  nextPid: number;
}

export interface EngineState {
  /** which engine release this host behaves like */
  profile: string;
  seed: string;
  random: RandomState;
  /** the simulated wall clock, ms since the epoch */
  clockMs: number;
  host: HostState;
  daemon: DaemonState;
}
