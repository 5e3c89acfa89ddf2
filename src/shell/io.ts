/**
 * File descriptors and redirections. Output is pushed, not streamed: each fd points at
 * the terminal sink, a buffer (pipe or $(...)), a file in ShellFs, or nowhere.
 */
import type { Redir } from './ast';
import { errPrefix, redirError, type DialectInfo } from './dialect';
import { expandFields, expandString, type ExpandContext } from './expand';
import type { Fd, OutputSink, ShellFs } from './types';

export type Target =
  | { kind: 'sink'; sink: OutputSink; fd: Fd }
  | { kind: 'buf'; buf: { text: string } }
  | { kind: 'file'; path: string }
  | { kind: 'null' };

export interface Io {
  /** what is left of standard input (`read` consumes lines from it) */
  stdin: { text: string };
  fds: Map<number, Target>;
}

export function terminalIo(out: OutputSink, stdin = ''): Io {
  return {
    stdin: { text: stdin },
    fds: new Map<number, Target>([[1, { kind: 'sink', sink: out, fd: 1 }], [2, { kind: 'sink', sink: out, fd: 2 }]]),
  };
}

export function writeFd(io: Io, fs: ShellFs, fd: number, text: string): void {
  if (text === '') return;
  const t = io.fds.get(fd);
  if (!t) return;
  switch (t.kind) {
    case 'sink': t.sink.write(t.fd, text); return;
    case 'buf': t.buf.text += text; return;
    case 'file': fs.write(t.path, text, true); return;
    case 'null': return;
  }
}

/** an OutputSink view of an Io, for command handlers and child shells */
export function ioSink(io: Io, fs: ShellFs): OutputSink {
  return { write: (fd, text) => writeFd(io, fs, fd, text) };
}

export function normalizePath(cwd: string, path: string): string {
  const abs = path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`;
  const out: string[] = [];
  for (const seg of abs.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return '/' + out.join('/');
}

/**
 * The ShellFs handed to commands: relative paths are resolved against the shell's
 * working directory, and /dev/null always exists (reads empty, swallows writes).
 */
export function wrapFs(fs: ShellFs, cwd: () => string): ShellFs {
  return {
    read(path) {
      const p = normalizePath(cwd(), path);
      if (p === '/dev/null') return '';
      return fs.read(p);
    },
    write(path, text, append) {
      const p = normalizePath(cwd(), path);
      if (p === '/dev/null') return null;
      return fs.write(p, text, append);
    },
  };
}

export interface RedirEnv {
  ctx: ExpandContext;
  fs: ShellFs;
  dialect: DialectInfo;
  cwd: string;
}

/**
 * Apply redirections in order (so `>f 2>&1` and `2>&1 >f` differ as in bash).
 * Returns the new Io, or null after printing an error (the command is then not run).
 */
export async function applyRedirs(redirs: Redir[], io: Io, env: RedirEnv, line: number): Promise<Io | null> {
  if (redirs.length === 0) return io;
  const next: Io = { stdin: io.stdin, fds: new Map(io.fds) };
  const { dialect: d, fs } = env;
  const fail = (text: string) => {
    // the error goes to stderr as redirected so far (`2>/dev/null` before a bad `<` hides it)
    const t = next.fds.get(2);
    if (t?.kind === 'sink') t.sink.write(t.fd, text);
    else if (t?.kind === 'buf') t.buf.text += text;
    else if (t?.kind === 'file') fs.write(t.path, text, true);
    return null;
  };
  for (const r of redirs) {
    if (r.op === '<<' || r.op === '<<-') {
      const body = r.heredoc ? (r.heredocQuoted ? r.heredoc.parts.map((p) => (p.kind === 'lit' ? p.text : '')).join('') : await expandString(r.heredoc, env.ctx)) : '';
      if (r.fd === 0) next.stdin = { text: body };
      continue;
    }
    if (r.op === '<<<') {
      const text = (await expandString(r.target, env.ctx)) + '\n';
      if (r.fd === 0) next.stdin = { text };
      continue;
    }
    const fields = await expandFields(r.target, env.ctx);
    if (fields.length !== 1) {
      return fail(d.flavor === 'busybox' ? `${d.name}: ambiguous redirect\n` : `${errLine(env, line)}${r.target.raw}: ambiguous redirect\n`);
    }
    const word = fields[0];
    if (r.op === '>&' || r.op === '<&') {
      if (word === '-') { next.fds.delete(r.fd); continue; }
      if (/^\d+$/.test(word)) {
        const src = next.fds.get(Number(word));
        if (!src && Number(word) !== 0) return fail(`${errLine(env, line)}${word}: Bad file descriptor\n`);
        if (src) next.fds.set(r.fd, src);
        continue;
      }
      if (r.op === '<&' || r.fd !== 1) return fail(`${errLine(env, line)}${word}: ambiguous redirect\n`);
      // `>&file` is bash's old spelling of `&>file`
    }
    if (r.op === '<' || r.op === '<>') {
      if (r.op === '<>' && fs.read(word) === null) {
        const err = fs.write(word, '', true);
        if (err) return fail(redirError(d, word, err, true, line));
      }
      const content = fs.read(word);
      if (content === null) return fail(redirError(d, word, 'No such file or directory', true, line));
      if (r.fd === 0) next.stdin = { text: content };
      continue;
    }
    const both = r.op === '&>' || r.op === '&>>' || r.op === '>&';
    const append = r.op === '>>' || r.op === '&>>';
    let target: Target;
    const abs = normalizePath(env.cwd, word);
    if (abs === '/dev/stdout' || abs === '/dev/stderr') {
      const t = next.fds.get(abs === '/dev/stdout' ? 1 : 2);
      target = t ?? { kind: 'null' };
    } else {
      // open now (truncate/create) so that a bad path stops the command, as in bash
      const err = fs.write(word, '', append);
      if (err) return fail(redirError(d, word, err, false, line));
      target = abs === '/dev/null' ? { kind: 'null' } : { kind: 'file', path: word };
    }
    next.fds.set(both ? 1 : r.fd, target);
    if (both) next.fds.set(2, target);
  }
  return next;
}

function errLine(env: RedirEnv, line: number): string {
  return errPrefix(env.dialect, line);
}
