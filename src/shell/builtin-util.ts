/** Shared pieces of the builtin modules (kept apart to avoid an import cycle). */
import type { Flavor } from './dialect';
import type { Interpreter } from './interpreter';
import type { Io } from './io';

export interface Builtin {
  flavors: Flavor[];
  /** 'file': implemented here but, like env or which, a program in /usr/bin for type/which */
  kind: 'builtin' | 'file';
  run(sh: Interpreter, argv: string[], io: Io): number | Promise<number>;
}

const BOTH: Flavor[] = ['bash', 'busybox'];

export function b(run: Builtin['run'], flavors: Flavor[] = BOTH, kind: Builtin['kind'] = 'builtin'): Builtin {
  return { flavors, kind, run };
}

/** `bash: line 1: cd: msg` / busybox `sh: cd: msg` */
export function builtinError(sh: Interpreter, io: Io, name: string, msg: string): void {
  if (sh.flavor === 'bash') {
    sh.err(io, `${sh.prefix()}${name}: ${msg}\n`);
    return;
  }
  // a non-interactive ash adds its line number, counted from 0 in `sh -c` (checked: `sh: cd: line 0: ...`)
  const where = sh.dialect.interactive ? '' : `line ${sh.line - 1}: `;
  sh.err(io, `${sh.dialect.name}: ${name}: ${where}${msg}\n`);
}

