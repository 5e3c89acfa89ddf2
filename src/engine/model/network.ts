/** A CNM network: a group of endpoints that can talk directly, implemented by a driver. */

export interface IpamConfigEntry {
  Subnet: string;
  IPRange?: string;
  Gateway?: string;
  AuxiliaryAddresses?: Record<string, string>;
}

export interface Network {
  id: string;
  name: string;
  driver: string;
  scope: 'local' | 'swarm' | 'global';
  /** RFC 3339 creation time */
  created: string;
  enableIPv6: boolean;
  ipam: {
    driver: string;
    /** null for the networks the daemon creates itself, {} for user-created ones */
    options: Record<string, string> | null;
    config: IpamConfigEntry[];
  };
  /** the subnet came from --subnet (20.10 allows a static --ip only then) */
  userSubnet: boolean;
  /** IPAM pool IDs backing ipam.config, same order */
  poolIds: string[];
  internal: boolean;
  attachable: boolean;
  ingress: boolean;
  configOnly: boolean;
  configFrom: string;
  /** driver options as inspect shows them */
  options: Record<string, string>;
  labels: Record<string, string>;
  /** bridge, host, none: created by the daemon, cannot be removed */
  predefined: boolean;
  /** the address IPAM reserved as the subnet's gateway (the bridge's own address for bridge networks) */
  gatewayIp?: string;
  /** IPv6 (EnableIPv6 with an IPv6 --subnet): its pool, prefix and gateway */
  ipv6?: { poolId: string; subnet: string; prefixLen: number; gatewayIp: string };
  /** driver-private state */
  bridge?: { name: string; icc: boolean; masquerade: boolean; mtu: number };
  lowerLink?: { parent: string; mode: string; createdParent: boolean; dummy: boolean };
  /** endpoint IDs in the order they joined */
  endpoints: string[];
}

/** the subnet's gateway the IPAM reserved (bridge IP for bridge networks) */
export function networkGateway(n: Network): string | undefined {
  return n.gatewayIp;
}
