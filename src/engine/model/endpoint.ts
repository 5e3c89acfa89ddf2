/** A CNM endpoint: joins one sandbox to one network. Exists only while its container runs. */

export interface Endpoint {
  id: string;
  networkId: string;
  containerId: string;
  sandboxId: string;
  /** IPv4 address, prefix length and gateway ('' where the driver gives none: host, null) */
  ip: string;
  prefixLen: number;
  gateway: string;
  mac: string;
  /** name of the interface inside the sandbox (eth0, eth1, ...); '' for host/null */
  ifName: string;
  /** the host-side veth, for bridge endpoints */
  hostVeth?: { name: string; index: number };
  /** DNS names on this network besides the container name */
  aliases: string[];
  /** IPv6 address and gateway on dual-stack networks */
  ip6?: string;
  prefixLen6?: number;
  gateway6?: string;
  /** the IPAM pool the address came from */
  poolId?: string;
}
