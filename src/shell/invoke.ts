/** Calling functions and registered command handlers. */
import type { Command } from './ast';
import { InterruptSignal, ReturnSignal } from './errors';
import type { Interpreter } from './interpreter';
import { setOwn } from './limits';
import { writeFd, type Io } from './io';
import type { CommandContext, CommandHandler } from './types';

/** `VAR=x cmd` for builtins and functions: VAR is set and exported for the duration only */
export async function withVars(sh: Interpreter, vars: Record<string, string>, fn: () => Promise<number>): Promise<number> {
  const names = Object.keys(vars);
  if (names.length === 0) return fn();
  const saved = names.map((n) => [n, Object.hasOwn(sh.env, n), sh.getVar(n)] as const);
  for (const n of names) sh.exportVar(n, vars[n]);
  try {
    return await fn();
  } finally {
    for (const [n, wasExported, v] of saved) {
      sh.unsetVar(n);
      if (v === undefined) continue;
      if (wasExported) setOwn(sh.env, n, v);
      else sh.locals.set(n, v);
    }
  }
}

export async function callFunction(sh: Interpreter, name: string, body: Command, argv: string[], io: Io): Promise<number> {
  sh.enterNested(name, io);
  const savedArgs = sh.positional;
  sh.positional = argv.slice(1);
  sh.funcDepth++;
  sh.localFrames.push(new Map());
  try {
    return await sh.runCommand(body, io);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  } finally {
    for (const [n, v] of sh.localFrames.pop()!) {
      if (v === undefined) sh.unsetVar(n);
      else sh.setVar(n, v);
    }
    sh.funcDepth--;
    sh.nestDepth--;
    sh.positional = savedArgs;
  }
}

/** run a command handler; whatever it throws becomes a one-line message and status 1 */
export async function callHandler(
  sh: Interpreter, name: string, handler: CommandHandler, argv: string[], prefix: Record<string, string>, io: Io,
): Promise<number> {
  const env = { ...sh.env };
  for (const [k, v] of Object.entries(prefix)) setOwn(env, k, v);
  const ctx: CommandContext = {
    argv,
    stdin: io.stdin.text,
    env,
    fs: sh.fs,
    sleep: (ms) => sh.opts.sleep(ms),
    interrupted: () => sh.opts.interrupted(),
    runLine: (line, out) => {
      const childIo: Io = { stdin: { text: '' }, fds: new Map([[1, { kind: 'sink', sink: out, fd: 1 }], [2, { kind: 'sink', sink: out, fd: 2 }]]) };
      return sh.runChild(line, childIo, sh.defaultName(), []);
    },
    write: (fd, text) => writeFd(io, sh.fs, fd, String(text)),
  };
  try {
    const r = await handler(ctx);
    return typeof r === 'number' && Number.isFinite(r) ? Math.trunc(r) & 0xff : 1;
  } catch (e) {
    if (e instanceof InterruptSignal) throw e;
    const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    sh.err(io, `${sh.prefix()}${name}: internal error: ${msg}\n`);
    return 1;
  }
}
