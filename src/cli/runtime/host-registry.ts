/** The commands of the simulated host's bash: docker and the Debian networking tools. */
import type { Engine } from '../../engine/engine.ts';
import type { CommandContext, CommandHandler, CommandRegistry } from '../../shell/types.ts';
import { createRegistry } from '../../shell/registry.ts';
import { dockerHandler } from '../docker/docker.ts';
import type { TerminalHooks } from '../docker/io.ts';
import { ping } from '../net/ping.ts';
import { hostCurl } from '../net/http-clients.ts';
import { hostnameCommand } from '../net/small-tools.ts';
import { netTools, type NetTool } from '../linux/index.ts';
import { hostToolsEnv, netnsToolsEnv } from './net-tools-env.ts';
import { hostPs, hostUname } from './host-ps.ts';

export function hostRegistry(e: Engine, hooks?: TerminalHooks): CommandRegistry {
  const origin = { engine: e };
  const tool = (t: NetTool): CommandHandler => (ctx) => t(ctx.argv, hostToolsEnv(e), ctx);
  const handlers: Record<string, CommandHandler> = {
    docker: dockerHandler(e, hooks),
    ping: (ctx) => ping(ctx, origin, 'host'),
    curl: (ctx) => hostCurl(ctx, origin),
    hostname: (ctx) => hostnameCommand(ctx, e, undefined),
    ps: (ctx) => hostPs(ctx, e),
    uname: (ctx) => hostUname(ctx, e),
  };
  for (const [name, t] of Object.entries(netTools)) handlers[name] = tool(t);
  const ip = handlers.ip;
  handlers.ip = (ctx) => (ctx.argv[1] === 'netns' && ctx.argv[2] === 'exec' ? netnsExec(e, ctx) : ip(ctx));
  return createRegistry(handlers);
}

/** `ip netns exec NAME CMD...`: the networking tools and ping, run inside a named namespace */
async function netnsExec(e: Engine, ctx: CommandContext): Promise<number> {
  const [name, cmd, ...rest] = ctx.argv.slice(3);
  if (name === undefined) {
    ctx.write(2, 'No netns name specified\n');
    return 255;
  }
  if (cmd === undefined) {
    ctx.write(2, 'No command specified\n');
    return 255;
  }
  const env = netnsToolsEnv(e, name);
  if (!env) {
    ctx.write(2, `Cannot open network namespace "${name}": No such file or directory\n`);
    return 255;
  }
  const argv = [cmd, ...rest];
  const sub = { ...ctx, argv };
  if (cmd === 'ping') return ping(sub, { engine: e, netns: name }, 'host');
  const t = netTools[cmd];
  if (t && cmd !== 'iptables') return t(argv, env, ctx);
  ctx.write(2, `exec of "${cmd}" failed: No such file or directory\n`);
  return 255;
}
