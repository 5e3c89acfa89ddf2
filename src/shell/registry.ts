/**
 * Command registration. A registry maps names to handlers; the shell merges the
 * caller's registry over its own text tools, so a caller can replace any of them.
 */
import type { CommandHandler, CommandRegistry } from './types';

export interface CommandDefinition {
  name: string;
  handler: CommandHandler;
}

export function defineCommand(name: string, handler: CommandHandler): CommandDefinition {
  return { name, handler };
}

/** from `{ ping: handler }` or `[defineCommand('ping', handler), ...]` */
export function createRegistry(defs: Record<string, CommandHandler> | Iterable<CommandDefinition>): CommandRegistry {
  const map = new Map<string, CommandHandler>();
  if (Symbol.iterator in Object(defs)) {
    for (const d of defs as Iterable<CommandDefinition>) map.set(d.name, d.handler);
  } else {
    for (const [k, v] of Object.entries(defs as Record<string, CommandHandler>)) map.set(k, v);
  }
  return {
    get: (name) => map.get(name),
    names: () => [...map.keys()],
  };
}

/** later registries win: mergeRegistries(defaults, overrides) */
export function mergeRegistries(...regs: CommandRegistry[]): CommandRegistry {
  return {
    get(name) {
      for (let i = regs.length - 1; i >= 0; i--) {
        const h = regs[i].get(name);
        if (h) return h;
      }
      return undefined;
    },
    names: () => [...new Set(regs.flatMap((r) => r.names()))].sort(),
  };
}

export const emptyRegistry: CommandRegistry = createRegistry({});
