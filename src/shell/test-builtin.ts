/**
 * test / [ : bash's rules (decide by argument count up to 4, then a small expression
 * parser). File tests can only ask ShellFs whether a file exists; directories are a
 * fixed list of standard ones, because ShellFs has no notion of directories.
 */
import { builtinError } from './builtin-util';
import type { Interpreter } from './interpreter';
import type { Io } from './io';

const UNARY = new Set(['-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-p', '-r', '-s', '-t', '-u', '-w', '-x',
  '-G', '-L', '-N', '-O', '-S', '-z', '-n', '-v', '-o', '-R']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);
const KNOWN_DIRS = new Set(['/', '/root', '/tmp', '/etc', '/var', '/usr', '/bin', '/sbin', '/lib', '/dev', '/proc', '/sys',
  '/home', '/opt', '/srv', '/mnt', '/run', '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/local', '/usr/local/bin', '/var/log',
  '/var/lib', '/var/run', '/var/tmp', '/etc/ssl', '/usr/share']);

class TestError {
  constructor(readonly msg: string) {}
}

export function testBuiltin(sh: Interpreter, argv: string[], io: Io): number {
  const name = argv[0];
  let args = argv.slice(1);
  if (name === '[') {
    if (args[args.length - 1] !== ']') {
      if (sh.flavor === 'bash') builtinError(sh, io, '[', "missing `]'");
      else sh.err(io, `${sh.dialect.name}: missing ]\n`);
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return evaluate(sh, args) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    if (sh.flavor === 'bash') builtinError(sh, io, name, e.msg);
    else sh.err(io, `${sh.dialect.name}: ${e.msg}\n`);
    return 2;
  }
}

function evaluate(sh: Interpreter, a: string[]): boolean {
  const bash = sh.flavor === 'bash';
  switch (a.length) {
    case 0: return false;
    case 1: return a[0] !== '';
    case 2:
      if (a[0] === '!') return a[1] === '';
      if (UNARY.has(a[0])) return unary(sh, a[0], a[1]);
      throw new TestError(bash ? `${a[0]}: unary operator expected` : `${a[1]}: unknown operand`);
    case 3:
      if (BINARY.has(a[1])) return binary(sh, a[0], a[1], a[2]);
      if (a[1] === '-a') return a[0] !== '' && a[2] !== '';
      if (a[1] === '-o') return a[0] !== '' || a[2] !== '';
      if (a[0] === '!') return !evaluate(sh, a.slice(1));
      if (a[0] === '(' && a[2] === ')') return a[1] !== '';
      throw new TestError(bash ? `${a[1]}: binary operator expected` : `${a[1]}: unknown operand`);
    case 4:
      if (a[0] === '!') return !evaluate(sh, a.slice(1));
      if (a[0] === '(' && a[3] === ')') return evaluate(sh, a.slice(1, 3));
  }
  return general(sh, a);
}

/** expr: or; or: and (-o and)*; and: not (-a not)*; not: ! not | ( expr ) | primary */
function general(sh: Interpreter, t: string[]): boolean {
  let i = 0;
  const bash = sh.flavor === 'bash';
  const or = (): boolean => {
    let v = and();
    while (t[i] === '-o') { i++; const r = and(); v = v || r; }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (t[i] === '-a') { i++; const r = not(); v = v && r; }
    return v;
  };
  const not = (): boolean => {
    if (t[i] === '!') { i++; return !not(); }
    if (t[i] === '(') {
      i++;
      const v = or();
      if (t[i] !== ')') throw new TestError(bash ? "`)' expected" : 'argument expected');
      i++;
      return v;
    }
    if (i + 2 < t.length && BINARY.has(t[i + 1])) {
      const v = binary(sh, t[i], t[i + 1], t[i + 2]);
      i += 3;
      return v;
    }
    if (UNARY.has(t[i]) && i + 1 < t.length) {
      const v = unary(sh, t[i], t[i + 1]);
      i += 2;
      return v;
    }
    if (i >= t.length) throw new TestError('argument expected');
    return t[i++] !== '';
  };
  const v = or();
  if (i < t.length) throw new TestError(bash ? 'too many arguments' : `${t[i]}: unknown operand`);
  return v;
}

function isDir(sh: Interpreter, path: string): boolean {
  const p = sh.resolve(path);
  return KNOWN_DIRS.has(p) || p === sh.cwd || p === sh.resolve(sh.getVar('HOME') ?? '/root');
}

function unary(sh: Interpreter, op: string, arg: string): boolean {
  switch (op) {
    case '-z': return arg === '';
    case '-n': return arg !== '';
    case '-v': return sh.getVar(arg) !== undefined;
    case '-d': return isDir(sh, arg);
    case '-e': case '-a': return sh.fs.read(arg) !== null || isDir(sh, arg);
    case '-f': case '-r': case '-w': return sh.fs.read(arg) !== null;
    case '-s': return (sh.fs.read(arg) ?? '') !== '';
    case '-x': return isDir(sh, arg);
    default: return false;
  }
}

function int(sh: Interpreter, s: string): number {
  if (!/^\s*[-+]?\d+\s*$/.test(s)) {
    throw new TestError(sh.flavor === 'bash' ? `${s}: integer expression expected` : `${s}: bad number`);
  }
  return Number(s.trim());
}

function binary(sh: Interpreter, a: string, op: string, b: string): boolean {
  switch (op) {
    case '=': case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '>': return a > b;
    case '-eq': return int(sh, a) === int(sh, b);
    case '-ne': return int(sh, a) !== int(sh, b);
    case '-lt': return int(sh, a) < int(sh, b);
    case '-le': return int(sh, a) <= int(sh, b);
    case '-gt': return int(sh, a) > int(sh, b);
    case '-ge': return int(sh, a) >= int(sh, b);
    case '-ef': return sh.resolve(a) === sh.resolve(b);
    default: return false;
  }
}
