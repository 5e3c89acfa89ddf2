/**
 * A small POSIX-like shell in pure TypeScript (Node and browser): bash flavor for the
 * simulated host, busybox ash flavor inside containers. See shell.ts for the API.
 */
export { nullSink, runBashC, Shell, type RunBashCOptions, type ShellOptions } from './shell';
export { createRegistry, defineCommand, emptyRegistry, mergeRegistries, type CommandDefinition } from './registry';
export { createTextTools } from './tools';
export type { CommandContext, CommandHandler, CommandRegistry, Fd, OutputSink, ShellFs } from './types';
