/** Container lifecycle of the daemon API: create, start, stop, remove, rename, connect, disconnect. */
import type { Engine } from '../engine.ts';
import type { Container, EndpointConfig, PortBinding } from '../model/container.ts';
import type { Sandbox } from '../model/sandbox.ts';
import type { Network } from '../model/network.ts';
import { ZERO_TIME } from '../determinism/clock.ts';
import { catalogueImage, normalizeRef } from '../images/catalogue.ts';
import { loopback } from '../host/netns-ops.ts';
import { isIPv4 } from '../ipam/ipv4.ts';
import { DaemonError, conflict, forbidden, invalid, notFound } from './errors.ts';
import { findNetwork } from './network-ops.ts';
import { isUserDefined, joinNetwork, leaveNetwork, updateGateway } from './endpoint-ops.ts';
import { buildHosts, buildResolvConf, hostNames } from '../dns/container-files.ts';
import { linkEntries } from './links.ts';

export interface ContainerCreateRequest {
  name?: string;
  image: string;
  /** arguments after the image (override CMD) */
  cmd: string[];
  entrypoint?: string[];
  tty: boolean;
  openStdin: boolean;
  env: string[];
  hostname?: string;
  domainname?: string;
  exposedPorts: string[];
  networkMode: string;
  /** every --network given (the first is networkMode); API 1.41 takes one endpoint config at create */
  networks?: string[];
  portBindings: Record<string, PortBinding[]>;
  publishAllPorts: boolean;
  dns: string[];
  dnsSearch: string[];
  dnsOptions: string[];
  extraHosts: string[];
  links: string[];
  autoRemove: boolean;
  restart?: string;
  attach?: { stdin: boolean; stdout: boolean; stderr: boolean };
  macAddress?: string;
  utsMode?: string;
  /** endpoint settings for the network of networkMode (--ip, --network-alias) */
  endpoint?: { ipv4?: string; aliases?: string[] };
}

