/**
 * Joining and leaving networks: IP allocation, endpoint creation, driver join/leave, the sandbox's
 * default gateway and the ports published on it. Shared by container start/stop and connect/disconnect.
 */
import type { Engine } from '../engine.ts';
import type { Container, EndpointConfig } from '../model/container.ts';
import type { Endpoint } from '../model/endpoint.ts';
import type { Network } from '../model/network.ts';
import type { Sandbox } from '../model/sandbox.ts';
import { getDriver } from '../drivers/registry.ts';
import { IpamError, releaseAddress, releaseAddress6, requestAddress, requestAddress6 } from '../ipam/pool-allocator.ts';
import { contains, ipToInt, parseCidr4 } from '../ipam/ipv4.ts';
import { addRoute, removeRoutes } from '../host/netns-ops.ts';
import { DaemonError, forbidden } from './errors.ts';
import { PREDEFINED_NAMES } from './network-ops.ts';
import { parseMac } from '../model/hardware-addr.ts';

export function isUserDefined(nw: Network): boolean {
  return !PREDEFINED_NAMES.includes(nw.name);
}

/** the user gave --subnet when creating the network (static --ip needs that in 20.10) */
function hasUserSubnet(nw: Network): boolean {
  return nw.userSubnet;
}

function allocateIp(e: Engine, nw: Network, cfg: EndpointConfig): { ip: string; prefixLen: number; poolId?: string } {
  if (nw.driver === 'host' || nw.driver === 'null') return { ip: '', prefixLen: 0 };
  const wanted = cfg.ipamConfig?.IPv4Address;
  const poolId = nw.poolIds[0];
  const subnet = parseCidr4(nw.ipam.config[0].Subnet)!;
  const d = e.state.daemon;
  if (wanted) {
    if (!isUserDefined(nw)) throw forbidden(e.profile.errors.staticIpOnDefault(nw.name));
    if (!hasUserSubnet(nw)) throw forbidden(e.profile.errors.staticIpWithoutSubnet);
    const pool = nw.poolIds.find((_, i) => contains(parseCidr4(nw.ipam.config[i].Subnet)!, ipToInt(wanted)));
    if (!pool) throw forbidden(e.profile.errors.ipOutsideSubnets(wanted));
    try {
      return { ip: requestAddress(d.ipam, pool, wanted), prefixLen: subnet.prefix, poolId: pool };
    } catch (err) {
      throw new DaemonError((err as Error).message);
    }
  }
  try {
    return { ip: requestAddress(d.ipam, poolId), prefixLen: subnet.prefix, poolId };
  } catch (err) {
    if (err instanceof IpamError) {
      throw new DaemonError(`no available IPv4 addresses on this network's address pools: ${nw.name} (${nw.id})`);
    }
    throw err;
  }
}

/** create an endpoint for container c on nw and plumb it into sandbox sb */
export function joinNetwork(e: Engine, c: Container, sb: Sandbox, nw: Network, cfg: EndpointConfig): Endpoint {
  const d = e.state.daemon;
  if (nw.configOnly) throw forbidden('cannot create endpoint on configuration-only network');
  if (c.macAddress && sb.endpoints.length === 0 && nw.driver === 'ipvlan') {
    throw forbidden('ipvlan interfaces do not support custom mac address assignment');
  }
  const { ip, prefixLen, poolId } = allocateIp(e, nw, cfg);
  const lowerLink = nw.driver !== 'host' && nw.driver !== 'null';
  const ep: Endpoint = {
    id: e.newId(),
    networkId: nw.id,
    containerId: c.id,
    sandboxId: sb.id,
    ip,
    prefixLen,
    gateway: '',
    mac: '',
    ifName: lowerLink ? `eth${sb.nextEth++}` : '',
    aliases: [],
    poolId,
  };
  if (nw.ipv6) {
    try {
      ep.ip6 = requestAddress6(d.ipam, nw.ipv6.poolId, cfg.ipamConfig?.IPv6Address || undefined);
      ep.prefixLen6 = nw.ipv6.prefixLen;
    } catch (err) {
      if (poolId && ip) releaseAddress(d.ipam, poolId, ip);
      throw new DaemonError((err as Error).message);
    }
  }
  const driver = getDriver(nw.driver)!;
  driver.createEndpoint(e, nw, ep);
  if (c.macAddress && sb.endpoints.length === 0 && lowerLink) ep.mac = parseMac(c.macAddress) ?? c.macAddress;
  driver.join(e, nw, ep, sb);
  if (isUserDefined(nw)) {
    const shortId = c.id.slice(0, 12);
    const aliases = [...(cfg.aliases ?? [])];
    if (!aliases.includes(shortId)) aliases.push(shortId);
    cfg.aliases = aliases;
    ep.aliases = aliases;
  } else if (cfg.viaConnect) {
    cfg.aliases ??= [];
  }
  cfg.networkId = nw.id;
  d.endpoints[ep.id] = ep;
  nw.endpoints.push(ep.id);
  sb.endpoints.push(ep.id);
  return ep;
}

