/** docker network connect, docker network disconnect */
import type { CommandDef } from '../command.ts';
import { flagList, flagValue } from '../flags.ts';
import { connectContainer, disconnectContainer } from '../../../engine/daemon/connect-ops.ts';
import { containerAndNetwork } from '../lookup.ts';
import { isIPv4 } from '../../../engine/ipam/ipv4.ts';
import { daemonError } from '../errors.ts';
import { DaemonError } from '../../../engine/daemon/errors.ts';

export const networkConnect: CommandDef = {
  path: 'docker network connect',
  usage: '[OPTIONS] NETWORK CONTAINER',
  short: 'Connect a container to a network',
  args: { exact: 2 },
  flags: [
    { long: 'alias', kind: 'list', typeName: 'strings', help: 'Add network-scoped alias for the container' },
    { long: 'driver-opt', kind: 'list', typeName: 'strings', help: 'driver options for the network' },
    { long: 'ip', kind: 'string', typeName: 'string', help: 'IPv4 address (e.g., 172.30.100.104)' },
    { long: 'ip6', kind: 'string', typeName: 'string', help: 'IPv6 address (e.g., 2001:db8::33)' },
    { long: 'link', kind: 'list', typeName: 'list', help: 'Add link to another container' },
    { long: 'link-local-ip', kind: 'list', typeName: 'strings', help: 'Add a link-local address for the container' },
  ],
  run(io, p) {
    const [netTerm, ctrTerm] = p.args;
    try {
      const { c, nw } = containerAndNetwork(io, netTerm, ctrTerm);
      const ip = flagValue(p, 'ip');
      if (ip !== undefined && !isIPv4(ip)) throw new DaemonError(`invalid IPv4 address: ${ip}`);
      connectContainer(io.engine, nw, c, {
        ipv4: ip,
        aliases: flagList(p, 'alias').flatMap((a) => a.split(',')),
        links: flagList(p, 'link'),
      });
      return 0;
    } catch (err) {
      return daemonError(io, err);
    }
  },
};

export const networkDisconnect: CommandDef = {
  path: 'docker network disconnect',
  usage: '[OPTIONS] NETWORK CONTAINER',
  short: 'Disconnect a container from a network',
  args: { exact: 2 },
  flags: [{ long: 'force', short: 'f', kind: 'bool', help: 'Force the container to disconnect from a network' }],
  run(io, p) {
    const [netTerm, ctrTerm] = p.args;
    try {
      const { c, nw } = containerAndNetwork(io, netTerm, ctrTerm);
      disconnectContainer(io.engine, nw, c);
      return 0;
    } catch (err) {
      return daemonError(io, err);
    }
  },
};
