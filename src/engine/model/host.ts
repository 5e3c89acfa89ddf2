/** The simulated Linux host the daemon runs on. */
import type { Iptables } from './iptables.ts';
import type { NetNamespace } from './netns.ts';

export interface HostState {
  hostname: string;
  ns: NetNamespace;
  sysctl: Record<string, string>;
  iptables: Iptables;
  /** /etc/resolv.conf and /etc/hosts of the host */
  resolvConf: string;
  hostsFile: string;
  /** next ifindex the kernel hands out (one counter across namespaces, as observed) */
  nextIfIndex: number;
  /** next netnsid the host assigns to a peer namespace */
  nextNetnsId: number;
  /** files written on the host (redirections) */
  files: Record<string, string>;
  /** can the daemon reach a registry? The recording host cannot (no internet). */
  registryReachable: boolean;
  /** named namespaces created with `ip netns add` (what /var/run/netns holds), in creation order */
  namedNetns: { name: string; ns: NetNamespace }[];
}
