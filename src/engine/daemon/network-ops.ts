/** Network operations of the daemon API: create, find, list, remove, prune. */
import type { Engine } from '../engine.ts';
import type { IpamConfigEntry, Network } from '../model/network.ts';
import { getDriver } from '../drivers/registry.ts';
import { IpamError, releaseAddress, releasePool, requestAddress, requestAddress6, requestPool, requestPool6 } from '../ipam/pool-allocator.ts';
import { contains, ipToInt, isIPv4, parseCidr4 } from '../ipam/ipv4.ts';
import { DaemonError, conflict, forbidden, invalid, notFound } from './errors.ts';

export interface NetworkCreateRequest {
  name: string;
  driver?: string;
  options?: Record<string, string>;
  labels?: Record<string, string>;
  internal?: boolean;
  attachable?: boolean;
  ingress?: boolean;
  enableIPv6?: boolean;
  ipamDriver?: string;
  ipamOptions?: Record<string, string>;
  ipamConfig?: IpamConfigEntry[];
  /** --scope */
  scope?: string;
  /** --config-only: a template of IPAM config and options, with no driver behind it */
  configOnly?: boolean;
  /** --config-from: take IPAM config and options from that config-only network */
  configFrom?: string;
  /** resolved name of the config network (set by withConfigFrom) */
  configFromName?: string;
  /** set by the daemon for bridge/host/none */
  predefined?: boolean;
}

export const PREDEFINED_NAMES = ['bridge', 'host', 'none', 'default'];

export function isUserDefinedName(name: string): boolean {
  return !PREDEFINED_NAMES.includes(name);
}

/**
 * Full ID, exact name, then unique ID prefix. `inspect` goes through the API router, which words an
 * ambiguous prefix differently from daemon.FindNetwork (rm, connect, run).
 */
export function findNetwork(e: Engine, term: string, wording: 'daemon' | 'router' = 'daemon'): Network | undefined {
  const nets = e.state.daemon.networks;
  if (nets[term]) return nets[term];
  // names are unique (create refuses duplicates), so the first match is the one
  for (const id in nets) if (nets[id].name === term) return nets[id];
  if (!term) return undefined;
  const byPrefix = Object.values(nets).filter((n) => n.id.startsWith(term));
  if (byPrefix.length > 1) {
    throw invalid(
      wording === 'router'
        ? `${byPrefix.length} matches found based on ID prefix: network ${term} is ambiguous`
        : `network ${term} is ambiguous (${byPrefix.length} matches found based on ID prefix)`,
    );
  }
  return byPrefix[0];
}

export function listNetworks(e: Engine): Network[] {
  return Object.values(e.state.daemon.networks);
}

export function createNetwork(e: Engine, req: NetworkCreateRequest): Network {
  const d = e.state.daemon;
  if (!req.predefined && !isUserDefinedName(req.name)) {
    throw forbidden(`operation is not permitted on predefined ${req.name} network`);
  }
  // 20.10 checks the name against existing networks first; an empty name matches the lookup of ''
  if (!req.name || Object.values(d.networks).some((n) => n.name === req.name)) {
    throw conflict(`network with name ${req.name} already exists`);
  }
  if (req.configOnly) return createConfigOnly(e, req);
  if (req.configFrom !== undefined) req = withConfigFrom(e, req);
  const driverName = req.driver || 'bridge';
  if (driverName === 'overlay') {
    // overlay networks are created by the swarm manager; a standalone engine refuses them
    throw forbidden(
      'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
    );
  }
  const driver = getDriver(driverName);
  if (!driver) throw notFound(`plugin "${driverName}" not found`);
  if (req.scope === 'swarm' || req.scope === 'global') {
    if (driverName === 'bridge' || driverName === 'host' || driverName === 'null') {
      throw forbidden(`cannot downgrade network scope for ${driverName} networks`);
    }
    throw forbidden('cannot create a swarm scoped network when swarm is not active');
  }
  // libnetwork NewNetwork, before any pool is taken: only a global-scope driver can carry ingress
  if (req.ingress && driver.scope !== 'global') throw forbidden('Ingress network can only be global scope network');
  if (driver.singleton && Object.values(d.networks).some((n) => n.driver === driverName)) {
    throw forbidden(`only one instance of "${driverName}" network is allowed`);
  }
  const ipamDriver = req.ipamDriver || 'default';
  if (ipamDriver !== 'default' && ipamDriver !== 'null') throw notFound(`plugin "${ipamDriver}" not found`);

  const nw: Network = {
    id: e.newId(),
    name: req.name,
    driver: driverName,
    scope: driver.scope === 'global' ? 'swarm' : 'local',
    created: e.timestamp(),
    enableIPv6: !!req.enableIPv6,
    ipam: { driver: ipamDriver, options: req.predefined ? null : { ...(req.ipamOptions ?? {}) }, config: [] },
    poolIds: [],
    userSubnet: (req.ipamConfig ?? []).some((c) => !!c.Subnet),
    internal: !!req.internal,
    attachable: !!req.attachable,
    ingress: !!req.ingress,
    configOnly: false,
    configFrom: req.configFromName ?? '',
    options: { ...(req.options ?? {}) },
    labels: { ...(req.labels ?? {}) },
    predefined: !!req.predefined,
    endpoints: [],
  };
  const needsIpam = driverName !== 'host' && driverName !== 'null';
  if (needsIpam) allocateIpam(e, nw, req);
  try {
    driver.createNetwork(e, nw);
  } catch (err) {
    releaseIpam(e, nw);
    throw err;
  }
  d.networks[nw.id] = nw;
  return nw;
}

