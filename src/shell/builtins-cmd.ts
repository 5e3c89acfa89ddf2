/**
 * Commands that look up or start other commands: type, command, which, sh/bash,
 * env, xargs. env, which and xargs are programs on a real system; they live here
 * because running a command by argv needs the interpreter.
 */
import { b, builtinError, type Builtin } from './builtin-util';
import type { Flavor } from './dialect';
import type { Interpreter } from './interpreter';
import type { Io } from './io';

const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'while', 'until', 'do', 'done', 'in', 'function', '{', '}', '!', '[[', ']]']);
/** builtins that also exist as programs, so `which echo` finds /usr/bin/echo */
const ALSO_PROGRAMS = new Set(['echo', 'printf', 'true', 'false', 'test', '[', 'pwd', 'kill']);
const SBIN = new Set(['ip', 'iptables', 'sysctl', 'ifconfig', 'route', 'brctl', 'tc', 'ss', 'arp', 'nft', 'ethtool']);
const BUSYBOX_BIN = new Set(['sh', 'ash', 'cat', 'echo', 'grep', 'ls', 'mkdir', 'ping', 'ps', 'pwd', 'rm', 'sleep', 'sed',
  'date', 'hostname', 'kill', 'ln', 'mount', 'mv', 'netstat', 'touch', 'uname', 'cp', 'chmod', 'true', 'false', 'busybox',
  'ping6', 'dmesg', 'egrep', 'fgrep', 'more', 'ipcalc', 'sync', 'su', 'stat']);

export type Resolution =
  | { kind: 'function' | 'builtin' | 'keyword' }
  | { kind: 'file'; path: string }
  | null;

function programPath(flavor: Flavor, name: string): string {
  if (flavor === 'busybox') {
    if (SBIN.has(name)) return `/sbin/${name}`;
    return BUSYBOX_BIN.has(name) ? `/bin/${name}` : `/usr/bin/${name}`;
  }
  return SBIN.has(name) ? `/usr/sbin/${name}` : `/usr/bin/${name}`;
}

/** what running `name` would do, as `type` explains it */
export function resolveCommand(sh: Interpreter, name: string, programsOnly = false): Resolution {
  const builtin = sh.builtin(name);
  if (!programsOnly) {
    if (KEYWORDS.has(name)) return { kind: 'keyword' };
    if (sh.functions.has(name)) return { kind: 'function' };
    if (builtin && builtin.kind === 'builtin') return { kind: 'builtin' };
  }
  if (name.includes('/')) return sh.fs.read(name) !== null ? { kind: 'file', path: name } : null;
  const program = (builtin && (builtin.kind === 'file' || ALSO_PROGRAMS.has(name))) || sh.lookup(name);
  return program ? { kind: 'file', path: programPath(sh.flavor, name) } : null;
}

function typeCmd(sh: Interpreter, argv: string[], io: Io): number {
  let terse = false;
  let status = 0;
  for (const name of argv.slice(1)) {
    if (name === '-t') { terse = true; continue; }
    if (/^-[aPpf]+$/.test(name)) continue;
    const r = resolveCommand(sh, name);
    if (!r) {
      status = sh.flavor === 'bash' ? 1 : 127;
      if (terse) continue;
      if (sh.flavor === 'bash') builtinError(sh, io, 'type', `${name}: not found`);
      else sh.out(io, `${name}: not found\n`);
      continue;
    }
    if (terse) { sh.out(io, r.kind + '\n'); continue; }
    const text = r.kind === 'file' ? `is ${r.path}` : r.kind === 'builtin' ? 'is a shell builtin' : r.kind === 'keyword' ? 'is a shell keyword' : 'is a function';
    sh.out(io, `${name} ${text}\n`);
  }
  return status;
}

async function commandCmd(sh: Interpreter, argv: string[], io: Io): Promise<number> {
  const mode = argv[1];
  if (mode === '-v' || mode === '-V') {
    // bash succeeds when any name is found; busybox looks at the first name only
    const names = sh.flavor === 'busybox' ? argv.slice(2, 3) : argv.slice(2);
    let found = false;
    for (const name of names) {
      const r = resolveCommand(sh, name);
      if (!r) {
        if (mode === '-V') builtinError(sh, io, 'command', `${name}: not found`);
        continue;
      }
      found = true;
      if (mode === '-v') sh.out(io, (r.kind === 'file' ? r.path : name) + '\n');
      else await typeCmd(sh, ['type', name], io);
    }
    return found ? 0 : sh.flavor === 'busybox' ? 127 : 1;
  }
  const rest = argv.slice(mode === '-p' || mode === '--' ? 2 : 1);
  if (rest.length === 0) return 0;
  return sh.dispatch(rest, {}, io, true);
}

function whichCmd(sh: Interpreter, argv: string[], io: Io): number {
  let status = 0;
  for (const name of argv.slice(1)) {
    if (name.startsWith('-')) continue;
    const r = resolveCommand(sh, name, true);
    if (r && r.kind === 'file') sh.out(io, r.path + '\n');
    else status = 1;
  }
  return argv.length < 2 ? 1 : status;
}

