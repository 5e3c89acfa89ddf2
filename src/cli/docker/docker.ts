/**
 * The `docker` command: top-level commands, management commands (`docker network ...`,
 * `docker container ...`) and the CLI's errors for unknown commands.
 */
import type { CommandContext } from '../../shell/types.ts';
import type { Engine } from '../../engine/engine.ts';
import type { CommandDef } from './command.ts';
import { runCommand } from './command.ts';
import type { CliIO, TerminalHooks } from './io.ts';
import { NETWORK_COMMANDS, NETWORK_GROUP_HELP } from './network/index.ts';
import { containerCreate, containerRun } from './container/run.ts';
import { containerRestart, containerRm, containerRename, containerStart, containerStop } from './container/lifecycle.ts';
import { containerPs } from './container/ps.ts';
import { containerInspect, dockerInspect } from './container/inspect.ts';
import { containerAttach, containerExec, containerLogs, containerPort } from './container/exec.ts';
import { imageList, imagePull } from './container/images.ts';
import { dockerInfo, dockerVersion } from './system.ts';
import { DaemonError } from '../../engine/daemon/errors.ts';

const TOP: Record<string, CommandDef> = {
  run: containerRun,
  create: containerCreate,
  start: containerStart,
  stop: containerStop,
  restart: containerRestart,
  rm: containerRm,
  rename: containerRename,
  ps: containerPs,
  inspect: dockerInspect,
  exec: containerExec,
  attach: containerAttach,
  logs: containerLogs,
  port: containerPort,
  pull: imagePull,
  images: imageList,
  version: dockerVersion,
  info: dockerInfo,
};

/** `docker container X` names the same commands (with ls as ps) */
const CONTAINER_SUB: Record<string, CommandDef> = {
  run: containerRun, create: containerCreate, start: containerStart, stop: containerStop, restart: containerRestart,
  rm: containerRm, rename: containerRename, ls: containerPs, list: containerPs, ps: containerPs, inspect: containerInspect,
  exec: containerExec, attach: containerAttach, logs: containerLogs, port: containerPort,
};

const IMAGE_SUB: Record<string, CommandDef> = { pull: imagePull, ls: imageList, list: imageList };

function withPath(def: CommandDef, path: string): CommandDef {
  return def.path === path ? def : { ...def, path };
}

export function dockerHandler(engine: Engine, hooks?: TerminalHooks) {
  return async (ctx: CommandContext): Promise<number> => {
    const io: CliIO = { engine, ctx, hooks, out: (t) => ctx.write(1, t), err: (t) => ctx.write(2, t) };
    const argv = ctx.argv.slice(1);
    try {
      return await dispatch(io, argv);
    } catch (err) {
      if (err instanceof DaemonError) {
        io.err(`Error response from daemon: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
  };
}

/** the command a docker argv names and how many words named it (for completion) */
export function lookupDockerCommand(words: string[]): { def?: CommandDef; used: number; subcommands: string[] } {
  const [cmd, sub] = words;
  const groups: Record<string, Record<string, CommandDef>> = { network: NETWORK_COMMANDS, container: CONTAINER_SUB, image: IMAGE_SUB };
  if (cmd === undefined) return { used: 0, subcommands: [...Object.keys(groups), ...Object.keys(TOP)].sort() };
  if (groups[cmd]) {
    const names = Object.keys(groups[cmd]).filter((n) => !['list', 'remove'].includes(n)).sort();
    if (sub === undefined) return { used: 1, subcommands: names };
    return { def: groups[cmd][sub], used: 2, subcommands: names };
  }
  return { def: TOP[cmd], used: 1, subcommands: [] };
}

async function dispatch(io: CliIO, argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === '--help' || cmd === '-h') {
    io.out(DOCKER_HELP);
    return 0;
  }
  if (cmd === '--version' || cmd === '-v') {
    io.out('Docker version 20.10.24+dfsg1, build 297e128\n');
    return 0;
  }
  if (cmd.startsWith('-')) {
    io.err(`unknown flag: ${cmd}\nSee 'docker --help'.\n`);
    return 125;
  }
  if (cmd === 'network') return group(io, rest, NETWORK_COMMANDS, 'docker network', NETWORK_GROUP_HELP);
  if (cmd === 'container') return group(io, rest, CONTAINER_SUB, 'docker container');
  if (cmd === 'image') return group(io, rest, IMAGE_SUB, 'docker image');
  if (NOT_SIMULATED[cmd]) {
    io.err(`${NOT_SIMULATED[cmd]}\n`);
    return 1;
  }
  const def = TOP[cmd];
  if (!def) {
    io.err(`docker: '${cmd}' is not a docker command.\nSee 'docker --help'\n`);
    return 1;
  }
  return runCommand(def, rest, io);
}

async function group(io: CliIO, argv: string[], subs: Record<string, CommandDef>, path: string, help?: string): Promise<number> {
  const [sub, ...rest] = argv;
  const groupHelp = help ?? `\nUsage:  ${path} COMMAND\n\nRun '${path} COMMAND --help' for more information on a command.\n`;
  if (sub === undefined || sub === '--help') {
    io.out(groupHelp);
    return 0;
  }
  const def = subs[sub];
  if (!def) {
    // cobra prints the group's usage for an unknown subcommand (exit 1, no error line)
    io.out(groupHelp);
    return 1;
  }
  return runCommand(withPath(def, `${path} ${def.path.split(' ').pop()}`.replace(/ ps$/, ' ls')), rest, io);
}

/** real docker commands this single-host simulator does not model yet: said plainly, never faked */
const NOT_SIMULATED: Record<string, string> = {
  swarm: 'docker swarm: swarm mode (several hosts) is not simulated on this single host yet.',
  service: 'docker service: swarm services are not simulated on this single host yet.',
  node: 'docker node: swarm nodes are not simulated on this single host yet.',
  plugin: 'docker plugin: installing plugins is not simulated; remote network drivers fail as on an engine without them.',
  build: 'docker build: building images is not simulated; the images busybox, alpine, nginx and redis are loaded.',
  compose: 'docker compose: Compose is not simulated on this host.',
  volume: 'docker volume: volumes are not simulated; this host teaches networking.',
  events: 'docker events: the event stream is not simulated; the terminal shows state changes in the topology view.',
};

const DOCKER_HELP = `
Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers

Management Commands:
  container   Manage containers
  image       Manage images
  network     Manage networks

Commands:
  attach      Attach local standard input, output, and error streams to a running container
  create      Create a new container
  exec        Run a command in a running container
  images      List images
  info        Display system-wide information
  inspect     Return low-level information on Docker objects
  logs        Fetch the logs of a container
  port        List port mappings or a specific mapping for the container
  ps          List containers
  pull        Pull an image or a repository from a registry
  rename      Rename a container
  restart     Restart one or more containers
  rm          Remove one or more containers
  run         Run a command in a new container
  start       Start one or more stopped containers
  stop        Stop one or more running containers
  version     Show the Docker version information

Run 'docker COMMAND --help' for more information on a command.
`;
