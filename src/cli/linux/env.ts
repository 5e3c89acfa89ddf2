/**
 * What the Linux networking commands (ip, ifconfig, route, netstat, brctl, bridge, iptables, sysctl)
 * read and how they change things. The commands are pure: they print from this input and ask the engine
 * to make changes through `mutate`; they never touch engine state themselves.
 */
import type { IfAddr, Link, NetNamespace, Route } from '../../engine/model/netns.ts';
import type { Iptables, IptTableName } from '../../engine/model/iptables.ts';

export type Fd = 1 | 2;

/** where a command writes (structurally the shell's OutputSink) */
export interface Out {
  write(fd: Fd, text: string): void;
}

/** host = Debian 12 tools (iproute2 6.1, net-tools, bridge-utils, procps, iptables 1.8.9 legacy);
 *  busybox = the applets of a busybox container (BusyBox 1.35/1.36) */
export type Flavor = 'host' | 'busybox';

/** a listening socket, as netstat shows it */
export interface NetListener {
  proto: 'tcp' | 'udp';
  /** bound address: '0.0.0.0', '::' (IPv6 / dual stack), '127.0.0.11', ... */
  address: string;
  port: number;
  /** `PID/name` for `netstat -p` (host flavour); '-' when absent */
  program?: string;
}

/** interface counters for ifconfig; missing fields are 0 */
export interface LinkCounters {
  rxPackets: number;
  rxBytes: number;
  rxErrors: number;
  rxDropped: number;
  rxOverruns: number;
  rxFrame: number;
  rxMulticast: number;
  txPackets: number;
  txBytes: number;
  txErrors: number;
  txDropped: number;
  txOverruns: number;
  txCarrier: number;
  collisions: number;
}

/** result of a change: null on success, else the errno text ('File exists', 'Operation not permitted', ...) */
export type MutResult = string | null;

export type NewLinkKind = 'veth' | 'bridge' | 'dummy' | 'macvlan' | 'ipvlan' | 'vlan';

export interface NewLinkSpec {
  /** undefined: the kernel picks (`ip link add type veth` gives veth0/veth1) */
  name?: string;
  kind: NewLinkKind;
  /** veth: name of the other end */
  peer?: string;
  /** macvlan/ipvlan/vlan: the lower link */
  parent?: string;
  mode?: string;
  vlanId?: number;
}

export interface LinkChange {
  up?: boolean;
  /** null = nomaster */
  master?: string | null;
  mtu?: number;
  mac?: string;
  newName?: string;
  /** `ip link set X netns NAME`: move the link into a named namespace */
  netns?: string;
}

/** one iptables change, already validated against the current state by the iptables command */
export type IptOp =
  | { op: 'policy'; chain: string; policy: 'ACCEPT' | 'DROP' }
  | { op: 'append'; chain: string; rule: string }
  /** pos is 1-based */
  | { op: 'insert'; chain: string; rule: string; pos: number }
  | { op: 'replace'; chain: string; rule: string; pos: number }
  /** index is 0-based */
  | { op: 'delete'; chain: string; index: number }
  | { op: 'newChain'; chain: string }
  /** chain undefined = every chain of the table */
  | { op: 'flush'; chain?: string }
  /** chain undefined = every empty user chain without references */
  | { op: 'deleteChain'; chain?: string }
  | { op: 'renameChain'; chain: string; newName: string }
  | { op: 'zero'; chain?: string };

/**
 * State changes the commands request. A missing callback means the caller lacks the privilege
 * (a container without NET_ADMIN): the command prints "Operation not permitted" as the real tool does.
 */
export interface NetMutations {
  addLink?(spec: NewLinkSpec): MutResult;
  setLink?(name: string, change: LinkChange): MutResult;
  deleteLink?(name: string): MutResult;
  addAddr?(dev: string, addr: IfAddr): MutResult;
  delAddr?(dev: string, addr: IfAddr): MutResult;
  addRoute?(route: Route): MutResult;
  delRoute?(route: Route): MutResult;
  setSysctl?(key: string, value: string): MutResult;
  /** `ip netns add/delete` (named namespaces) */
  addNetns?(name: string): MutResult;
  delNetns?(name: string): MutResult;
  iptables?(table: IptTableName, op: IptOp): MutResult;
}

export interface NetToolsEnv {
  flavor: Flavor;
  /** the namespace the command runs in */
  ns: NetNamespace;
  /** host flavour only */
  iptables?: Iptables;
  /** e.g. 'net.ipv4.ip_forward' -> '1' */
  sysctl: Record<string, string>;
  /** `ip netns list`: named namespaces (/var/run/netns); Docker's are not there */
  netns?: { name: string; id?: number }[];
  /** `ip -n NAME`: the environment of a named namespace, if it exists */
  netnsEnv?(name: string): NetToolsEnv | undefined;
  /** netnsid -> name of a named namespace: ip prints `link-netns NAME` instead of `link-netnsid N` */
  netnsIdNames?: Record<number, string>;
  hostname: string;
  /** listening sockets for netstat, in kernel order */
  listeners?: NetListener[];
  /** interface counters for ifconfig */
  counters?(link: string): Partial<LinkCounters> | undefined;
  /** iptables -v counters; rule = 0-based index, -1 = the chain policy */
  iptablesCounters?(table: IptTableName, chain: string, rule: number): { pkts: number; bytes: number } | undefined;
  /** IPv4 address -> host name for tools that resolve when not given -n (default: 127.0.0.1 localhost) */
  hosts?: Record<string, string>;
  /** seconds left on a bridge's gc timer, shown by `ip -d link` (default 299.62) */
  bridgeGcTimer?(bridge: string): number;
  mutate?: NetMutations;
}

export type { IfAddr, Link, NetNamespace, Route };

/** collects output; handy for the engine and for tests */
export function bufferOut(): Out & { stdout: string; stderr: string; all: string } {
  const o = {
    stdout: '',
    stderr: '',
    all: '',
    write(fd: Fd, text: string) {
      if (fd === 1) o.stdout += text;
      else o.stderr += text;
      o.all += text;
    },
  };
  return o;
}