/** sh / bash: -c STRING [NAME [ARGS]], a script file, or commands read from stdin */
async function shellCmd(sh: Interpreter, argv: string[], io: Io): Promise<number> {
  const me = argv[0].slice(argv[0].lastIndexOf('/') + 1);
  let i = 1;
  let cmdMode = false;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--' || a === '-') { i++; break; }
    if (a === '-o' || a === '+o') { i++; continue; }
    if (!/^[-+][A-Za-z]+$/.test(a)) break;
    if (a.startsWith('-') && a.includes('c')) cmdMode = true;
  }
  if (cmdMode) {
    const script = argv[i];
    if (script === undefined) {
      sh.err(io, sh.flavor === 'bash' ? `${me}: -c: option requires an argument\n` : `${sh.dialect.name}: -c requires an argument\n`);
      return 2;
    }
    return sh.runChild(script, io, argv[i + 1] ?? me, argv.slice(i + 2));
  }
  const file = argv[i];
  if (file !== undefined) {
    const text = sh.fs.read(file);
    if (text === null) {
      if (sh.flavor === 'bash') { sh.err(io, `${me}: ${file}: No such file or directory\n`); return 127; }
      sh.err(io, `${sh.dialect.name}: can't open '${file}': No such file or directory\n`);
      return 2;
    }
    return sh.runChild(text, io, file, argv.slice(i + 1), true);
  }
  // no script: the commands come from standard input (`echo 'ls' | sh`)
  const text = io.stdin.text;
  io.stdin.text = '';
  return sh.runChild(text, io, me, []);
}

async function envCmd(sh: Interpreter, argv: string[], io: Io): Promise<number> {
  let i = 1;
  let clear = false;
  const unset: string[] = [];
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-i' || a === '-' || a === '--ignore-environment') clear = true;
    else if (a === '-u') unset.push(argv[++i] ?? '');
    else if (a === '--') { i++; break; }
    else break;
  }
  const assigns: [string, string][] = [];
  for (; i < argv.length && /^[^=]+=/.test(argv[i]); i++) {
    const eq = argv[i].indexOf('=');
    assigns.push([argv[i].slice(0, eq), argv[i].slice(eq + 1)]);
  }
  const cmd = argv.slice(i);
  return sh.subshell(async () => {
    if (clear) for (const k of Object.keys(sh.env)) delete sh.env[k];
    for (const k of unset) sh.unsetVar(k);
    for (const [k, v] of assigns) sh.exportVar(k, v);
    if (cmd.length === 0) {
      for (const [k, v] of Object.entries(sh.env)) sh.out(io, `${k}=${v}\n`);
      return 0;
    }
    if (!resolveCommand(sh, cmd[0], true)) {
      if (sh.flavor === 'bash') sh.err(io, `env: ‘${cmd[0]}’: No such file or directory\n`);
      else sh.err(io, `env: can't execute '${cmd[0]}': No such file or directory\n`);
      return 127;
    }
    return sh.dispatch(cmd, {}, io, true);
  });
}

/** xargs [-n N] [-I R] [-r] [-t] [cmd [args]]: run cmd with words read from stdin */
async function xargsCmd(sh: Interpreter, argv: string[], io: Io): Promise<number> {
  let i = 1;
  let max = Infinity;
  let repl: string | null = null;
  let noEmpty = false;
  let trace = false;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-n') max = Number(argv[++i]);
    else if (/^-n\d+$/.test(a)) max = Number(a.slice(2));
    else if (a === '-I') repl = argv[++i] ?? '{}';
    else if (a.startsWith('-I')) repl = a.slice(2);
    else if (a === '-r' || a === '--no-run-if-empty') noEmpty = true;
    else if (a === '-t') trace = true;
    else if (a === '--') { i++; break; }
    else break;
  }
  if (!(max >= 1)) max = Infinity;
  const cmd = argv.length > i ? argv.slice(i) : ['echo'];
  const input = io.stdin.text;
  const runs: string[][] = [];
  if (repl !== null) {
    for (const line of input.split('\n')) {
      const l = line.replace(/^[ \t]+/, '');
      if (l !== '') runs.push(cmd.map((c) => c.split(repl!).join(l)));
    }
  } else {
    const words = input.match(/"[^"]*"|'[^']*'|[^\s]+/g)?.map((w) => w.replace(/^["']|["']$/g, '')) ?? [];
    if (words.length === 0 && !noEmpty) runs.push(cmd);
    for (let k = 0; k < words.length; k += max === Infinity ? words.length : max) {
      runs.push([...cmd, ...words.slice(k, max === Infinity ? undefined : k + max)]);
    }
  }
  let status = 0;
  const cio: Io = { stdin: { text: '' }, fds: io.fds };
  for (const run of runs) {
    if (trace) sh.err(io, run.join(' ') + '\n');
    if (!resolveCommand(sh, run[0], true) && !sh.builtin(run[0])) {
      sh.err(io, `xargs: ${run[0]}: No such file or directory\n`);
      return 127;
    }
    const st = await sh.dispatch(run, {}, cio, true);
    if (st === 255) return 124;
    if (st !== 0) status = 123;
  }
  return status;
}

export const CMD_BUILTINS: Record<string, Builtin> = {
  type: b(typeCmd),
  command: b(commandCmd),
  which: b(whichCmd, ['bash', 'busybox'], 'file'),
  sh: b(shellCmd, ['bash', 'busybox'], 'file'),
  bash: b(shellCmd, ['bash'], 'file'),
  ash: b(shellCmd, ['busybox'], 'file'),
  env: b(envCmd, ['bash', 'busybox'], 'file'),
  xargs: b(xargsCmd, ['bash', 'busybox'], 'file'),
};