export function leaveNetwork(e: Engine, ep: Endpoint): void {
  const d = e.state.daemon;
  const nw = d.networks[ep.networkId];
  const sb = d.sandboxes[ep.sandboxId];
  const c = d.containers[ep.containerId];
  if (sb.gatewayEndpoint === ep.id && c) revokePorts(e, c, ep);
  getDriver(nw.driver)!.leave(e, nw, ep, sb);
  if (ep.poolId && ep.ip) releaseAddress(d.ipam, ep.poolId, ep.ip);
  if (ep.ip6 && nw.ipv6) releaseAddress6(d.ipam, nw.ipv6.poolId, ep.ip6);
  nw.endpoints = nw.endpoints.filter((id) => id !== ep.id);
  sb.endpoints = sb.endpoints.filter((id) => id !== ep.id);
  if (sb.gatewayEndpoint === ep.id) sb.gatewayEndpoint = undefined;
  delete d.endpoints[ep.id];
}

/** libnetwork's endpoint order for choosing the gateway: non-internal first, then network name */
function gatewayOrder(e: Engine, a: Endpoint, b: Endpoint): number {
  const na = e.state.daemon.networks[a.networkId];
  const nb = e.state.daemon.networks[b.networkId];
  if (na.internal !== nb.internal) return na.internal ? 1 : -1;
  return na.name < nb.name ? -1 : na.name > nb.name ? 1 : 0;
}

/** re-elect the sandbox's gateway endpoint, move the default route and published ports with it */
export function updateGateway(e: Engine, c: Container, sb: Sandbox): void {
  const d = e.state.daemon;
  const eps = sb.endpoints.map((id) => d.endpoints[id]).filter((ep) => ep.ifName);
  const ordered = [...eps].sort((a, b) => gatewayOrder(e, a, b));
  // internal networks sort last but still provide a gateway when nothing else does
  const best = ordered[0];
  const bestId = best?.id;
  removeRoutes(sb.ns, (r) => r.dst === 'default');
  if (best) {
    const nw = d.networks[best.networkId];
    if (best.gateway) addRoute(sb.ns, { dst: 'default', via: best.gateway, dev: best.ifName });
    else if (nw.driver === 'ipvlan') addRoute(sb.ns, { dst: 'default', dev: best.ifName });
  }
  const v6 = ordered.find((ep) => ep.gateway6);
  if (v6) addRoute(sb.ns, { dst: 'default', via: v6.gateway6, dev: v6.ifName, family: 6, metric: 1024 });
  if (sb.gatewayEndpoint !== bestId) {
    const old = sb.gatewayEndpoint ? d.endpoints[sb.gatewayEndpoint] : undefined;
    if (old) revokePorts(e, c, old);
    sb.gatewayEndpoint = bestId;
    if (best) programPorts(e, c, best);
  }
}

function programPorts(e: Engine, c: Container, ep: Endpoint): void {
  const nw = e.state.daemon.networks[ep.networkId];
  getDriver(nw.driver)!.programExternalConnectivity?.(e, nw, ep, c);
}

function revokePorts(e: Engine, c: Container, ep: Endpoint): void {
  const nw = e.state.daemon.networks[ep.networkId];
  getDriver(nw.driver)!.revokeExternalConnectivity?.(e, nw, ep, c);
}
