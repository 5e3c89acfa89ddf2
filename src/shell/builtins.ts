/**
 * Shell builtins: the commands that need the shell's own state (variables, cwd, $?,
 * loops). They run before the command registry, as in bash, and cannot be overridden.
 */
import { b, builtinError, type Builtin } from './builtin-util';
import { CMD_BUILTINS } from './builtins-cmd';
import { AbortSignal, ExitSignal, LoopSignal, ReturnSignal } from './errors';
import type { Interpreter } from './interpreter';
import type { Io } from './io';
import { arith } from './expand';
import { echoBuiltin, printfBuiltin } from './printf';
import { testBuiltin } from './test-builtin';

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

function bashQuote(v: string): string {
  return '"' + v.replace(/["\\$`]/g, '\\$&') + '"';
}

function ashQuote(v: string): string {
  return "'" + v.replace(/'/g, `'"'"'`) + "'";
}

function exportCmd(sh: Interpreter, argv: string[], io: Io): number {
  let args = argv.slice(1);
  let unexport = false;
  while (args[0]?.startsWith('-')) {
    if (args[0] === '--') { args = args.slice(1); break; }
    if (args[0].includes('n')) unexport = true;
    args = args.slice(1);
  }
  if (args.length === 0) {
    const names = Object.keys(sh.env).sort();
    for (const n of names) {
      sh.out(io, sh.flavor === 'bash' ? `declare -x ${n}=${bashQuote(sh.env[n])}\n` : `export ${n}=${ashQuote(sh.env[n])}\n`);
    }
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!NAME_RE.test(name)) {
      if (sh.flavor === 'bash') builtinError(sh, io, 'export', `\`${a}': not a valid identifier`);
      else builtinError(sh, io, 'export', `${name}: bad variable name`);
      status = sh.flavor === 'bash' ? 1 : 2;
      continue;
    }
    if (unexport) {
      const v = sh.getVar(name);
      if (Object.hasOwn(sh.env, name)) delete sh.env[name];
      if (v !== undefined) sh.locals.set(name, v);
    } else sh.exportVar(name, eq < 0 ? undefined : a.slice(eq + 1));
  }
  return status;
}

function unsetCmd(sh: Interpreter, argv: string[], io: Io): number {
  let fn = false;
  let status = 0;
  for (const a of argv.slice(1)) {
    if (a === '-f') { fn = true; continue; }
    if (a === '-v') { fn = false; continue; }
    if (fn) { sh.functions.delete(a); continue; }
    if (!NAME_RE.test(a)) {
      if (sh.flavor === 'busybox') { builtinError(sh, io, 'unset', `${a}: bad variable name`); status = 2; }
      continue;
    }
    sh.unsetVar(a);
  }
  return status;
}

function cdCmd(sh: Interpreter, argv: string[], io: Io): number {
  const args = argv.slice(1).filter((a) => a !== '-L' && a !== '-P' && a !== '--');
  if (args.length > 1 && sh.flavor === 'bash') { builtinError(sh, io, 'cd', 'too many arguments'); return 1; }
  let target = args[0] ?? sh.getVar('HOME') ?? '/root';
  const dash = target === '-';
  if (dash) {
    const old = sh.getVar('OLDPWD');
    if (old === undefined) { builtinError(sh, io, 'cd', 'OLDPWD not set'); return 1; }
    target = old;
  }
  if (target === '') return 0;
  const path = sh.resolve(target);
  // the simulated filesystem knows files but not directories: a file is the one thing we can refuse
  if (sh.fs.read(path) !== null) {
    if (sh.flavor === 'bash') builtinError(sh, io, 'cd', `${target}: Not a directory`);
    else builtinError(sh, io, 'cd', `can't cd to ${target}: Not a directory`);
    return sh.flavor === 'bash' ? 1 : 2;
  }
  const old = sh.cwd;
  sh.cwd = path;
  sh.setVar('OLDPWD', old);
  if (sh.getVar('PWD') !== undefined) sh.setVar('PWD', path);
  if (dash) sh.out(io, path + '\n');
  return 0;
}

function exitCmd(sh: Interpreter, argv: string[], io: Io): number {
  if (sh.flavor === 'bash' && sh.dialect.interactive && sh.subshellLevel === 0) sh.err(io, 'exit\n');
  const arg = argv[1];
  if (arg === undefined) throw new ExitSignal(sh.lastStatus);
  const ok = sh.flavor === 'bash' ? /^\s*[-+]?\d+\s*$/.test(arg) : /^\d+$/.test(arg);
  if (!ok) {
    if (sh.flavor === 'bash') builtinError(sh, io, 'exit', `${arg}: numeric argument required`);
    else builtinError(sh, io, 'exit', `Illegal number: ${arg}`);
    throw new ExitSignal(2);
  }
  if (argv.length > 2 && sh.flavor === 'bash') { builtinError(sh, io, 'exit', 'too many arguments'); return 1; }
  throw new ExitSignal(Number(arg) & 0xff);
}

function returnCmd(sh: Interpreter, argv: string[], io: Io): number {
  const n = argv[1] === undefined ? sh.lastStatus : Number(argv[1]) & 0xff;
  if (sh.funcDepth === 0 && sh.sourceDepth === 0) {
    if (sh.flavor === 'busybox') throw new ExitSignal(n);
    builtinError(sh, io, 'return', "can only `return' from a function or sourced script");
    return 2;
  }
  throw new ReturnSignal(n);
}

function loopCmd(kind: 'break' | 'continue'): Builtin['run'] {
  return (sh, argv, io) => {
    const n = argv[1] === undefined ? 1 : Number(argv[1]);
    if (!Number.isInteger(n) || n < 1) {
      builtinError(sh, io, kind, `${argv[1]}: loop count out of range`);
      return 1;
    }
    if (sh.loopDepth === 0) {
      if (sh.flavor === 'bash') builtinError(sh, io, kind, "only meaningful in a `for', `while', or `until' loop");
      return 0;
    }
    throw new LoopSignal(kind, Math.min(n, sh.loopDepth));
  };
}

function setCmd(sh: Interpreter, argv: string[], io: Io): number {
  const args = argv.slice(1);
  if (args.length === 0) {
    const all = new Map<string, string>([...sh.locals, ...Object.entries(sh.env)]);
    for (const n of [...all.keys()].sort()) {
      const v = all.get(n)!;
      sh.out(io, `${n}=${/^[A-Za-z0-9_./:@%+,-]*$/.test(v) && v !== '' ? v : ashQuote(v)}\n`);
    }
    return 0;
  }
  // options (-e, -x, -o pipefail, ...) are accepted and ignored; the rest become $1...
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') { i++; sh.positional = args.slice(i); return 0; }
    if (a === '-o' || a === '+o') { i++; continue; }
    if (!/^[-+]/.test(a)) break;
  }
  if (i < args.length) sh.positional = args.slice(i);
  return 0;
}

function shiftCmd(sh: Interpreter, argv: string[], io: Io): number {
  const n = argv[1] === undefined ? 1 : Number(argv[1]);
  if (!Number.isInteger(n) || n < 0) { builtinError(sh, io, 'shift', `${argv[1]}: numeric argument required`); return 1; }
  if (n > sh.positional.length) return 1;
  sh.positional = sh.positional.slice(n);
  return 0;
}

function readCmd(sh: Interpreter, argv: string[], io: Io): number {
  let raw = false;
  const names: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-r') raw = true;
    else if (a === '-p' || a === '-t' || a === '-n' || a === '-d' || a === '-u') i++;
    else if (/^-[rs]+$/.test(a)) raw = raw || a.includes('r');
    else names.push(a);
  }
  const text = io.stdin.text;
  if (text === '') { for (const n of names.length ? names : ['REPLY']) sh.setVar(n, ''); return 1; }
  let line = '';
  let rest = text;
  let eof = false;
  for (;;) {
    const nl = rest.indexOf('\n');
    const piece = nl < 0 ? rest : rest.slice(0, nl);
    rest = nl < 0 ? '' : rest.slice(nl + 1);
    eof = nl < 0;
    if (!raw && /(^|[^\\])(\\\\)*\\$/.test(piece) && !eof) { line += piece.slice(0, -1); continue; }
    line += piece;
    break;
  }
  io.stdin.text = rest;
  if (!raw) line = line.replace(/\\(.)/g, '$1').replace(/\\$/, '');
  if (names.length === 0) { sh.setVar('REPLY', line); return eof ? 1 : 0; }
  const ifs = sh.getVar('IFS') ?? ' \t\n';
  const ws = [...ifs].filter((c) => /\s/.test(c)).join('');
  const isWs = (c: string) => ws.includes(c);
  const isSep = (c: string) => ifs.includes(c);
  let pos = 0;
  const skipWs = () => { while (pos < line.length && isWs(line[pos])) pos++; };
  skipWs();
  for (let k = 0; k < names.length; k++) {
    if (k === names.length - 1) {
      let v = line.slice(pos);
      while (v && isWs(v[v.length - 1])) v = v.slice(0, -1);
      sh.setVar(names[k], v);
      break;
    }
    let start = pos;
    while (pos < line.length && !isSep(line[pos])) pos++;
    sh.setVar(names[k], line.slice(start, pos));
    skipWs();
    if (pos < line.length && isSep(line[pos]) && !isWs(line[pos])) { pos++; skipWs(); }
    start = pos;
  }
  return eof ? 1 : 0;
}