function allocateIpam(e: Engine, nw: Network, req: NetworkCreateRequest): void {
  const d = e.state.daemon;
  const v4 = (req.ipamConfig ?? []).filter((c) => !c.Subnet || !c.Subnet.includes(':'));
  const v6 = (req.ipamConfig ?? []).filter((c) => c.Subnet?.includes(':'));
  if (nw.enableIPv6 && v6.length === 0) {
    throw forbidden(
      'could not find an available, non-overlapping IPv6 address pool among the defaults to assign to the network',
    );
  }
  if (nw.driver === 'bridge' && v4.length > 1) throw forbidden("bridge driver doesn't support multiple subnets");
  const bridges = new Set(Object.values(d.networks).map((n) => n.bridge?.name));
  const reserved = e.state.host.ns.routes
    .filter((r) => r.dst !== 'default' && r.proto === 'kernel' && !bridges.has(r.dev))
    .map((r) => parseCidr4(r.dst)!)
    .filter(Boolean);
  try {
    // the IPv6 pool lives beside the IPv4 ones (poolIds stay parallel to the IPv4 config entries)
    for (const cfg of nw.enableIPv6 ? v6 : []) {
      const { poolId, subnet } = requestPool6(d.ipam, cfg.Subnet);
      nw.ipv6 = { poolId, subnet, prefixLen: Number(subnet.split('/')[1]), gatewayIp: '' };
      nw.ipv6.gatewayIp = requestAddress6(d.ipam, poolId, cfg.Gateway || undefined);
    }
    if (v4.length === 0) {
      const { poolId, subnet } = requestPool(d.ipam, { reserved });
      nw.poolIds.push(poolId);
      const gw = requestAddress(d.ipam, poolId);
      nw.ipam.config.push(req.predefined ? { Subnet: subnet } : { Subnet: subnet, Gateway: gw });
      nw.ipam.config.push(...v6.map((c) => ({ ...c })));
      setGateway(nw, gw);
      return;
    }
    for (const cfg of v4) {
      const { poolId } = requestPool(d.ipam, { subnet: cfg.Subnet, range: cfg.IPRange });
      nw.poolIds.push(poolId);
      let gw: string;
      try {
        gw = requestAddress(d.ipam, poolId, cfg.Gateway || undefined);
      } catch (err) {
        throw new DaemonError(`failed to allocate gateway (${cfg.Gateway ?? ''}): ${(err as Error).message}`);
      }
      for (const [k, v] of Object.entries(cfg.AuxiliaryAddresses ?? {})) {
        if (!isIPv4(v)) throw invalid(`non parsable secondary ip address (${k}:${v}) passed for network ${nw.name}`);
        if (!contains(parseCidr4(cfg.Subnet)!, ipToInt(v))) {
          throw forbidden(`auxilairy address: (${k}:${v}) must belong to the master pool: ${cfg.Subnet}`);
        }
        try {
          requestAddress(d.ipam, poolId, v);
        } catch (err) {
          throw new DaemonError(`failed to allocate secondary ip address (${k}:${v}): ${(err as Error).message}`);
        }
      }
      nw.ipam.config.push({ ...cfg });
      setGateway(nw, gw);
    }
    nw.ipam.config.push(...v6.map((c) => ({ ...c })));
  } catch (err) {
    releaseIpam(e, nw);
    if (err instanceof IpamError) throw forbidden(err.message);
    throw err;
  }
}

