/** Running compound commands: ( ), { }, if, while/until, for, case. */
import type { Command, ListNode } from './ast';
import { LoopSignal } from './errors';
import { expandFields, expandPattern, expandString, globMatch } from './expand';
import type { Interpreter } from './interpreter';
import { MAX_LOOP_ITERATIONS } from './limits';
import { evalCond } from './cond';
import { applyRedirs, type Io } from './io';

type Compound = Exclude<Command, { type: 'simple' } | { type: 'funcdef' }>;

export async function runCompound(sh: Interpreter, cmd: Compound, io: Io): Promise<number> {
  sh.io = io;
  const rio = await applyRedirs(cmd.redirs, io, sh.redirEnv(), cmd.line);
  if (!rio) return 1;
  sh.io = rio;
  switch (cmd.type) {
    case 'subshell':
      return sh.subshell(() => sh.runList(cmd.body, rio));
    case 'group':
      return sh.runList(cmd.body, rio);
    case 'if': {
      for (const c of cmd.clauses) {
        if ((await sh.runList(c.cond, rio)) === 0) return sh.runList(c.body, rio);
      }
      return cmd.elseBody ? sh.runList(cmd.elseBody, rio) : 0;
    }
    case 'while':
      return loop(sh, async () => {
        const c = await sh.runList(cmd.cond, rio);
        return cmd.until ? c !== 0 : c === 0;
      }, cmd.body, rio, cmd.until ? 'until' : 'while');
    case 'for': {
      const items: string[] = [];
      if (cmd.items) for (const w of cmd.items) items.push(...(await expandFields(w, sh)));
      else items.push(...sh.positional);
      let i = 0;
      return loop(sh, async () => {
        if (i >= items.length) return false;
        sh.setVar(cmd.name, items[i++]);
        return true;
      }, cmd.body, rio, 'for');
    }
    case 'cond':
      return evalCond(sh, cmd, rio);
    case 'case': {
      const subject = await expandString(cmd.subject, sh);
      for (const item of cmd.items) {
        for (const pw of item.patterns) {
          if (globMatch(await expandPattern(pw, sh), subject)) return sh.runList(item.body, rio);
        }
      }
      return 0;
    }
  }
}

/** a loop with break/continue N, Ctrl-C checks and an iteration cap */
async function loop(sh: Interpreter, next: () => Promise<boolean>, body: ListNode[], io: Io, kw: string): Promise<number> {
  let status = 0;
  sh.loopDepth++;
  try {
    for (let n = 0; ; n++) {
      await sh.checkpoint();
      if (n >= MAX_LOOP_ITERATIONS) {
        sh.err(io, `${sh.prefix()}${kw}: loop stopped after ${MAX_LOOP_ITERATIONS} iterations\n`);
        return 1;
      }
      if (!(await next())) break;
      try {
        status = await sh.runList(body, io);
      } catch (e) {
        if (!(e instanceof LoopSignal)) throw e;
        if (e.levels > 1) { e.levels--; throw e; }
        if (e.kind === 'break') break;
      }
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}
