/** docker network: the management command and its subcommands */
import type { CommandDef } from '../command.ts';
import { networkConnect, networkDisconnect } from './connect.ts';
import { networkCreate } from './create.ts';
import { networkInspect } from './inspect.ts';
import { networkLs } from './ls.ts';
import { networkPrune, networkRm } from './rm.ts';

export const NETWORK_COMMANDS: Record<string, CommandDef> = {
  connect: networkConnect,
  create: networkCreate,
  disconnect: networkDisconnect,
  inspect: networkInspect,
  ls: networkLs,
  list: networkLs,
  prune: networkPrune,
  rm: networkRm,
  remove: networkRm,
};

export const NETWORK_GROUP_HELP = `
Usage:  docker network COMMAND

Manage networks

Commands:
  connect     Connect a container to a network
  create      Create a network
  disconnect  Disconnect a container from a network
  inspect     Display detailed information on one or more networks
  ls          List networks
  prune       Remove all unused networks
  rm          Remove one or more networks

Run 'docker network COMMAND --help' for more information on a command.
`;
