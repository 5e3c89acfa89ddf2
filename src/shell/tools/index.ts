/**
 * The text tools every simulated system has (cat, grep, ...). Each exists in a GNU
 * flavor (the bash host: coreutils, grep, mawk) and a busybox flavor (containers);
 * they differ mostly in error messages and a few output widths.
 */
import type { Flavor } from '../dialect';
import { createRegistry } from '../registry';
import type { CommandHandler, CommandRegistry } from '../types';
import { awk } from './awk';
import { cat } from './cat';
import type { Tool } from './common';
import { cut } from './cut';
import { grep } from './grep';
import { head, tail } from './headtail';
import { seq, sleep, tee } from './misc';
import { sort } from './sort';
import { tr } from './tr';
import { uniq } from './uniq';
import { wc } from './wc';

const TOOLS: Record<string, Tool> = { cat, grep, head, tail, wc, sort, uniq, cut, tr, awk, tee, sleep, seq };

export function createTextTools(flavor: Flavor): CommandRegistry {
  const handlers: Record<string, CommandHandler> = {};
  for (const [name, tool] of Object.entries(TOOLS)) handlers[name] = (ctx) => tool(ctx, flavor);
  handlers.egrep = (ctx) => grep({ ...ctx, argv: ['grep', '-E', ...ctx.argv.slice(1)] }, flavor);
  handlers.fgrep = (ctx) => grep({ ...ctx, argv: ['grep', '-F', ...ctx.argv.slice(1)] }, flavor);
  if (flavor === 'bash') handlers.mawk = handlers.gawk = handlers.awk;
  return createRegistry(handlers);
}
