/** The container options of `docker run` and `docker create` (cli/command/container/opts.go, 20.10). */
import type { FlagSpec, ParsedFlags } from '../flags.ts';
import { flagBool, flagList, flagValue } from '../flags.ts';
import type { ContainerCreateRequest } from '../../../engine/daemon/container-ops.ts';
import type { PortBinding } from '../../../engine/model/container.ts';
import { parseExpose, parsePortSpec, PortSpecError } from './port-spec.ts';
import { parseMac } from '../../../engine/model/hardware-addr.ts';

const s = (long: string, help: string, short?: string, typeName = 'string'): FlagSpec => ({ long, short, kind: 'string', typeName, help });
const l = (long: string, help: string, short?: string, typeName = 'list'): FlagSpec => ({ long, short, kind: 'list', typeName, help });
const b = (long: string, help: string, short?: string): FlagSpec => ({ long, short, kind: 'bool', help });

/** options both run and create take; accepted ones that do not touch networking are recorded and ignored */
export const CONTAINER_FLAGS: FlagSpec[] = [
  l('add-host', 'Add a custom host-to-IP mapping (host:ip)'),
  l('attach', 'Attach to STDIN, STDOUT or STDERR', 'a'),
  l('cap-add', 'Add Linux capabilities'),
  l('cap-drop', 'Drop Linux capabilities'),
  s('cidfile', 'Write the container ID to the file'),
  s('cpus', 'Number of CPUs', undefined, 'decimal'),
  l('device', 'Add a host device to the container'),
  l('dns', 'Set custom DNS servers'),
  l('dns-option', 'Set DNS options'),
  { ...l('dns-opt', 'Set DNS options'), hidden: true },
  l('dns-search', 'Set custom DNS search domains'),
  s('domainname', 'Container NIS domain name'),
  s('entrypoint', 'Overwrite the default ENTRYPOINT of the image'),
  l('env', 'Set environment variables', 'e'),
  l('env-file', 'Read in a file of environment variables'),
  l('expose', 'Expose a port or a range of ports'),
  s('gpus', 'GPU devices to add to the container (\'all\' to pass all GPUs)', undefined, 'gpu-request'),
  s('hostname', 'Container host name', 'h'),
  b('init', 'Run an init inside the container that forwards signals and reaps processes'),
  b('interactive', 'Keep STDIN open even if not attached', 'i'),
  s('ip', 'IPv4 address (e.g., 172.30.100.104)'),
  s('ip6', 'IPv6 address (e.g., 2001:db8::33)'),
  s('ipc', 'IPC mode to use'),
  l('label', 'Set meta data on a container', 'l'),
  l('link', 'Add link to another container'),
  l('link-local-ip', 'Container IPv4/IPv6 link-local addresses'),
  s('log-driver', 'Logging driver for the container'),
  l('log-opt', 'Log driver options'),
  s('mac-address', 'Container MAC address (e.g., 92:d0:c6:0a:29:33)'),
  s('memory', 'Memory limit', 'm', 'bytes'),
  l('mount', 'Attach a filesystem mount to the container', undefined, 'mount'),
  s('name', 'Assign a name to the container'),
  { ...l('net', 'Connect a container to a network', undefined, 'network'), hidden: true },
  { ...l('net-alias', 'Add network-scoped alias for the container'), hidden: true },
  l('network', 'Connect a container to a network', undefined, 'network'),
  l('network-alias', 'Add network-scoped alias for the container'),
  s('pid', 'PID namespace to use'),
  s('platform', 'Set platform if server is multi-platform capable'),
  b('privileged', 'Give extended privileges to this container'),
  l('publish', "Publish a container's port(s) to the host", 'p'),
  b('publish-all', 'Publish all exposed ports to random ports', 'P'),
  s('pull', 'Pull image before running ("always"|"missing"|"never")'),
  b('read-only', "Mount the container's root filesystem as read only"),
  s('restart', 'Restart policy to apply when a container exits'),
  b('rm', 'Automatically remove the container when it exits'),
  s('stop-signal', 'Signal to stop a container'),
  { long: 'stop-timeout', kind: 'int', typeName: 'int', help: 'Timeout (in seconds) to stop a container' },
  l('tmpfs', 'Mount a tmpfs directory'),
  b('tty', 'Allocate a pseudo-TTY', 't'),
  l('ulimit', 'Ulimit options', undefined, 'ulimit'),
  s('user', 'Username or UID (format: <name|uid>[:<group|gid>])', 'u'),
  s('uts', 'UTS namespace to use'),
  l('volume', 'Bind mount a volume', 'v'),
  l('volumes-from', 'Mount volumes from the specified container(s)'),
  s('workdir', 'Working directory inside the container', 'w'),
];

