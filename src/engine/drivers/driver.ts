/**
 * The network driver interface, after libnetwork's driverapi: a driver creates and deletes the
 * network's kernel objects, plumbs endpoints into sandboxes (join/leave) and programs external
 * connectivity (port publishing). Drivers never choose addresses: IPAM did that before they run.
 */
import type { Engine } from '../engine.ts';
import type { Container } from '../model/container.ts';
import type { Endpoint } from '../model/endpoint.ts';
import type { Network } from '../model/network.ts';
import type { Sandbox } from '../model/sandbox.ts';

export interface NetworkDriver {
  readonly type: string;
  /** data scope: local networks live on one host, global ones span a swarm */
  readonly scope: 'local' | 'global';
  /** only one network of this driver may exist (host, null) */
  readonly singleton?: boolean;
  /** validate `-o` options and fill driver-private state; throws DaemonError with the engine's text */
  createNetwork(e: Engine, nw: Network): void;
  deleteNetwork(e: Engine, nw: Network): void;
  /** choose the endpoint's MAC and interface settings */
  createEndpoint(e: Engine, nw: Network, ep: Endpoint): void;
  /** put the endpoint's interface into the sandbox */
  join(e: Engine, nw: Network, ep: Endpoint, sb: Sandbox): void;
  leave(e: Engine, nw: Network, ep: Endpoint, sb: Sandbox): void;
  /** publish the container's ports on the host (bridge); returns nothing, throws on conflicts */
  programExternalConnectivity?(e: Engine, nw: Network, ep: Endpoint, c: Container): void;
  revokeExternalConnectivity?(e: Engine, nw: Network, ep: Endpoint, c: Container): void;
}
