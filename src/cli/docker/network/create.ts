/** docker network create */
import type { CommandDef } from '../command.ts';
import { flagBool, flagList, flagValue } from '../flags.ts';
import { createNetwork } from '../../../engine/daemon/network-ops.ts';
import type { IpamConfigEntry } from '../../../engine/model/network.ts';
import { isIPv4, isIPv6, parseCidr4 } from '../../../engine/ipam/ipv4.ts';
import { contains6, ip6ToBig, parseCidr6 } from '../../../engine/ipam/ipv6.ts';
import { daemonError } from '../errors.ts';

/** `k=v` items of a map flag; a value without `=` maps to '' */
export function parseMapFlag(items: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const it of items) {
    const eq = it.indexOf('=');
    if (eq < 0) out[it] = '';
    else out[it.slice(0, eq)] = it.slice(eq + 1);
  }
  return out;
}

/** the CLI's own IPAM checks (cli/command/network/create.go createIPAMConfig, 20.10) */
export function buildIpamConfig(subnets: string[], ranges: string[], gateways: string[], aux: Record<string, string>): IpamConfigEntry[] {
  if (subnets.length < ranges.length || subnets.length < gateways.length) {
    throw new Error('every ip-range or gateway must have a corresponding subnet');
  }
  // net.ParseCIDR + Contains, for either family
  const contains = (subnet: string, ip: string) => {
    const base = ip.split('/')[0];
    const s4 = parseCidr4(subnet);
    if (s4) {
      if (!isIPv4(base)) return false;
      const n = base.split('.').reduce((acc, x) => acc * 256 + Number(x), 0);
      const size = 2 ** (32 - s4.prefix);
      return Math.floor(n / size) === Math.floor(s4.base / size);
    }
    const s6 = parseCidr6(subnet);
    return !!s6 && isIPv6(base) && contains6(s6, ip6ToBig(base));
  };
  const cfgs: IpamConfigEntry[] = subnets.map((s) => ({ Subnet: s }));
  for (let i = 0; i < subnets.length; i++) {
    for (let j = i + 1; j < subnets.length; j++) {
      if (contains(subnets[i], subnets[j]) || contains(subnets[j], subnets[i])) {
        throw new Error('multiple overlapping subnet configuration is not supported');
      }
    }
  }
  for (const r of ranges) {
    const owner = cfgs.find((c) => contains(c.Subnet, r));
    if (!owner) throw new Error(`no matching subnet for range ${r}`);
    if (owner.IPRange) throw new Error(`cannot configure multiple ranges (${r}, ${owner.IPRange}) on the same subnet (${owner.Subnet})`);
    owner.IPRange = r;
  }
  for (const g of gateways) {
    const owner = cfgs.find((c) => contains(c.Subnet, g));
    if (!owner) throw new Error(`no matching subnet for gateway ${g}`);
    if (owner.Gateway) throw new Error(`cannot configure multiple gateways (${g}, ${owner.Gateway}) for the same subnet (${owner.Subnet})`);
    owner.Gateway = g;
  }
  for (const [k, v] of Object.entries(aux)) {
    const owner = cfgs.find((c) => contains(c.Subnet, v));
    if (!owner) throw new Error(`no matching subnet for aux-address ${v}`);
    owner.AuxiliaryAddresses = { ...(owner.AuxiliaryAddresses ?? {}), [k]: v };
  }
  return cfgs;
}

export const networkCreate: CommandDef = {
  path: 'docker network create',
  usage: '[OPTIONS] NETWORK',
  short: 'Create a network',
  args: { exact: 1 },
  flags: [
    { long: 'attachable', kind: 'bool', help: 'Enable manual container attachment' },
    { long: 'aux-address', kind: 'list', typeName: 'map', help: 'Auxiliary IPv4 or IPv6 addresses used by Network driver', default: 'map[]' },
    { long: 'config-from', kind: 'string', typeName: 'string', help: 'The network from which to copy the configuration' },
    { long: 'config-only', kind: 'bool', help: 'Create a configuration only network' },
    { long: 'driver', short: 'd', kind: 'string', typeName: 'string', help: 'Driver to manage the Network', default: 'bridge' },
    { long: 'gateway', kind: 'list', typeName: 'strings', help: 'IPv4 or IPv6 Gateway for the master subnet' },
    { long: 'ingress', kind: 'bool', help: 'Create swarm routing-mesh network' },
    { long: 'internal', kind: 'bool', help: 'Restrict external access to the network' },
    { long: 'ip-range', kind: 'list', typeName: 'strings', help: 'Allocate container ip from a sub-range' },
    { long: 'ipam-driver', kind: 'string', typeName: 'string', help: 'IP Address Management Driver', default: 'default' },
    { long: 'ipam-opt', kind: 'list', typeName: 'map', help: 'Set IPAM driver specific options', default: 'map[]' },
    { long: 'ipv6', kind: 'bool', help: 'Enable IPv6 networking' },
    { long: 'label', kind: 'list', typeName: 'list', help: 'Set metadata on a network' },
    { long: 'opt', short: 'o', kind: 'list', typeName: 'map', help: 'Set driver specific options', default: 'map[]' },
    { long: 'scope', kind: 'string', typeName: 'string', help: "Control the network's scope" },
    { long: 'subnet', kind: 'list', typeName: 'strings', help: 'Subnet in CIDR format that represents a network segment' },
  ],
  run(io, p) {
    const name = p.args[0];
    const split = (l: string[]) => l.flatMap((x) => x.split(','));
    let ipamConfig: IpamConfigEntry[];
    try {
      ipamConfig = buildIpamConfig(split(flagList(p, 'subnet')), split(flagList(p, 'ip-range')), split(flagList(p, 'gateway')), parseMapFlag(flagList(p, 'aux-address')));
    } catch (err) {
      io.err(`${(err as Error).message}\n`);
      return 1;
    }
    for (const c of ipamConfig) {
      if (!parseCidr4(c.Subnet) && !parseCidr6(c.Subnet)) {
        io.err(`Error response from daemon: Invalid subnet ${c.Subnet} : invalid CIDR address: ${c.Subnet}\n`);
        return 1;
      }
    }
    const labels: Record<string, string> = {};
    for (const l of flagList(p, 'label')) {
      const eq = l.indexOf('=');
      labels[eq < 0 ? l : l.slice(0, eq)] = eq < 0 ? '' : l.slice(eq + 1);
    }
    try {
      const nw = createNetwork(io.engine, {
        name,
        driver: flagValue(p, 'driver') ?? 'bridge',
        options: parseMapFlag(flagList(p, 'opt')),
        labels,
        internal: flagBool(p, 'internal'),
        attachable: flagBool(p, 'attachable'),
        ingress: flagBool(p, 'ingress'),
        enableIPv6: flagBool(p, 'ipv6'),
        ipamDriver: flagValue(p, 'ipam-driver'),
        ipamOptions: parseMapFlag(flagList(p, 'ipam-opt')),
        ipamConfig,
        scope: flagValue(p, 'scope'),
        configOnly: flagBool(p, 'config-only'),
        configFrom: flagValue(p, 'config-from'),
      });
      io.out(nw.id + '\n');
      return 0;
    } catch (err) {
      return daemonError(io, err);
    }
  },
};