const OPERATOR_FIELDS =
  'configuration network can only contain network specific fields. Network operator fields like [ ingress | internal | attachable | scope ] are not supported.';

/** a config-only network: stored with driver null and no IPAM allocation (libnetwork ConfigOnly) */
function createConfigOnly(e: Engine, req: NetworkCreateRequest): Network {
  if (req.ingress || req.internal || req.attachable || req.scope) throw forbidden(OPERATOR_FIELDS);
  if (req.configFrom) throw forbidden('a configuration network cannot depend on another configuration network');
  const nw: Network = {
    id: e.newId(), name: req.name, driver: 'null', scope: 'local', created: e.timestamp(), enableIPv6: !!req.enableIPv6,
    ipam: { driver: req.ipamDriver || 'default', options: { ...(req.ipamOptions ?? {}) }, config: (req.ipamConfig ?? []).map((c) => ({ ...c })) },
    poolIds: [], userSubnet: (req.ipamConfig ?? []).some((c) => !!c.Subnet), internal: false, attachable: false, ingress: false,
    configOnly: true, configFrom: '', options: { ...(req.options ?? {}) }, labels: { ...(req.labels ?? {}) }, predefined: false, endpoints: [],
  };
  e.state.daemon.networks[nw.id] = nw;
  return nw;
}

/** --config-from: the config network supplies IPAM config and driver options */
function withConfigFrom(e: Engine, req: NetworkCreateRequest): NetworkCreateRequest {
  const from = req.configFrom!;
  const cfg = findNetwork(e, from);
  if (!cfg || !cfg.configOnly) throw notFound(`configuration network "${from}" does not exist`);
  if ((req.ipamConfig ?? []).length) throw forbidden('user-specified configurations are not supported if the network depends on a configuration network');
  if (Object.keys(req.options ?? {}).length) throw forbidden('network driver options are not supported if the network depends on a configuration network');
  return { ...req, ipamConfig: cfg.ipam.config.map((c) => ({ ...c })), options: { ...cfg.options }, enableIPv6: cfg.enableIPv6 || req.enableIPv6, configFromName: cfg.name };
}

function setGateway(nw: Network, gw: string): void {
  // drivers read the IPAM-reserved gateway from here when they create their kernel objects
  nw.gatewayIp ??= gw;
}

function releaseIpam(e: Engine, nw: Network): void {
  for (const id of nw.poolIds) releasePool(e.state.daemon.ipam, id);
  if (nw.ipv6) releasePool(e.state.daemon.ipam, nw.ipv6.poolId);
  nw.poolIds = [];
}

export function removeNetwork(e: Engine, nw: Network): void {
  if (nw.predefined) throw forbidden(`${nw.name} is a pre-defined network and cannot be removed`);
  if (nw.configOnly) {
    if (Object.values(e.state.daemon.networks).some((n) => n.configFrom === nw.name)) {
      throw forbidden(`configuration network "${nw.name}" is in use`);
    }
    delete e.state.daemon.networks[nw.id];
    return;
  }
  if (nw.endpoints.length > 0) throw forbidden(e.profile.errors.activeEndpoints(nw.name, nw.id));
  getDriver(nw.driver)!.deleteNetwork(e, nw);
  releaseIpam(e, nw);
  delete e.state.daemon.networks[nw.id];
}

/** remove every user network without endpoints; returns the removed names */
export function pruneNetworks(e: Engine): string[] {
  const removed: string[] = [];
  for (const nw of listNetworks(e)) {
    if (nw.predefined || nw.configOnly || nw.endpoints.length > 0) continue;
    removeNetwork(e, nw);
    removed.push(nw.name);
  }
  return removed;
}

export { releaseAddress };
