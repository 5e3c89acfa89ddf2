/** The commands of the simulated host's bash: docker and the Debian networking tools. */
import type { Engine } from '../../engine/engine.ts';
import type { CommandHandler, CommandRegistry } from '../../shell/types.ts';
import { createRegistry } from '../../shell/registry.ts';
import { dockerHandler } from '../docker/docker.ts';
import type { TerminalHooks } from '../docker/io.ts';
import { hostPing } from '../net/ping.ts';
import { hostCurl } from '../net/http-clients.ts';
import { hostnameCommand } from '../net/small-tools.ts';
import { ipCommand } from '../linux/ip.ts';
import { hostToolsEnv } from './net-tools-env.ts';
import { LINUX_TOOLS } from './busybox-registry.ts';
import type { NetToolsEnv, Out } from '../linux/env.ts';

type Tool = (argv: string[], env: NetToolsEnv, out: Out) => number;

export function hostRegistry(e: Engine, hooks?: TerminalHooks): CommandRegistry {
  const origin = { engine: e };
  const tool = (t: Tool): CommandHandler => (ctx) => t(ctx.argv, hostToolsEnv(e), ctx);
  const handlers: Record<string, CommandHandler> = {
    docker: dockerHandler(e, hooks),
    ping: (ctx) => hostPing(ctx, origin),
    curl: (ctx) => hostCurl(ctx, origin),
    hostname: (ctx) => hostnameCommand(ctx, e, undefined),
    ip: tool(ipCommand),
  };
  for (const [key, t] of Object.entries(LINUX_TOOLS)) {
    if (key.startsWith('host:')) handlers[key.slice(5)] = tool(t);
  }
  return createRegistry(handlers);
}
