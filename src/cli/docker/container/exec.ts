/** docker exec, docker logs, docker port */
import type { CommandDef } from '../command.ts';
import { flagBool, flagList } from '../flags.ts';
import { containerOrComplain, followOutput } from '../lookup.ts';
import { SHELLS, runInContainer } from '../../runtime/main-process.ts';
import { isExecutable } from '../../runtime/busybox-registry.ts';

export const containerExec: CommandDef = {
  path: 'docker exec',
  usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Run a command in a running container',
  args: { min: 2 },
  interspersed: false,
  flags: [
    { long: 'detach', short: 'd', kind: 'bool', help: 'Detached mode: run command in the background' },
    { long: 'detach-keys', kind: 'string', typeName: 'string', help: 'Override the key sequence for detaching a container' },
    { long: 'env', short: 'e', kind: 'list', typeName: 'list', help: 'Set environment variables' },
    { long: 'env-file', kind: 'list', typeName: 'list', help: 'Read in a file of environment variables' },
    { long: 'interactive', short: 'i', kind: 'bool', help: 'Keep STDIN open even if not attached' },
    { long: 'privileged', kind: 'bool', help: 'Give extended privileges to the command' },
    { long: 'tty', short: 't', kind: 'bool', help: 'Allocate a pseudo-TTY' },
    { long: 'user', short: 'u', kind: 'string', typeName: 'string', help: 'Username or UID (format: <name|uid>[:<group|gid>])' },
    { long: 'workdir', short: 'w', kind: 'string', typeName: 'string', help: 'Working directory inside the container' },
  ],
  async run(io, p) {
    const [term, ...argv] = p.args;
    const e = io.engine;
    const c = containerOrComplain(io, term);
    if (!c) return 1;
    if (c.state.status !== 'running') {
      io.err(`Error response from daemon: Container ${c.id} is not running\n`);
      return 1;
    }
    const tty = flagBool(p, 'tty');
    if (tty && flagBool(p, 'interactive') && !io.hooks) {
      io.err('the input device is not a TTY\n');
      return 1;
    }
    if (!isExecutable(argv[0])) {
      io.out(
        `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": executable file not found in $PATH: unknown\n`,
      );
      return 126;
    }
    if (io.hooks && flagBool(p, 'interactive') && argv.length === 1 && SHELLS.includes(argv[0])) {
      io.hooks.enterContainer(c.id, { main: false });
      return 0;
    }
    const extraEnv = flagList(p, 'env');
    const saved = c.config.env;
    c.config.env = [...saved, ...extraEnv];
    try {
      const detach = flagBool(p, 'detach');
      const status = await runInContainer(e, c, argv, {
        out: detach ? { write: () => {} } : io.ctx,
        foreground: !detach,
        sleep: (ms) => io.ctx.sleep(ms),
        interrupted: () => io.ctx.interrupted(),
        tty: flagBool(p, 'tty'),
        stdin: flagBool(p, 'interactive') ? io.ctx.stdin : undefined,
        exec: true,
      });
      return detach ? 0 : (status ?? 0);
    } finally {
      c.config.env = saved;
    }
  },
};

export const containerLogs: CommandDef = {
  path: 'docker logs',
  usage: '[OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  args: { exact: 1 },
  flags: [
    { long: 'details', kind: 'bool', help: 'Show extra details provided to logs' },
    { long: 'follow', short: 'f', kind: 'bool', help: 'Follow log output' },
    { long: 'since', kind: 'string', typeName: 'string', help: 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)' },
    { long: 'tail', short: 'n', kind: 'string', typeName: 'string', help: 'Number of lines to show from the end of the logs', default: 'all' },
    { long: 'timestamps', short: 't', kind: 'bool', help: 'Show timestamps' },
    { long: 'until', kind: 'string', typeName: 'string', help: 'Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)' },
  ],
  async run(io, p) {
    const c = containerOrComplain(io, p.args[0]);
    if (!c) return 1;
    io.out(c.logs);
    if (flagBool(p, 'follow')) await followOutput(io, c);
    return 0;
  },
};

export const containerPort: CommandDef = {
  path: 'docker port',
  usage: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
  short: 'List port mappings or a specific mapping for the container',
  args: { min: 1, max: 2 },
  flags: [],
  run(io, p) {
    const c = containerOrComplain(io, p.args[0]);
    if (!c) return 1;
    const ports = c.state.status === 'running' ? c.ports : {};
    const host = (ip: string, port: string) => `${ip}:${port}`;
    if (p.args[1]) {
      const [num, proto = 'tcp'] = p.args[1].split('/');
      const key = `${num}/${proto}`;
      const binds = ports[key];
      if (!binds?.length) {
        io.err(`Error: No public port '${key}' published for ${p.args[0]}\n`);
        return 1;
      }
      for (const b of binds) io.out(host(b.HostIp, b.HostPort) + '\n');
      return 0;
    }
    const ordered = Object.entries(ports).sort(([a], [b]) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));
    for (const [key, binds] of ordered) for (const b of binds) io.out(`${key} -> ${host(b.HostIp, b.HostPort)}\n`);
    return 0;
  },
};

export const containerAttach: CommandDef = {
  path: 'docker attach',
  usage: '[OPTIONS] CONTAINER',
  short: 'Attach local standard input, output, and error streams to a running container',
  args: { exact: 1 },
  flags: [
    { long: 'detach-keys', kind: 'string', typeName: 'string', help: 'Override the key sequence for detaching a container' },
    { long: 'no-stdin', kind: 'bool', help: 'Do not attach STDIN' },
    { long: 'sig-proxy', kind: 'bool', help: 'Proxy all received signals to the process', default: 'true' },
  ],
  async run(io, p) {
    const c = containerOrComplain(io, p.args[0]);
    if (!c) return 1;
    if (c.state.status !== 'running') {
      io.err('You cannot attach to a stopped container, start it first\n');
      return 1;
    }
    if (c.config.tty && !io.hooks) {
      io.err('the input device is not a TTY\n');
      return 1;
    }
    if (io.hooks && c.config.openStdin && c.args.length === 0 && SHELLS.includes(c.path)) {
      io.hooks.enterContainer(c.id, { main: true });
      return 0;
    }
    await followOutput(io, c);
    return c.state.status === 'running' ? 0 : c.state.exitCode;
  },
};
