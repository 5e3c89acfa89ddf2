/** A CNM sandbox: one container's network stack (a Linux network namespace). */
import type { NetNamespace } from './netns.ts';

export interface Listener {
  proto: 'tcp' | 'udp';
  /** bound address as netstat shows it: '0.0.0.0', '::' (all, dual stack), '127.0.0.11', ... */
  address: string;
  port: number;
  /** what answers: a static web root served by httpd, or a fixed banner/service name */
  service: { kind: 'httpd'; docroot: string } | { kind: 'redis' } | { kind: 'nginx' } | { kind: 'dns' } | { kind: 'nc' };
  /** the container whose process opened it (several containers may share one sandbox) */
  containerId: string;
}

export interface Sandbox {
  id: string;
  /** /var/run/docker/netns/<12 hex>, or /var/run/docker/netns/default for host mode */
  key: string;
  /** the container that owns the namespace */
  containerId: string;
  /** host mode shares the host's namespace: no own NetNamespace */
  hostMode: boolean;
  ns: NetNamespace;
  /** endpoint IDs, in join order (eth0 first) */
  endpoints: string[];
  /** the endpoint providing the default route and published ports */
  gatewayEndpoint?: string;
  /** next ethN suffix (names are not reused after a disconnect) */
  nextEth: number;
  /** netnsid by which the host refers to this namespace (link-netnsid) */
  netnsId: number;
  listeners: Listener[];
  /** the embedded DNS server's random TCP port (shown by netstat) */
  dnsTcpPort: number;
}