function localCmd(sh: Interpreter, argv: string[], io: Io): number {
  const frame = sh.localFrames[sh.localFrames.length - 1];
  if (!frame) {
    if (sh.flavor === 'bash') { builtinError(sh, io, 'local', 'can only be used in a function'); return 1; }
    // ash raises an error here, which ends a non-interactive shell's command line
    builtinError(sh, io, 'local', 'not in a function');
    throw new AbortSignal(2);
  }
  for (const a of argv.slice(1)) {
    if (a.startsWith('-')) continue;
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!frame.has(name)) frame.set(name, sh.getVar(name));
    if (eq >= 0) sh.setVar(name, a.slice(eq + 1));
    else if (sh.getVar(name) === undefined) sh.setVar(name, '');
  }
  return 0;
}

/** let EXPR...: arithmetic for its side effects; status 1 when the last value is 0 */
function letCmd(sh: Interpreter, argv: string[], io: Io): number {
  if (argv.length < 2) { builtinError(sh, io, 'let', 'expression expected'); return 1; }
  let v = 0;
  for (const e of argv.slice(1)) v = arith(e, sh, sh.line);
  return v === 0 ? 1 : 0;
}

/** declare/typeset/readonly NAME[=VALUE]...: plain assignments (-x also exports; attributes are not kept) */
function declareCmd(sh: Interpreter, argv: string[], io: Io): number {
  let exp = false;
  let status = 0;
  for (const a of argv.slice(1)) {
    if (/^[-+][a-zA-Z]+$/.test(a)) { if (a.startsWith('-') && a.includes('x')) exp = true; continue; }
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!NAME_RE.test(name)) { builtinError(sh, io, argv[0], `\`${a}': not a valid identifier`); status = 1; continue; }
    const value = eq < 0 ? sh.getVar(name) ?? '' : a.slice(eq + 1);
    if (exp) sh.exportVar(name, value);
    else sh.setVar(name, value);
  }
  return status;
}

