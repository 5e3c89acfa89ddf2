/** docker network connect / disconnect: joining and leaving networks of created and running containers. */
import type { Engine } from '../engine.ts';
import type { Container, EndpointConfig } from '../model/container.ts';
import type { Network } from '../model/network.ts';
import { forbidden } from './errors.ts';
import { isUserDefined, joinNetwork, leaveNetwork, updateGateway } from './endpoint-ops.ts';
import { buildResolvConf, hostNames } from '../dns/container-files.ts';

export interface ConnectOptions {
  ipv4?: string;
  aliases?: string[];
  links?: string[];
}

const SHARED = 'container sharing network namespace with another container or host cannot be connected to any other network';
const HOST = 'container cannot be disconnected from host network or connected to host network';
const NONE = 'container cannot be connected to multiple networks with one of the networks in private (none) mode';

export function connectContainer(e: Engine, nw: Network, c: Container, opts: ConnectOptions): void {
  const d = e.state.daemon;
  const mode = c.hostConfig.networkMode;
  // the checks in 20.10's order: connectToNetwork, updateNetworkConfig, validateNetworkingConfig,
  // updateNetworkSettings (its loop over the networks the container is on), then CreateEndpoint
  if (mode.startsWith('container:')) throw forbidden(SHARED);
  if (opts.ipv4 && !isUserDefined(nw)) throw forbidden(e.profile.errors.staticIpOnDefault(nw.name));
  if (opts.aliases?.length && !isUserDefined(nw)) {
    throw forbidden('network-scoped alias is supported only for containers in user defined networks');
  }
  if (opts.ipv4 && !nw.userSubnet) throw forbidden(e.profile.errors.staticIpWithoutSubnet);
  if (nw.driver === 'host' && mode !== 'host') throw forbidden(HOST);
  for (const name of Object.keys(c.networks)) {
    const on = Object.values(d.networks).find((n) => n.name === name);
    if (!on || on.id === nw.id) continue;
    if (on.driver === 'host' || nw.driver === 'host') throw forbidden(SHARED);
    if (on.driver === 'null' || nw.driver === 'null') throw forbidden(NONE);
  }
  const key = nw.name;
  const cfg: EndpointConfig = {
    ipamConfig: opts.ipv4 ? { IPv4Address: opts.ipv4 } : {},
    aliases: opts.aliases?.length ? [...opts.aliases] : null,
    links: opts.links?.length ? opts.links : null,
    viaConnect: true,
  };
  if (c.state.status !== 'running') {
    if (c.networks[key]) throw forbidden(`endpoint with name ${c.name} already exists in network ${nw.name}`);
    if (isUserDefined(nw)) cfg.aliases = [...(cfg.aliases ?? []), c.id.slice(0, 12)];
    c.networks[key] = cfg;
    return;
  }
  const sb = d.sandboxes[c.sandboxId!];
  if (sb.endpoints.some((id) => d.endpoints[id].networkId === nw.id)) {
    throw forbidden(`endpoint with name ${c.name} already exists in network ${nw.name}`);
  }
  let ep;
  try {
    ep = joinNetwork(e, c, sb, nw, cfg);
  } catch (err) {
    // 20.10 records the network in the container's settings before libnetwork fails (and keeps it)
    c.networks[key] = cfg;
    throw err;
  }
  c.networks[key] = cfg;
  updateGateway(e, c, sb);
  if (ep.ip && c.files['/etc/hosts']) c.files['/etc/hosts'] += `${ep.ip}\t${hostNames(c)}\n`;
  // the first user-defined network starts the embedded DNS server for the sandbox (libnetwork rebuildDNS)
  const resolv = buildResolvConf(e, c, sb);
  if (resolv.includes('127.0.0.11') && !c.files['/etc/resolv.conf']?.includes('127.0.0.11')) c.files['/etc/resolv.conf'] = resolv;
}

export function disconnectContainer(e: Engine, nw: Network, c: Container): void {
  const d = e.state.daemon;
  if (c.hostConfig.networkMode === 'host' || nw.driver === 'host') {
    throw forbidden(HOST);
  }
  if (c.state.status !== 'running') {
    if (!c.networks[nw.name]) throw forbidden(`container ${c.id} is not connected to the network ${nw.name}`);
    delete c.networks[nw.name];
    return;
  }
  const sb = d.sandboxes[c.sandboxId!];
  const epId = sb?.endpoints.find((id) => d.endpoints[id].networkId === nw.id);
  if (!epId) throw forbidden(`container ${c.id} is not connected to network ${nw.name}`);
  leaveNetwork(e, d.endpoints[epId]);
  delete c.networks[nw.name];
  updateGateway(e, c, sb);
  // libnetwork deletes the container's hosts entries by name: every line naming it goes
  const names = hostNames(c);
  if (c.files['/etc/hosts']) c.files['/etc/hosts'] = c.files['/etc/hosts'].split('\n').filter((l) => !l.endsWith(`\t${names}`)).join('\n');
}

