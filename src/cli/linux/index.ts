/** The Linux networking commands of the simulated host (Debian 12 tools) and containers (busybox). */
import type { NetToolsEnv, Out } from './env.ts';
import { ipCommand } from './ip.ts';
import { iptablesCommand } from './iptables.ts';
import { ifconfigCommand } from './ifconfig.ts';
import { routeCommand } from './route.ts';
import { netstatCommand } from './netstat.ts';
import { brctlCommand } from './brctl.ts';
import { bridgeCommand } from './bridge.ts';
import { sysctlCommand } from './sysctl.ts';

export type NetTool = (argv: string[], env: NetToolsEnv, out: Out) => number;

export * from './env.ts';
export { ipCommand } from './ip.ts';
export { iptablesCommand, applyIptOp } from './iptables.ts';
export { ifconfigCommand } from './ifconfig.ts';
export { routeCommand } from './route.ts';
export { netstatCommand } from './netstat.ts';
export { brctlCommand } from './brctl.ts';
export { bridgeCommand } from './bridge.ts';
export { sysctlCommand } from './sysctl.ts';
export * from './ping.ts';
export * from './nslookup.ts';

/** command name -> implementation; `iptables` exists only on the host */
export const netTools: Record<string, NetTool> = {
  ip: ipCommand,
  iptables: iptablesCommand,
  ifconfig: ifconfigCommand,
  route: routeCommand,
  netstat: netstatCommand,
  brctl: brctlCommand,
  bridge: bridgeCommand,
  sysctl: sysctlCommand,
};
