/** The commands of the simulated host's bash: docker and the Debian networking tools. */
import type { Engine } from '../../engine/engine.ts';
import type { CommandHandler, CommandRegistry } from '../../shell/types.ts';
import { createRegistry } from '../../shell/registry.ts';
import { dockerHandler } from '../docker/docker.ts';
import type { TerminalHooks } from '../docker/io.ts';
import { ping } from '../net/ping.ts';
import { hostCurl } from '../net/http-clients.ts';
import { hostnameCommand } from '../net/small-tools.ts';
import { netTools, type NetTool } from '../linux/index.ts';
import { hostToolsEnv } from './net-tools-env.ts';

export function hostRegistry(e: Engine, hooks?: TerminalHooks): CommandRegistry {
  const origin = { engine: e };
  const tool = (t: NetTool): CommandHandler => (ctx) => t(ctx.argv, hostToolsEnv(e), ctx);
  const handlers: Record<string, CommandHandler> = {
    docker: dockerHandler(e, hooks),
    ping: (ctx) => ping(ctx, origin, 'host'),
    curl: (ctx) => hostCurl(ctx, origin),
    hostname: (ctx) => hostnameCommand(ctx, e, undefined),
  };
  for (const [name, t] of Object.entries(netTools)) handlers[name] = tool(t);
  return createRegistry(handlers);
}
