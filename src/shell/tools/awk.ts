/**
 * awk [-F FS] [-v var=value] [-f progfile | 'program'] [file ...]: a small awk
 * (see awk-parse.ts for the language covered). Messages follow mawk, the awk of
 * Debian/Ubuntu hosts, and busybox awk in containers.
 */
import type { CommandContext } from '../types';
import { openError, readInput, usageTail, type Tool } from './common';
import { AwkSyntaxError, parseAwk, type Expr, type Program, type Rule, type Stmt } from './awk-parse';
import { evalExpr } from './awk-eval';
import {
  AwkRuntimeError, awkSprintf, Break, compileRe, Continue, Exit, fmtNum, Next, Return, setMawk, strnum, toNum, toStr,
  type Val,
} from './awk-value';

const MAWK_USAGE = `Usage: mawk [Options] [Program] [file ...]

Program:
    The -f option value is the name of a file containing program text.
    If no -f option is given, a "--" ends option processing; the following
    parameters are the program text.

Options:
    -f program-file  Program  text is read from file instead of from the
                     command-line.  Multiple -f options are accepted.
    -F value         sets the field separator, FS, to value.
    -v var=value     assigns value to program variable var.
    --               unambiguous end of options.

    Implementation-specific options are prefixed with "-W".  They can be
    abbreviated:

    -W version       show version information and exit.
    -W dump          show assembler-like listing of program and exit.
    -W help          show this message and exit.
    -W interactive   set unbuffered output, line-buffered input.
    -W exec file     use file as program as well as last option.
    -W random=number set initial random seed.
    -W sprintf=number adjust size of sprintf buffer.
    -W posix_space   do not consider "\\n" a space.
    -W usage         show this message and exit.
`;

const unescape = (s: string) => s.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', '\\': '\\' } as Record<string, string>)[c] ?? '\\' + c);

export const awk: Tool = async (ctx, flavor) => {
  const bb = flavor === 'busybox';
  const args = ctx.argv.slice(1);
  const assigns: [string, string][] = [];
  let fs: string | null = null;
  let progText: string | null = null;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') { i++; break; }
    if (a === '-F' || a === '-v' || a === '-f') {
      const v = args[++i];
      if (v === undefined) { ctx.write(2, `awk: option requires an argument -- '${a[1]}'\n` + (bb ? usageTail('awk', flavor) : MAWK_USAGE)); return 2; }
      if (a === '-F') fs = v;
      else if (a === '-v') { const eq = v.indexOf('='); if (eq > 0) assigns.push([v.slice(0, eq), v.slice(eq + 1)]); }
      else {
        const t = ctx.fs.read(v);
        if (t === null) { ctx.write(2, bb ? `awk: can't open '${v}': No such file or directory\n` : `awk: couldn't open file ${v}\n`); return 2; }
        progText = (progText ?? '') + t + '\n';
      }
      continue;
    }
    if (a.startsWith('-F')) { fs = a.slice(2); continue; }
    if (a.startsWith('-v')) { const v = a.slice(2); const eq = v.indexOf('='); if (eq > 0) assigns.push([v.slice(0, eq), v.slice(eq + 1)]); continue; }
    if (a.startsWith('-W') || a === '--posix' || a === '--traditional') continue;
    if (a.startsWith('-') && a.length > 1) { ctx.write(2, `awk: not an option: ${a}\n`); return 2; }
    break;
  }
  if (progText === null) {
    if (i >= args.length) {
      // mawk really exits 0 here
      ctx.write(2, bb ? usageTail('awk', flavor) : MAWK_USAGE);
      return bb ? 1 : 0;
    }
    progText = args[i++];
  }
  let prog: Program;
  try {
    prog = parseAwk(progText);
  } catch (e) {
    if (!(e instanceof AwkSyntaxError)) throw e;
    ctx.write(2, bb ? `awk: cmd. line:${e.atEof ? e.line - 1 : e.line}: Unexpected token\n` : `awk: line ${e.line}: ${e.message}\n`);
    return bb ? 1 : 2;
  }
  const run = new AwkRun(ctx, prog, bb);
  if (fs !== null) run.vars.set('FS', fs === 't' ? '\t' : unescape(fs));
  for (const [k, v] of assigns) run.vars.set(k, strnum(unescape(v)));
  setMawk(!bb);
  const status = run.main(args.slice(i));
  // print | "cmd": each command gets everything written to it, when awk ends
  for (const [cmd, data] of run.pipes) {
    const delim = `AWK_PIPE_${Math.random().toString(36).slice(2)}`;
    await ctx.runLine(`${cmd} <<'${delim}'\n${data}${data.endsWith('\n') || data === '' ? '' : '\n'}${delim}\n`, ctx);
  }
  return status;
};