async function sourceCmd(sh: Interpreter, argv: string[], io: Io): Promise<number> {
  const file = argv[1];
  if (file === undefined) {
    builtinError(sh, io, argv[0], 'filename argument required');
    return 2;
  }
  const text = sh.fs.read(file);
  if (text === null) {
    if (sh.flavor === 'bash') sh.err(io, `${sh.prefix()}${file}: No such file or directory\n`);
    else builtinError(sh, io, argv[0], `${file}: not found`);
    return sh.flavor === 'bash' ? 1 : 2;
  }
  const saved = sh.positional;
  sh.enterNested(argv[0], io);
  if (argv.length > 2) sh.positional = argv.slice(2);
  sh.sourceDepth++;
  try {
    return await sh.runScript(text, io, true);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  } finally {
    sh.sourceDepth--;
    sh.nestDepth--;
    if (argv.length > 2) sh.positional = saved;
  }
}

export const BUILTINS: Record<string, Builtin> = Object.assign(Object.create(null) as Record<string, Builtin>, {
  ':': b(() => 0),
  true: b(() => 0),
  false: b(() => 1),
  echo: b(echoBuiltin),
  printf: b(printfBuiltin),
  test: b(testBuiltin),
  '[': b(testBuiltin),
  export: b(exportCmd),
  unset: b(unsetCmd),
  cd: b(cdCmd),
  pwd: b((sh, _argv, io) => { sh.out(io, sh.cwd + '\n'); return 0; }),
  exit: b(exitCmd),
  return: b(returnCmd),
  break: b(loopCmd('break')),
  continue: b(loopCmd('continue')),
  set: b(setCmd),
  shift: b(shiftCmd),
  read: b(readCmd),
  local: b(localCmd),
  eval: b(async (sh, argv, io) => {
    sh.enterNested('eval', io);
    try {
      return await sh.runScript(argv.slice(1).join(' '), io, true);
    } finally {
      sh.nestDepth--;
    }
  }),
  source: b(sourceCmd),
  '.': b(sourceCmd),
  let: b(letCmd, ['bash', 'busybox']),
  declare: b(declareCmd, ['bash']),
  typeset: b(declareCmd, ['bash']),
  readonly: b(declareCmd),
  // no job control or signals here: these succeed and do nothing
  wait: b(() => 0),
  trap: b(() => 0),
  hash: b(() => 0),
  umask: b((sh, argv, io) => { if (argv.length < 2) sh.out(io, '0022\n'); return 0; }),
  ...CMD_BUILTINS,
});
