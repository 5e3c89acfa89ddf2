/**
 * A Linux network namespace as the simulated kernel holds it: links, their addresses, routes.
 * The host has one; every container sandbox (except host mode) has its own.
 * Plain data only, so engine state serializes to JSON and back unchanged.
 */

export type LinkKind = 'loopback' | 'ether' | 'veth' | 'bridge' | 'macvlan' | 'ipvlan' | 'vlan' | 'dummy';

export interface IfAddr {
  family: 4 | 6;
  address: string;
  prefixLen: number;
  /** IPv4 broadcast, printed as `brd` by ip addr */
  broadcast?: string;
  scope: 'global' | 'link' | 'host';
  /** IFA flags ip prints (`flags 02` = nodad for addresses Docker configures) */
  flags?: string;
}

export interface Link {
  /** ifindex; allocated from one counter per host, as the kernel does across namespaces */
  index: number;
  name: string;
  kind: LinkKind;
  mac: string;
  mtu: number;
  /** administratively up (`ip link set X up`) */
  up: boolean;
  /** operational carrier: LOWER_UP when true; an up bridge without ports has NO-CARRIER */
  carrier: boolean;
  /** name of the bridge this link is a port of */
  master?: string;
  /** veth: the other end; macvlan/ipvlan/vlan: the parent (lower) link. Printed as `name@ifN` or `name@parent` */
  peer?: {
    index: number;
    /** name of the peer when it lives in the same namespace (ip prints `@name` instead of `@ifN`) */
    sameNsName?: string;
    /** netnsid of the namespace holding the peer, as seen from this namespace (`link-netnsid N`) */
    netnsId?: number;
  };
  /** macvlan / ipvlan mode, vlan id: shown by `ip -d link` */
  mode?: string;
  vlanId?: number;
  addrs: IfAddr[];
  /** link-layer broadcast; loopback 00:00:00:00:00:00 */
  brd?: string;
  /** qdisc name printed by ip (noqueue for virtual links, mq/fq_codel for physical) */
  qdisc: string;
  /** tx queue length; printed as `qlen N` when set */
  qlen?: number;
}

export interface Route {
  /** 'default' or a CIDR such as 172.17.0.0/16 */
  dst: string;
  via?: string;
  dev: string;
  proto?: 'kernel' | 'static' | 'boot';
  scope?: 'link' | 'host';
  src?: string;
  /** the route's device has no carrier (kernel prints `linkdown`) */
  linkdown?: boolean;
  /** IPv6 routes (absent: IPv4) */
  family?: 6;
  metric?: number;
}

export interface NetNamespace {
  links: Link[];
  routes: Route[];
}