export class AwkRun {
  vars = new Map<string, Val>([['FS', ' '], ['OFS', ' '], ['ORS', '\n'], ['RS', '\n'], ['NR', 0], ['NF', 0], ['FNR', 0],
    ['SUBSEP', '\x1c'], ['CONVFMT', '%.6g'], ['OFMT', '%.6g'], ['RSTART', 0], ['RLENGTH', -1], ['FILENAME', '']]);
  arrays = new Map<string, Map<string, Val>>();
  frames: { vars: Map<string, Val>; arrays: Map<string, Map<string, Val>> }[] = [];
  fields: string[] = [''];
  out = '';
  files = new Set<string>();
  rangeOn = new Map<Rule, boolean>();
  seed = 1;
  depth = 0;
  /** files read with getline < file */
  readers = new Map<string, { lines: string[]; i: number }>();
  /** output for print | "cmd", run when awk ends */
  pipes = new Map<string, string>();
  /** the current input's records, so that plain getline can take the next one */
  private records: string[] = [];
  private recIdx = 0;

  constructor(readonly ctx: CommandContext, readonly prog: Program, readonly bb: boolean) {
    this.arrays.set('ENVIRON', new Map(Object.entries(ctx.env)));
  }

  flush() {
    if (this.out) { this.ctx.write(1, this.out); this.out = ''; }
  }

  main(operands: string[]): number {
    let code = 0;
    try {
      try {
        for (const r of this.prog.rules) if (r.kind === 'begin') this.execBlock(r.body!);
        const hasMain = this.prog.rules.some((r) => r.kind !== 'begin');
        if (hasMain) {
          const inputs = operands.filter((o) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(o));
          if (inputs.length === 0) this.processText(this.ctx.stdin, '');
          for (const o of operands) {
            const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(o);
            if (m) { this.vars.set(m[1], strnum(unescape(m[2]))); continue; }
            const text = readInput(this.ctx, o);
            if (text === null) {
              this.flush();
              this.ctx.write(2, openError('awk', this.bb ? 'busybox' : 'bash', o));
              return this.bb ? 1 : 2;
            }
            this.processText(text, o);
          }
        }
      } catch (e) {
        if (!(e instanceof Exit)) throw e;
        code = e.code;
      }
      try {
        for (const r of this.prog.rules) if (r.kind === 'end') this.execBlock(r.body!);
      } catch (e) {
        if (!(e instanceof Exit)) throw e;
        code = e.code;
      }
    } catch (e) {
      if (!(e instanceof AwkRuntimeError)) throw e;
      this.flush();
      if (this.bb) {
        this.ctx.write(2, `awk: cmd. line:1: ${e.busybox}\n`);
        return 1;
      }
      const where = `\tFILENAME="${toStr(this.vars.get('FILENAME')!)}" FNR=${toStr(this.vars.get('FNR')!)} NR=${toStr(this.vars.get('NR')!)}`;
      this.ctx.write(2, `awk: run time error: ${e.mawk}\n${where}\n`);
      return 2;
    }
    this.flush();
    return code;
  }

