/**
 * Containers' processes: the main process started by `docker run`/`docker start` and the ones
 * `docker exec` adds. Each runs in the container's busybox shell; a command that would run forever
 * (httpd -f, sleep 300, an interactive ash) leaves the container running.
 */
import type { CliIO } from '../docker/io.ts';
import type { Container } from '../../engine/model/container.ts';
import type { OutputSink } from '../../shell/types.ts';
import { Shell } from '../../shell/shell.ts';
import { markExited, removeContainerRecord, startContainer } from '../../engine/daemon/container-ops.ts';
import { DaemonError } from '../../engine/daemon/errors.ts';
import { linkEnv } from '../../engine/daemon/links.ts';
import { containerFs } from './container-fs.ts';
import { processClock } from './process-clock.ts';
import { busyboxRegistry, isExecutable } from './busybox-registry.ts';
import type { Engine } from '../../engine/engine.ts';

export const SHELLS = ['sh', 'ash', '/bin/sh', '/bin/ash'];

/** is the container's main process a bare shell (what `run -it` and `attach` turn into a prompt)? */
export function isShellCommand(io: CliIO, id: string): boolean {
  const c = io.engine.state.daemon.containers[id];
  return !!c && c.args.length === 0 && SHELLS.includes(c.path);
}

/** sh-quote argv so the shell sees the same words again */
export function quoteArgv(argv: string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** the environment of a process in the container, in the order runc hands it over */
export function processEnv(e: Engine, c: Container, tty: boolean): Record<string, string> {
  const env: [string, string][] = [];
  const set = (kv: string) => {
    const eq = kv.indexOf('=');
    const k = eq < 0 ? kv : kv.slice(0, eq);
    const v = eq < 0 ? '' : kv.slice(eq + 1);
    const i = env.findIndex(([x]) => x === k);
    if (i >= 0) env[i] = [k, v];
    else env.push([k, v]);
  };
  set('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
  set(`HOSTNAME=${c.config.hostname}`);
  if (tty) set('TERM=xterm');
  for (const kv of linkEnv(e, c)) set(kv);
  for (const kv of c.config.env) set(kv);
  if (!env.some(([k]) => k === 'HOME')) set('HOME=/');
  return Object.fromEntries(env);
}

export interface ProcessOptions {
  out: OutputSink;
  /** foreground: sleep and interrupt follow the caller (terminal or runner budget) */
  foreground: boolean;
  sleep: (ms: number) => Promise<void>;
  interrupted: () => boolean;
  tty: boolean;
  stdin?: string;
  /** a `docker exec` process (listed by ps while it runs) */
  exec?: boolean;
}

/** run argv in container c; returns the exit status, or null if it is still running (a server) */
export async function runInContainer(e: Engine, c: Container, argv: string[], o: ProcessOptions): Promise<number | null> {
  const proc = o.exec ? spawn(c, argv) : undefined;
  try {
    return await runProcess(e, c, argv, o);
  } finally {
    // a process whose client was killed (timeout, Ctrl-C without a TTY) goes on running in the container
    if (proc && !o.interrupted()) c.procs = (c.procs ?? []).filter((p) => p !== proc);
  }
}

function spawn(c: Container, argv: string[]): { pid: number; args: string } {
  const procs = (c.procs ??= []);
  const pid = Math.max(1, ...procs.map((p) => p.pid)) + 6;
  const proc = { pid, args: argv.join(' ') };
  procs.push(proc);
  return proc;
}

async function runProcess(e: Engine, c: Container, argv: string[], o: ProcessOptions): Promise<number | null> {
  const generation = c.state.pid;
  const alive = () => {
    const now = e.state.daemon.containers[c.id];
    return !!now && now.state.status === 'running' && now.state.pid === generation;
  };
  let markBlocked = () => {};
  const blocked = new Promise<'blocked'>((r) => (markBlocked = () => r('blocked')));
  const clock = processClock(e);
  const shell = new Shell({
    commands: busyboxRegistry(e, c),
    flavor: 'busybox',
    fs: containerFs(e, c),
    env: processEnv(e, c, o.tty),
    sleep: o.foreground
      ? o.sleep
      : (ms) => {
          markBlocked();
          return clock.wait(ms);
        },
    interrupted: o.foreground ? o.interrupted : () => !alive(),
    cwd: c.config.workingDir || '/',
  });
  const shells = [...SHELLS, ...(e.state.daemon.images.find((i) => i.id === c.imageId)?.runtime?.shells ?? [])];
  if (argv.length === 1 && shells.includes(argv[0])) {
    if (o.stdin) return shell.run(o.stdin, o.out);
    // an interactive shell waits on its open stdin; without one it reads EOF and exits
    return c.config.openStdin && !o.foreground ? null : 0;
  }
  const run = shell.run(quoteArgv(argv), o.out, o.stdin ?? '');
  const first = await Promise.race([run, blocked]);
  if (first !== 'blocked') return first;
  // still running in the background: when it ends, the container exits with its status
  void run.then((status) => {
    if (alive()) markExited(e, e.state.daemon.containers[c.id], status);
  });
  return null;
}

/**
 * The main process: the container's command, unless it is the image's own entrypoint/cmd, which on this
 * host runs the image's servers (busybox httpd, as the recording host's images do).
 */
function serverArgv(e: Engine, c: Container): string[] {
  const argv = [c.path, ...c.args];
  const image = e.state.daemon.images.find((i) => i.id === c.imageId && i.repoTags.some((t) => t === c.image || t === `${c.image}:latest`));
  const servers = image?.runtime?.servers;
  const own = [...(image?.config.entrypoint ?? []), ...(image?.config.cmd ?? [])];
  const usesImageCommand = image?.config.entrypoint ? c.path === image.config.entrypoint[0] : argv.join(' ') === own.join(' ');
  if (!servers?.length || !usesImageCommand) return argv;
  const [first, ...rest] = servers;
  // extra ports get their own daemonized httpd, the first one stays in the foreground
  const line = [...rest.map((s) => `httpd -p ${s.port} -h ${s.docroot}`), `httpd -f -p ${first.port} -h ${first.docroot}`].join(' && ');
  return ['sh', '-c', line];
}

/** start a created/exited container and run its main process; returns docker run's status */
export async function startAndRun(io: CliIO, id: string, opts: { attached: boolean; reportAs: 'run' | 'start' }): Promise<number> {
  const e = io.engine;
  const c = e.state.daemon.containers[id];
  try {
    startContainer(e, c);
  } catch (err) {
    if (!(err instanceof DaemonError)) throw err;
    if (opts.reportAs === 'run') {
      const msg = err.message.endsWith('.') ? err.message : err.message + '.';
      io.err(`docker: Error response from daemon: ${msg}\n`);
      if (c.hostConfig.autoRemove) removeContainerRecord(e, c);
      return 125;
    }
    throw err;
  }
  const argv = serverArgv(e, c);
  const shells = e.state.daemon.images.find((i) => i.id === c.imageId)?.runtime?.shells ?? [];
  if (!isExecutable(argv[0]) && !shells.includes(argv[0])) {
    // runc cannot exec the command: the start fails and the container stays created
    markExited(e, c, 127);
    c.state = { ...c.state, status: 'created', finishedAt: '0001-01-01T00:00:00Z' };
    const msg = `failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${argv[0]}": executable file not found in $PATH: unknown`;
    if (c.hostConfig.autoRemove) removeContainerRecord(e, c);
    if (opts.reportAs === 'start') throw new DaemonError(msg);
    io.err(`docker: Error response from daemon: ${msg}.\n`);
    return 127;
  }
  const logSink: OutputSink = {
    write(fd, text) {
      c.logs += text;
      if (opts.attached) io.ctx.write(fd, text);
    },
  };
  const status = await runInContainer(e, c, argv, {
    out: logSink,
    foreground: opts.attached,
    sleep: (ms) => io.ctx.sleep(ms),
    interrupted: () => io.ctx.interrupted(),
    tty: c.config.tty,
    stdin: opts.attached && c.config.openStdin ? io.ctx.stdin : undefined,
  });
  if (status === null) {
    c.longRunning = true;
    return 0;
  }
  const current = e.state.daemon.containers[id];
  if (current && current.state.status === 'running') markExited(e, current, status);
  return opts.attached ? status : 0;
}

/** bring a container back after a daemon restart (restart policy): start it and run its main process */
export async function restartContainer(e: Engine, id: string): Promise<void> {
  const c = e.state.daemon.containers[id];
  if (!c) return;
  startContainer(e, c);
  const status = await runInContainer(e, c, serverArgv(e, c), {
    out: { write: (_fd, t) => void (c.logs += t) },
    foreground: false,
    sleep: async () => {},
    interrupted: () => false,
    tty: c.config.tty,
  });
  if (status === null) c.longRunning = true;
  else markExited(e, c, status);
}
