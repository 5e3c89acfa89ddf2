/**
 * Tab completion as bash-completion for docker offers it: commands, docker subcommands and flags,
 * container names and IDs, network names, images. Quoting is ignored: words split on spaces.
 */
import type { Engine } from '../../engine/engine.ts';
import { lookupDockerCommand } from '../docker/docker.ts';
import { APPLETS } from '../runtime/busybox-registry.ts';

export interface Completion {
  /** index in the line where the word being completed starts */
  from: number;
  /** full replacements for that word, sorted */
  candidates: string[];
}

const HOST_COMMANDS = [
  'docker', 'ip', 'ping', 'curl', 'brctl', 'bridge', 'iptables', 'sysctl', 'ifconfig', 'route', 'netstat', 'hostname',
  'cat', 'echo', 'grep', 'head', 'tail', 'wc', 'sort', 'uniq', 'cut', 'tr', 'awk', 'sleep', 'clear', 'history', 'help',
  'exit', 'export', 'true', 'false', 'cd', 'pwd',
];

const CONTAINER_CMDS = ['start', 'stop', 'restart', 'rm', 'exec', 'logs', 'port', 'inspect', 'attach', 'rename'];
const NETWORK_CMDS = ['connect', 'disconnect', 'inspect', 'rm'];
const IMAGE_CMDS = ['run', 'create', 'pull'];
const NETWORK_FLAGS = ['--network', '--net'];

function containers(e: Engine, runningOnly: boolean): string[] {
  return Object.values(e.state.daemon.containers)
    .filter((c) => !runningOnly || c.state.status === 'running')
    .map((c) => c.name);
}

function networks(e: Engine): string[] {
  return Object.values(e.state.daemon.networks).map((n) => n.name);
}

function images(e: Engine): string[] {
  return e.state.daemon.images.flatMap((i) => i.repoTags.map((t) => t.replace(/:latest$/, '')));
}

export function completeLine(e: Engine, line: string, cursor: number, where: 'host' | 'container'): Completion {
  const before = line.slice(0, cursor);
  const from = before.search(/\S*$/);
  const word = before.slice(from);
  const words = before.slice(0, from).trim().split(/\s+/).filter(Boolean);
  const pick = (list: string[]) => ({ from, candidates: [...new Set(list)].filter((c) => c.startsWith(word)).sort() });
  // the command word, also after a pipe or list operator
  const last = words[words.length - 1];
  if (words.length === 0 || ['|', '&&', '||', ';'].includes(last)) {
    return pick(where === 'host' ? HOST_COMMANDS : APPLETS);
  }
  if (words[0] !== 'docker' || where !== 'host') return { from, candidates: [] };
  const rest = words.slice(1);
  const found = lookupDockerCommand(rest);
  if (!found.def) return pick(found.subcommands);
  const name = found.def.path.split(' ').pop()!;
  if (word.startsWith('-')) {
    return pick(found.def.flags.filter((f) => !f.hidden).flatMap((f) => [`--${f.long}`, ...(f.short ? [`-${f.short}`] : [])]));
  }
  if (NETWORK_FLAGS.includes(last)) return pick([...networks(e), 'host', 'none', 'bridge'].concat(containers(e, true).map((c) => `container:${c}`)));
  const args = rest.slice(found.used).filter((w) => !w.startsWith('-'));
  const group = rest[0];
  if (group === 'network' && NETWORK_CMDS.includes(name)) {
    if ((name === 'connect' || name === 'disconnect') && args.length >= 1) return pick(containers(e, false));
    return pick(networks(e));
  }
  if (IMAGE_CMDS.includes(name) && args.length === 0) return pick(images(e));
  if (CONTAINER_CMDS.includes(name) || name === 'ls' || name === 'ps') {
    const running = ['exec', 'attach', 'stop', 'restart', 'port'].includes(name);
    if (name === 'exec' && args.length >= 1) return pick(['sh', 'ping', 'ip', 'nslookup', 'cat', 'hostname', 'wget']);
    return pick(containers(e, running));
  }
  if (name === 'inspect' && group !== 'network') return pick([...containers(e, false), ...networks(e)]);
  return { from, candidates: [] };
}