  processText(text: string, name: string) {
    this.vars.set('FILENAME', name);
    this.vars.set('FNR', 0);
    this.records = text === '' ? [] : text.replace(/\n$/, '').split('\n');
    this.recIdx = 0;
    for (let rec = this.nextRecord(); rec !== null; rec = this.nextRecord()) {
      this.vars.set('NR', toNum(this.vars.get('NR')!) + 1);
      this.vars.set('FNR', toNum(this.vars.get('FNR')!) + 1);
      this.setRecord(rec);
      try {
        for (const r of this.prog.rules) if (r.kind === 'main' && this.matches(r)) this.execBlock(r.body ?? [{ t: 'print', args: [] }]);
      } catch (e) {
        if (!(e instanceof Next)) throw e;
      }
    }
  }

  nextRecord(): string | null {
    return this.recIdx < this.records.length ? this.records[this.recIdx++] : null;
  }

  matches(r: Rule): boolean {
    if (r.range) {
      if (!this.rangeOn.get(r)) {
        if (!this.truth(this.eval(r.range[0]))) return false;
        this.rangeOn.set(r, true);
      }
      if (this.truth(this.eval(r.range[1]))) this.rangeOn.set(r, false);
      return true;
    }
    return r.pattern ? this.truth(this.eval(r.pattern)) : true;
  }

  // ---- records and fields ----

  setRecord(rec: string) {
    this.fields = [rec, ...this.split(rec, toStr(this.vars.get('FS')!))];
    this.vars.set('NF', this.fields.length - 1);
  }

  split(s: string, fs: string | RegExp): string[] {
    if (s === '') return [];
    if (fs === ' ') return s.replace(/^[ \t\n]+|[ \t\n]+$/g, '').split(/[ \t\n]+/).filter((x, i, a) => a.length > 1 || x !== '');
    if (typeof fs === 'string' && fs.length === 1 && fs !== '\\') return s.split(fs);
    return s.split(typeof fs === 'string' ? compileRe(fs, '') : new RegExp(fs.source, ''));
  }

  rebuild() {
    const ofs = toStr(this.vars.get('OFS')!);
    this.fields[0] = this.fields.slice(1).join(ofs);
  }

  getField(n: number): Val {
    if (n < 0) throw new AwkRuntimeError(`negative field index $${n}`, 'Access to negative field');
    return n < this.fields.length ? strnum(this.fields[n]) : strnum('');
  }

  setField(n: number, v: string) {
    if (n === 0) { this.setRecord(v); return; }
    while (this.fields.length <= n) this.fields.push('');
    this.fields[n] = v;
    this.vars.set('NF', this.fields.length - 1);
    this.rebuild();
  }

  // ---- variables ----

  frame() { return this.frames[this.frames.length - 1]; }

  getVar(name: string): Val {
    if (name === 'NF') return this.fields.length - 1;
    const f = this.frame();
    if (f && f.vars.has(name)) return f.vars.get(name)!;
    return this.vars.get(name) ?? strnum('', 0);
  }

  setVar(name: string, v: Val) {
    if (name === 'NF') {
      const n = Math.max(0, Math.trunc(toNum(v)));
      this.fields.length = Math.min(this.fields.length, n + 1);
      while (this.fields.length <= n) this.fields.push('');
      this.rebuild();
      return;
    }
    const f = this.frame();
    if (f && f.vars.has(name)) f.vars.set(name, v);
    else this.vars.set(name, v);
  }

  array(name: string): Map<string, Val> {
    const f = this.frame();
    if (f && f.arrays.has(name)) return f.arrays.get(name)!;
    if (f && f.vars.has(name)) { const a = new Map<string, Val>(); f.vars.delete(name); f.arrays.set(name, a); return a; }
    let a = this.arrays.get(name);
    if (!a) { a = new Map(); this.arrays.set(name, a); }
    return a;
  }

  key(keys: Expr[]): string {
    return keys.map((k) => toStr(this.eval(k))).join(toStr(this.vars.get('SUBSEP')!));
  }

  assign(target: Expr, v: Val): Val {
    if (target.t === 'var') this.setVar(target.name, v);
    else if (target.t === 'field') this.setField(Math.trunc(toNum(this.eval(target.e))), toStr(v));
    else if (target.t === 'idx') this.array(target.name).set(this.key(target.keys), v);
    else if (target.t === 'group') return this.assign(target.e, v);
    return v;
  }