export class OptionError extends Error {}

const isUserDefined = (n: string) => !['default', 'bridge', 'host', 'none'].includes(n) && !n.startsWith('container:');

/**
 * docker/cli 20.10 parseNetworkOpts: the first --network takes --network-alias and --link; aliases and
 * links need a user-defined network (with no --network they are left to the daemon, which drops aliases
 * and makes legacy links); a network twice, or user-defined mixed with predefined, is refused
 */
function checkNetworkFlags(networks: string[], aliases: string[], links: string[]): void {
  networks.forEach((n, i) => {
    if (!isUserDefined(n)) {
      if (i === 0 && aliases.length) throw new OptionError('network-scoped aliases are only supported for user-defined networks');
      if (i === 0 && links.length) throw new OptionError('links are only supported for user-defined networks');
    }
    if (networks.indexOf(n) !== i) throw new OptionError(`network "${n}" is specified multiple times`);
  });
  if (networks.some(isUserDefined) && networks.some((n) => !isUserDefined(n))) {
    throw new OptionError('conflicting options: cannot attach both user-defined and non-user-defined network-modes');
  }
}

/** turn parsed flags and `IMAGE [COMMAND] [ARG...]` into a create request, as the CLI does */
export function buildCreateRequest(p: ParsedFlags, detach: boolean): ContainerCreateRequest {
  const [image, ...cmd] = p.args;
  const portBindings: Record<string, PortBinding[]> = {};
  const exposed: string[] = [];
  try {
    for (const raw of flagList(p, 'publish')) {
      for (const m of parsePortSpec(raw)) {
        (portBindings[m.port] ??= []).push(m.binding);
        if (!exposed.includes(m.port)) exposed.push(m.port);
      }
    }
    for (const raw of flagList(p, 'expose')) for (const port of parseExpose(raw)) if (!exposed.includes(port)) exposed.push(port);
  } catch (err) {
    if (err instanceof PortSpecError) throw new OptionError(err.message);
    throw err;
  }
  const networks = [...flagList(p, 'network'), ...flagList(p, 'net')];
  const networkMode = networks[0] ?? 'default';
  const aliases = [...flagList(p, 'network-alias'), ...flagList(p, 'net-alias')];
  checkNetworkFlags(networks, aliases, flagList(p, 'link'));
  const mac = flagValue(p, 'mac-address');
  if (mac !== undefined && mac !== '' && !parseMac(mac)) throw new OptionError(`${mac} is not a valid mac address`);
  const interactive = flagBool(p, 'interactive');
  const attach = detach
    ? { stdin: false, stdout: false, stderr: false }
    : { stdin: interactive, stdout: true, stderr: true };
  const entrypoint = flagValue(p, 'entrypoint');
  const ip = flagValue(p, 'ip');
  return {
    name: flagValue(p, 'name'),
    image,
    cmd,
    entrypoint: entrypoint === undefined ? undefined : entrypoint === '' ? [] : [entrypoint],
    tty: flagBool(p, 'tty'),
    openStdin: interactive,
    env: flagList(p, 'env').map((e) => (e.includes('=') ? e : e)),
    hostname: flagValue(p, 'hostname'),
    domainname: flagValue(p, 'domainname'),
    exposedPorts: exposed,
    networkMode,
    networks,
    portBindings,
    publishAllPorts: flagBool(p, 'publish-all'),
    dns: flagList(p, 'dns'),
    dnsSearch: flagList(p, 'dns-search'),
    dnsOptions: [...flagList(p, 'dns-option'), ...flagList(p, 'dns-opt')],
    extraHosts: flagList(p, 'add-host'),
    links: flagList(p, 'link'),
    autoRemove: flagBool(p, 'rm'),
    restart: flagValue(p, 'restart'),
    attach,
    endpoint: ip !== undefined || aliases.length ? { ipv4: ip, aliases } : undefined,
    macAddress: mac,
    utsMode: flagValue(p, 'uts'),
  };
}
