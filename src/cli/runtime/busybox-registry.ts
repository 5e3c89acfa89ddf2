/** The commands a process inside a container finds: busybox applets wired to the engine. */
import type { Engine } from '../../engine/engine.ts';
import type { Container } from '../../engine/model/container.ts';
import type { CommandHandler, CommandRegistry } from '../../shell/types.ts';
import { createRegistry } from '../../shell/registry.ts';
import { ping } from '../net/ping.ts';
import { busyboxNslookup } from '../net/nslookup.ts';
import { busyboxWget } from '../net/http-clients.ts';
import { busyboxHttpd, busyboxNc, hostnameCommand } from '../net/small-tools.ts';
import { netTools, type NetTool } from '../linux/index.ts';
import { containerToolsEnv } from './net-tools-env.ts';
import { busyboxPs } from './ps.ts';

/** applets of the recording host's busybox that a learner may reasonably type */
export const APPLETS = [
  'sh', 'ash', 'ping6', 'cat', 'echo', 'env', 'grep', 'head', 'tail', 'hostname', 'httpd', 'ifconfig', 'ip', 'ls', 'nc',
  'netstat', 'nslookup', 'ping', 'printf', 'ps', 'route', 'sleep', 'sort', 'tr', 'true', 'false', 'uname', 'wc',
  'wget', 'awk', 'cut', 'uniq', 'id', 'whoami', 'date', 'pwd', 'test', 'expr', 'sed', 'tee', 'xargs', 'arp',
  'traceroute', 'telnet', 'kill', 'top', 'free', 'df', 'mkdir', 'touch', 'rm', 'sysctl',
];

export function isExecutable(cmd: string | undefined): boolean {
  if (!cmd) return false;
  const base = cmd.startsWith('/bin/') ? cmd.slice(5) : cmd;
  return APPLETS.includes(base);
}

export function busyboxRegistry(e: Engine, c: Container): CommandRegistry {
  const origin = { engine: e, container: c };
  const tool = (t: NetTool): CommandHandler => (ctx) => t(ctx.argv, containerToolsEnv(e, c), ctx);
  const handlers: Record<string, CommandHandler> = {
    ping: (ctx) => ping(ctx, origin, 'busybox'),
    ping6: (ctx) => ping(ctx, origin, 'busybox'),
    nslookup: (ctx) => busyboxNslookup(ctx, origin),
    wget: (ctx) => busyboxWget(ctx, origin),
    nc: (ctx) => busyboxNc(ctx, origin),
    httpd: (ctx) => busyboxHttpd(ctx, e, c),
    hostname: (ctx) => hostnameCommand(ctx, e, c),
    ps: (ctx) => busyboxPs(ctx, c),
    ip: tool(netTools.ip),
    ifconfig: tool(netTools.ifconfig),
    route: tool(netTools.route),
    netstat: tool(netTools.netstat),
    sysctl: tool(netTools.sysctl),
    env: (ctx) => {
      for (const [k, v] of Object.entries(ctx.env)) ctx.write(1, `${k}=${v}\n`);
      return 0;
    },
    uname: (ctx) => {
      ctx.write(1, ctx.argv.includes('-a') ? `Linux ${c.config.hostname} 6.1.0-28-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22) x86_64 GNU/Linux\n` : 'Linux\n');
      return 0;
    },
    whoami: (ctx) => (ctx.write(1, 'root\n'), 0),
    id: (ctx) => (ctx.write(1, 'uid=0(root) gid=0(root) groups=0(root),10(wheel)\n'), 0),
  };
  return createRegistry(handlers);
}