  truth(v: Val): boolean {
    if (typeof v === 'number') return v !== 0;
    if (typeof v === 'string') return v !== '';
    return v.num !== null ? v.num !== 0 : v.s !== '';
  }

  // ---- statements ----

  execBlock(body: Stmt[]) {
    for (const s of body) this.exec(s);
  }

  exec(s: Stmt): void {
    switch (s.t) {
      case 'block': this.execBlock(s.body); return;
      case 'expr': this.eval(s.e); return;
      case 'print': case 'printf': {
        let text: string;
        if (s.t === 'print') {
          const vals = s.args.length ? s.args.map((a) => this.eval(a)) : [this.fields[0]];
          text = vals.map((v) => (typeof v === 'number' ? fmtNum(v, toStr(this.vars.get('OFMT')!)) : toStr(v))).join(toStr(this.vars.get('OFS')!)) + toStr(this.vars.get('ORS')!);
        } else {
          if (!s.args.length) throw new AwkRuntimeError('printf: no format');
          const [fmt, ...rest] = s.args.map((a) => this.eval(a));
          text = awkSprintf(toStr(fmt), rest, !this.bb, 'printf');
        }
        this.emit(text, s.dest ? { mode: s.dest.mode, name: toStr(this.eval(s.dest.e)) } : null);
        return;
      }
      case 'if': if (this.truth(this.eval(s.c))) this.exec(s.a); else if (s.b) this.exec(s.b); return;
      case 'while': case 'do': case 'for': case 'forin': this.loop(s); return;
      case 'simple':
        if (s.kind === 'next' || s.kind === 'nextfile') throw new Next();
        throw s.kind === 'break' ? new Break() : new Continue();
      case 'exit': throw new Exit(s.e ? Math.trunc(toNum(this.eval(s.e))) & 0xff : 0);
      case 'return': throw new Return(s.e ? this.eval(s.e) : strnum(''));
      case 'delete':
        if (s.keys) this.array(s.name).delete(this.key(s.keys));
        else this.array(s.name).clear();
        return;
    }
  }

  loop(s: Extract<Stmt, { t: 'while' | 'do' | 'for' | 'forin' }>) {
    const body = (st: Stmt): boolean => {
      try { this.exec(st); } catch (e) {
        if (e instanceof Break) return false;
        if (!(e instanceof Continue)) throw e;
      }
      return true;
    };
    let guard = 0;
    const tick = () => { if (++guard > 10_000_000) throw new AwkRuntimeError('loop limit exceeded'); };
    if (s.t === 'forin') {
      for (const k of [...this.array(s.arr).keys()]) { tick(); this.setVar(s.v, strnum(k)); if (!body(s.body)) break; }
    } else if (s.t === 'while') {
      while (this.truth(this.eval(s.c))) { tick(); if (!body(s.body)) break; }
    } else if (s.t === 'do') {
      do { tick(); if (!body(s.body)) break; } while (this.truth(this.eval(s.c)));
    } else {
      if (s.init) this.eval(s.init);
      for (; !s.c || this.truth(this.eval(s.c)); s.step && this.eval(s.step)) { tick(); if (!body(s.body)) break; }
    }
  }

  emit(text: string, dest: { mode: string; name: string } | null) {
    if (dest?.mode === '|') { this.pipes.set(dest.name, (this.pipes.get(dest.name) ?? '') + text); return; }
    if (!dest || dest.name === '/dev/stdout' || dest.name === '-') { this.out += text; return; }
    if (dest.name === '/dev/stderr') { this.flush(); this.ctx.write(2, text); return; }
    const append = dest.mode === '>>' || this.files.has(dest.name);
    this.files.add(dest.name);
    const err = this.ctx.fs.write(dest.name, text, append);
    if (err) throw new AwkRuntimeError(`cannot open "${dest.name}" for output`);
  }

  // ---- expressions (see awk-eval.ts) ----
  eval(e: Expr): Val {
    return evalExpr(this, e);
  }
}
