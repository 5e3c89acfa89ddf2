/** A packet's walk through the simulated data plane: what the topology view animates and tcpdump prints. */

export type HopKind = 'namespace' | 'veth' | 'bridge' | 'iptables' | 'nat' | 'route' | 'lan' | 'dns';

export interface Hop {
  kind: HopKind;
  /** where: a link name, a chain, a namespace ('host' or a container name) */
  at: string;
  note?: string;
}

export type DropReason =
  | 'no-route'
  | 'isolated'
  | 'internal'
  | 'firewall'
  | 'no-host'
  | 'no-forwarding'
  | 'macvlan-host'
  | 'no-listener'
  | 'unresolved';

export interface PacketTrace {
  from: string;
  to: string;
  proto: 'icmp' | 'tcp' | 'udp';
  port?: number;
  hops: Hop[];
  delivered: boolean;
  replied: boolean;
  drop?: { reason: DropReason; at: string; detail: string };
}