const NAME_RE = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** by full ID, by name, then by unique ID prefix (daemon.GetContainer) */
export function findContainer(e: Engine, term: string): Container | undefined {
  const d = e.state.daemon;
  if (d.containers[term]) return d.containers[term];
  const byName = d.names[term.replace(/^\//, '')];
  if (byName) return d.containers[byName];
  if (!term) return undefined;
  const matches = d.containerOrder.filter((id) => id.startsWith(term));
  if (matches.length > 1) throw invalid(`multiple IDs found with provided prefix: ${term}`);
  return matches.length ? d.containers[matches[0]] : undefined;
}

export function getContainer(e: Engine, term: string): Container {
  const c = findContainer(e, term);
  if (!c) throw notFound(`No such container: ${term}`);
  return c;
}

/** runconfig's network-mode checks, in the engine's order */
function validateNetworkMode(req: ContainerCreateRequest): void {
  const container = req.networkMode.startsWith('container:');
  const host = req.networkMode === 'host';
  if (container && req.hostname) throw invalid('conflicting options: hostname and the network mode');
  if (container && req.links.length) {
    throw invalid("conflicting options: container type network can't be used with links. This would result in undefined behavior");
  }
  if (container && req.dns.length) throw invalid('conflicting options: dns and the network mode');
  if (container && req.extraHosts.length) throw invalid('conflicting options: custom host-to-IP mapping and the network mode');
  if ((container || host) && req.macAddress) throw invalid('conflicting options: mac-address and the network mode');
  if (container && (Object.keys(req.portBindings).length || req.publishAllPorts)) {
    throw invalid('conflicting options: port publishing and the container type network mode');
  }
  if (container && req.exposedPorts.length) throw invalid('conflicting options: port exposing and the container type network mode');
  if (req.utsMode === 'host' && req.hostname) throw invalid('conflicting options: hostname and the UTS mode');
  if (host && req.links.length) {
    throw invalid("conflicting options: host type networking can't be used with links. This would result in undefined behavior");
  }
}

export function createContainer(e: Engine, req: ContainerCreateRequest): { container: Container; warnings: string[] } {
  const d = e.state.daemon;
  const warnings: string[] = [];
  const image = d.images.find((i) => i.repoTags.includes(normalizeRef(req.image)));
  if (!image) throw notFound(`No such image: ${req.image}`);
  validateNetworkMode(req);
  if ((req.networks?.length ?? 0) > 1) {
    // the daemon lists its EndpointsConfig map, whose order Go leaves random; ours is the flags' order
    throw invalid(`Container cannot be connected to network endpoints: ${req.networks!.join(', ')}`);
  }
  if (req.endpoint?.ipv4 !== undefined && !isIPv4(req.endpoint.ipv4)) {
    throw invalid(`invalid IPv4 address: ${req.endpoint.ipv4}`);
  }
  if (req.name !== undefined) {
    if (!NAME_RE.test(req.name)) {
      throw invalid(`Invalid container name (${req.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
    }
    const owner = findByName(e, req.name);
    if (owner) {
      throw conflict(
        `Conflict. The container name "/${req.name}" is already in use by container "${owner.id}". You have to remove (or rename) that container to be able to reuse that name.`,
      );
    }
  }
  const mode = req.networkMode || 'default';
  if (req.autoRemove && req.restart && req.restart !== 'no') {
    throw invalid('Conflicting options: --restart and --rm');
  }
  if (mode === 'host' && (Object.keys(req.portBindings).length || req.publishAllPorts)) {
    warnings.push('Published ports are discarded when using host network mode');
  }
  const net = mode === 'default' ? 'bridge' : mode;
  // links name existing containers (checked now); on user-defined networks they become endpoint links
  for (const spec of req.links) {
    const target = spec.split(':')[0];
    if (!findContainer(e, target)) throw notFound(`could not get container for ${target}: No such container: ${target}`);
  }
  const userNet = !['default', 'bridge', 'host', 'none'].includes(mode) && !mode.startsWith('container:');
  const id = e.newId();
  const ep = req.endpoint;
  const networks: Record<string, EndpointConfig> = {};
  if (!mode.startsWith('container:')) {
    networks[net] = {
      ipamConfig: ep?.ipv4 && mode !== 'default' ? { IPv4Address: ep.ipv4 } : null,
      aliases: ep?.aliases?.length && userNet ? [...ep.aliases] : null,
      links: userNet && req.links.length ? req.links.map((l) => (l.includes(':') ? l : `${l}:${l}`)) : null,
      viaConnect: false,
    };
  }
  const entrypoint = req.entrypoint ?? image.config.entrypoint;
  const cmd = req.cmd.length ? req.cmd : req.entrypoint ? [] : (image.config.cmd ?? []);
  const argv = [...(entrypoint ?? []), ...cmd];
  const exposed = [...new Set([...image.config.exposedPorts, ...req.exposedPorts])];
  const c: Container = {
    id,
    name: req.name ?? generateName(e),
    created: e.timestamp(),
    createdMs: e.now(),
    image: req.image,
    imageId: image.id,
    path: argv[0] ?? '',
    args: argv.slice(1),
    config: {
      hostname: mode === 'host' && !req.hostname ? e.state.host.hostname : (req.hostname ?? id.slice(0, 12)),
      domainname: req.domainname ?? '',
      tty: req.tty,
      openStdin: req.openStdin,
      env: [...image.config.env, ...req.env],
      cmd: cmd.length ? cmd : null,
      entrypoint: entrypoint ?? null,
      exposedPorts: exposed,
      workingDir: image.config.workingDir,
      labels: {},
    },
    hostConfig: {
      networkMode: mode,
      // kept as asked even in host mode (only NetworkSettings.Ports stays empty), as 84-run-network-flags shows
      portBindings: req.portBindings,
      publishAllPorts: req.publishAllPorts,
      dns: req.dns,
      dnsSearch: req.dnsSearch,
      dnsOptions: req.dnsOptions,
      extraHosts: req.extraHosts.length ? req.extraHosts : null,
      links: !userNet && req.links.length ? req.links.map((l) => legacyLink(l, req.name)) : null,
      autoRemove: req.autoRemove,
      restartPolicy: parseRestart(req.restart),
    },
    state: {
      status: 'created', pid: 0, exitCode: 0, startedAt: ZERO_TIME, finishedAt: ZERO_TIME, startedMs: 0, finishedMs: 0,
    },
    networks,
    ports: {},
    files: {},
    logs: '',
    longRunning: false,
    attach: req.attach ?? { stdin: false, stdout: false, stderr: false },
    macAddress: req.macAddress,
    layerId: e.newId(),
    imageLayerId: e.newId(),
  };
  if (mode.startsWith('container:')) c.hostConfig.portBindings = {};
  d.containers[id] = c;
  d.names[c.name] = id;
  d.containerOrder.push(id);
  return { container: c, warnings };
}

/** --restart no|always|unless-stopped|on-failure[:N] */
function parseRestart(spec: string | undefined): { Name: string; MaximumRetryCount: number } {
  if (!spec) return { Name: 'no', MaximumRetryCount: 0 };
  const [name, count] = spec.split(':');
  if (!['no', 'always', 'unless-stopped', 'on-failure'].includes(name)) throw invalid(`invalid restart policy '${name}'`);
  if (count !== undefined && name !== 'on-failure') throw invalid(`maximum retry count cannot be used with restart policy '${name}'`);
  return { Name: name, MaximumRetryCount: count ? Number(count) : 0 };
}

/** HostConfig.Links form: /target:/container/alias */
function legacyLink(spec: string, name: string | undefined): string {
  const [target, alias = target] = spec.split(':');
  return `/${target.replace(/^\//, '')}:/${name ?? ''}/${alias.replace(/^\//, '')}`;
}

function findByName(e: Engine, name: string): Container | undefined {
  const d = e.state.daemon;
  const id = Object.prototype.hasOwnProperty.call(d.names, name.replace(/^\//, '')) ? d.names[name.replace(/^\//, '')] : undefined;
  return id ? d.containers[id] : undefined;
}

const ADJ = ['admiring', 'brave', 'clever', 'eager', 'focused', 'gallant', 'happy', 'jolly', 'keen', 'nifty', 'quirky', 'vibrant'];
const NOUN = ['turing', 'hopper', 'lovelace', 'ritchie', 'torvalds', 'wozniak', 'curie', 'noether', 'kepler', 'babbage'];

/** Docker's namesgenerator: adjective_surname */
function generateName(e: Engine): string {
  for (;;) {
    const n = `${ADJ[Math.floor(e.float() * ADJ.length)]}_${NOUN[Math.floor(e.float() * NOUN.length)]}`;
    if (!findByName(e, n)) return n;
  }
}

function newSandbox(e: Engine, c: Container): Sandbox {
  const id = e.newId();
  const sb: Sandbox = {
    id,
    key: `/var/run/docker/netns/${id.slice(0, 12)}`,
    containerId: c.id,
    hostMode: false,
    ns: { links: [loopback()], routes: [] },
    endpoints: [],
    nextEth: 0,
    netnsId: e.nextNetnsId(),
    listeners: [],
    dnsTcpPort: 32768 + Math.floor(e.float() * 28000),
  };
  e.state.daemon.sandboxes[id] = sb;
  return sb;
}

function hostSandbox(e: Engine, c: Container): Sandbox {
  const id = e.newId();
  const sb: Sandbox = {
    id, key: '/var/run/docker/netns/default', containerId: c.id, hostMode: true,
    ns: { links: [], routes: [] }, endpoints: [], nextEth: 0, netnsId: 0, listeners: [], dnsTcpPort: 0,
  };
  e.state.daemon.sandboxes[id] = sb;
  return sb;
}

/** start: build the sandbox, join every network, publish ports, write the container's files */
export function startContainer(e: Engine, c: Container): void {
  const d = e.state.daemon;
  if (c.state.status === 'running') return;
  const mode = c.hostConfig.networkMode;
  let sb: Sandbox;
  if (mode.startsWith('container:')) {
    const ref = mode.slice('container:'.length);
    const other = findContainer(e, ref);
    if (!other) throw notFound(`No such container: ${ref}`);
    if (other.id === c.id) throw invalid('cannot join own network namespace');
    if (other.state.status !== 'running' || !other.sandboxId) {
      throw conflict(`cannot join network of a non running container: ${other.id}`);
    }
    c.hostConfig.networkMode = `container:${other.id}`;
    c.sandboxId = other.sandboxId;
    c.config.hostname = other.config.hostname;
  } else {
    sb = mode === 'host' ? hostSandbox(e, c) : newSandbox(e, c);
    c.sandboxId = sb.id;
    try {
      const linkLines = linkEntries(e, c);
      for (const [name, cfg] of Object.entries(c.networks)) {
        // once attached, the daemon remembers the network by ID: a re-created namesake is another network
        const ref = name === 'bridge' ? 'bridge' : (cfg.networkId ?? name);
        const nw = ref === 'bridge' ? findNetwork(e, 'bridge') : (e.state.daemon.networks[ref] ?? (ref === name ? findNetwork(e, name) : undefined));
        if (!nw) {
          // a container that ran before records the failed start (exit 128); a new one stays Created
          if (c.state.status !== 'created') {
            c.state = { ...c.state, status: 'exited', exitCode: 128, finishedAt: e.timestamp(), finishedMs: e.now() };
          }
          throw notFound(`network ${ref} not found`);
        }
        joinNetwork(e, c, sb, nw, cfg);
      }
      updateGateway(e, c, sb);
      c.files['/etc/hosts'] = buildHosts(e, c, sb, linkLines);
      c.files['/etc/resolv.conf'] = buildResolvConf(e, c, sb);
    } catch (err) {
      teardownSandbox(e, c);
      throw err;
    }
  }
  c.files['/etc/hostname'] = c.config.hostname + '\n';
  if (mode.startsWith('container:')) {
    const owner = d.containers[d.sandboxes[c.sandboxId!].containerId];
    c.files['/etc/hosts'] = owner.files['/etc/hosts'];
    c.files['/etc/resolv.conf'] = owner.files['/etc/resolv.conf'];
  }
  c.procs = [{ pid: 1, args: [c.path, ...c.args].join(' ') }];
  c.state = {
    ...c.state,
    status: 'running',
    pid: d.nextPid++,
    exitCode: 0,
    startedAt: e.timestamp(),
    startedMs: e.now(),
  };
}

function teardownSandbox(e: Engine, c: Container): void {
  const d = e.state.daemon;
  const sb = c.sandboxId ? d.sandboxes[c.sandboxId] : undefined;
  if (sb && sb.containerId === c.id) {
    for (const epId of [...sb.endpoints].reverse()) leaveNetwork(e, d.endpoints[epId]);
    delete d.sandboxes[sb.id];
  }
  c.sandboxId = undefined;
  c.ports = {};
}

/** the main process ended (or was killed): release the network */
export function markExited(e: Engine, c: Container, exitCode: number): void {
  if (c.state.status !== 'running') return;
  teardownSandbox(e, c);
  c.state = { ...c.state, status: 'exited', pid: 0, exitCode, finishedAt: e.timestamp(), finishedMs: e.now() };
  c.longRunning = false;
  if (c.hostConfig.autoRemove) removeContainerRecord(e, c);
}

export function stopContainer(e: Engine, c: Container): void {
  if (c.state.status !== 'running') return;
  const image = catalogueImage(c.image);
  // busybox as PID 1 ignores SIGTERM, so docker stop kills it after the timeout (137)
  const handles = image?.config.stopSignal !== undefined || c.image.startsWith('redis');
  markExited(e, c, handles ? 0 : 137);
}

export function removeContainerRecord(e: Engine, c: Container): void {
  const d = e.state.daemon;
  delete d.containers[c.id];
  if (d.names[c.name] === c.id) delete d.names[c.name];
  const i = d.containerOrder.lastIndexOf(c.id);
  if (i >= 0) d.containerOrder.splice(i, 1);
}

export function removeContainer(e: Engine, c: Container, force: boolean): void {
  if (c.state.status === 'running') {
    if (!force) {
      throw conflict(
        `You cannot remove a running container ${c.id}. Stop the container before attempting removal or force remove`,
      );
    }
    const auto = c.hostConfig.autoRemove;
    c.hostConfig.autoRemove = false;
    markExited(e, c, 137);
    c.hostConfig.autoRemove = auto;
  }
  removeContainerRecord(e, c);
}

export function renameContainer(e: Engine, c: Container, newName: string): void {
  if (!NAME_RE.test(newName)) {
    throw invalid(`Invalid container name (${newName}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  }
  const owner = findByName(e, newName);
  if (owner) {
    throw conflict(
      `Error when allocating new name: Conflict. The container name "/${newName}" is already in use by container "${owner.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
  }
  const old = c.name;
  delete e.state.daemon.names[old];
  c.name = newName.replace(/^\//, '');
  e.state.daemon.names[c.name] = c.id;
  // links follow the renamed container, as the daemon's link graph does
  for (const other of Object.values(e.state.daemon.containers)) {
    const links = other.hostConfig.links;
    if (!links) continue;
    other.hostConfig.links = links.map((l) => {
      const [target, path] = l.split(':');
      const t = target === `/${old}` ? `/${c.name}` : target;
      const p = other.id === c.id ? path.replace(/^\/[^/]*\//, `/${c.name}/`) : path;
      return `${t}:${p}`;
    });
  }
}

export { DaemonError };
