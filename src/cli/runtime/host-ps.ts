/**
 * procps `ps` on the host: the processes that matter for networking lessons — dockerd, containerd,
 * one docker-proxy per published port and address family, and each running container's shim and
 * main process. PIDs are stable per session (derived from the engine's counters), times are 00:00:00.
 */
import type { CommandContext } from '../../shell/types.ts';
import type { Engine } from '../../engine/engine.ts';

interface Proc {
  pid: number;
  ppid: number;
  cmd: string;
}

function processes(e: Engine): Proc[] {
  const procs: Proc[] = [
    { pid: 1, ppid: 0, cmd: '/sbin/init' },
    { pid: 412, ppid: 1, cmd: '/usr/sbin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock' },
    { pid: 398, ppid: 1, cmd: '/usr/bin/containerd' },
  ];
  let pid = 600;
  for (const p of e.state.daemon.proxies) {
    const host = p.hostIp;
    procs.push({
      pid: pid++,
      ppid: 412,
      cmd: `/usr/sbin/docker-proxy -proto ${p.proto} -host-ip ${host} -host-port ${p.hostPort} -container-ip ${p.containerIp} -container-port ${p.containerPort}`,
    });
  }
  for (const id of e.state.daemon.containerOrder) {
    const c = e.state.daemon.containers[id];
    if (c.state.status !== 'running') continue;
    const shim = pid++;
    procs.push({ pid: shim, ppid: 1, cmd: `/usr/bin/containerd-shim-runc-v2 -namespace moby -id ${c.id} -address /run/containerd/containerd.sock` });
    for (const p of c.procs ?? []) procs.push({ pid: c.state.pid + p.pid - 1, ppid: shim, cmd: p.args });
  }
  return procs.sort((a, b) => a.pid - b.pid);
}

export function hostPs(ctx: CommandContext, e: Engine): number {
  const args = ctx.argv.slice(1).join(' ');
  const procs = processes(e);
  procs.push({ pid: 9000, ppid: 4242, cmd: ctx.argv.join(' ') });
  if (/(^|\s)-?aux\b/.test(args)) {
    ctx.write(1, 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n');
    for (const p of procs) ctx.write(1, `root     ${String(p.pid).padStart(7)}  0.0  0.0      0     0 ?        S    08:00   0:00 ${p.cmd}\n`);
    return 0;
  }
  if (/(^|\s)-e?f\b|-ef\b|-fe\b/.test(args)) {
    ctx.write(1, 'UID          PID    PPID  C STIME TTY          TIME CMD\n');
    for (const p of procs) ctx.write(1, `root     ${String(p.pid).padStart(8)} ${String(p.ppid).padStart(7)}  0 08:00 ?        00:00:00 ${p.cmd}\n`);
    return 0;
  }
  ctx.write(1, '    PID TTY          TIME CMD\n   4242 pts/0    00:00:00 bash\n');
  ctx.write(1, `   9000 pts/0    00:00:00 ps\n`);
  return 0;
}

export function hostUname(ctx: CommandContext, e: Engine): number {
  const a = ctx.argv.slice(1);
  if (a.includes('-a')) ctx.write(1, `Linux ${e.state.host.hostname} 6.18.44-fc-v657 #1 SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\n`);
  else if (a.includes('-r')) ctx.write(1, '6.18.44-fc-v657\n');
  else ctx.write(1, 'Linux\n');
  return 0;
}
