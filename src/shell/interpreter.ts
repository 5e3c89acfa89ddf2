/**
 * Walks the syntax tree. One Interpreter is one shell process: its variables, working
 * directory, functions and $?. Subshells (pipeline parts, $(...), ( ... )) snapshot
 * and restore that state instead of forking.
 */
import type { Command, ListNode, Pipeline, SimpleCommand } from './ast';
import type { Builtin } from './builtin-util';
import { BUILTINS } from './builtins';
import { commandNotFound, errPrefix, formatSyntaxError, type DialectInfo, type Flavor } from './dialect';
import { AbortSignal, ExitSignal, LoopSignal, ReturnSignal, ShellSyntaxError } from './errors';
import { expandFields, expandPattern, expandString, globMatch, type ExpandContext } from './expand';
import { applyRedirs, ioSink, normalizePath, wrapFs, writeFd, type Io } from './io';
import { Parser } from './parser';
import type { CommandContext, CommandHandler, CommandRegistry, ShellFs } from './types';

/** nesting limits: `sh -c` inside `sh -c`, $( $( ) ), function recursion, loop length */
export const MAX_SHELL_DEPTH = 20;
export const MAX_SUBST_DEPTH = 20;
export const MAX_FUNC_DEPTH = 100;
export const MAX_LOOP_ITERATIONS = 100_000;

export interface InterpOptions {
  flavor: Flavor;
  /** user commands merged over the built-in text tools */
  commands: CommandRegistry;
  fs: ShellFs;
  /** exported variables; this object is kept live (Shell.env) */
  env: Record<string, string>;
  sleep: (ms: number) => Promise<void>;
  interrupted: () => boolean;
  interactive: boolean;
  name: string;
  args: string[];
  pid: number;
  depth: number;
  cwd: string;
}

/** raised when interrupted() turns true: unwinds the whole run with status 130 */
export class InterruptSignal {}

interface Snapshot {
  env: Record<string, string>;
  locals: Map<string, string>;
  functions: Map<string, Command>;
  positional: string[];
  cwd: string;
}

export function setOwn(obj: Record<string, string>, key: string, value: string): void {
  // defineProperty, so that a name like __proto__ is stored as a plain key
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

export class Interpreter implements ExpandContext {
  readonly flavor: Flavor;
  readonly env: Record<string, string>;
  readonly locals = new Map<string, string>();
  functions = new Map<string, Command>();
  positional: string[];
  cwd: string;
  lastStatus = 0;
  exitRequested = false;
  readonly dialect: DialectInfo;
  /** the ShellFs commands see: relative paths resolved, /dev/null present */
  readonly fs: ShellFs;
  /** line of the command being run, for messages */
  line = 1;
  /** >0 inside ( ), pipelines and $( ): `exit` leaves only that part */
  subshellLevel = 0;
  funcDepth = 0;
  loopDepth = 0;
  sourceDepth = 0;
  /** saved values for `local`, one frame per running function */
  localFrames: Map<string, string | undefined>[] = [];
  private substDepth = 0;
  private substStatus: number | null = null;
  private io: Io | null = null;
  private ticks = 0;

  constructor(readonly opts: InterpOptions) {
    this.flavor = opts.flavor;
    this.env = opts.env;
    this.positional = [...opts.args];
    this.cwd = opts.cwd;
    this.dialect = { flavor: opts.flavor, name: opts.name, interactive: opts.interactive };
    this.fs = wrapFs(opts.fs, () => this.cwd);
  }

  // ---- variables (ExpandContext) ----

  getVar(name: string): string | undefined {
    if (Object.hasOwn(this.env, name)) return this.env[name];
    return this.locals.get(name);
  }

  setVar(name: string, value: string): void {
    if (Object.hasOwn(this.env, name)) setOwn(this.env, name, value);
    else this.locals.set(name, value);
  }

  exportVar(name: string, value?: string): void {
    const v = value ?? this.getVar(name);
    this.locals.delete(name);
    if (v !== undefined) setOwn(this.env, name, v);
  }

  unsetVar(name: string): void {
    if (Object.hasOwn(this.env, name)) delete this.env[name];
    this.locals.delete(name);
  }

  special(name: string): string | undefined {
    if (name === '?') return String(this.lastStatus);
    if (name === '$') return String(this.opts.pid);
    if (name === '#') return String(this.positional.length);
    if (name === '0') return this.opts.name;
    if (/^[1-9][0-9]*$/.test(name)) return this.positional[Number(name) - 1];
    if (name === '-') return this.flavor === 'bash' ? (this.opts.interactive ? 'himBHs' : 'hBc') : '';
    if (name === '!') return '';
    if (name === 'PWD' && this.getVar('PWD') === undefined) return this.cwd;
    if (name === 'LINENO') return String(this.line);
    if (name === 'RANDOM' && this.flavor === 'bash') return String(Math.floor(Math.random() * 32768));
    return undefined;
  }

  positionalArgs(): string[] {
    return this.positional;
  }

  fail(message: string, line: number): never {
    this.err(this.io, errPrefix(this.dialect, line) + message + '\n');
    throw new AbortSignal(this.flavor === 'busybox' ? 2 : 1);
  }

  async cmdsub(body: ListNode[], _line: number): Promise<string> {
    const parent = this.io;
    if (this.substDepth >= MAX_SUBST_DEPTH) {
      this.fail('command substitution nesting too deep', this.line);
    }
    const buf = { text: '' };
    const fds = new Map(parent?.fds ?? []);
    fds.set(1, { kind: 'buf', buf });
    const cio: Io = { stdin: parent?.stdin ?? { text: '' }, fds };
    this.substDepth++;
    try {
      this.substStatus = await this.subshell(() => this.runList(body, cio));
    } finally {
      this.substDepth--;
      this.io = parent;
    }
    return buf.text;
  }

  // ---- output helpers ----

  out(io: Io | null, text: string): void {
    if (io) writeFd(io, this.fs, 1, text);
  }

  err(io: Io | null, text: string): void {
    if (io) writeFd(io, this.fs, 2, text);
  }

  /** `bash: line 3: ` / `sh: ` */
  prefix(line = this.line): string {
    return errPrefix(this.dialect, line);
  }

  // ---- running text ----

  /**
   * Parse and run text one complete command at a time. `nested` (eval, source) lets
   * exit and interrupts propagate to the caller instead of ending here.
   */
  async runScript(text: string, io: Io, nested = false): Promise<number> {
    const parser = new Parser(text, { implicitNewline: !(this.flavor === 'busybox' && !this.opts.interactive), flavor: this.flavor });
    let status = nested ? 0 : this.lastStatus;
    for (;;) {
      let list: ListNode[] | null;
      try {
        list = parser.nextCommand();
      } catch (e) {
        if (!(e instanceof ShellSyntaxError)) throw e;
        this.err(io, formatSyntaxError(this.dialect, e));
        status = 2;
        break;
      } finally {
        for (const w of parser.lexer.warnings) this.err(io, this.prefix(w.line) + w.text + '\n');
        parser.lexer.warnings = [];
      }
      if (!list) break;
      try {
        status = await this.runList(list, io);
      } catch (e) {
        if (nested) throw e;
        if (e instanceof ExitSignal) { status = e.status; this.exitRequested = true; break; }
        if (e instanceof InterruptSignal) { status = 130; break; }
        if (e instanceof AbortSignal) {
          status = e.status;
          this.lastStatus = status;
          // bash goes on with the next line; a non-interactive ash exits
          if (this.flavor === 'busybox' && !this.opts.interactive) break;
          continue;
        }
        if (e instanceof LoopSignal || e instanceof ReturnSignal) continue;
        throw e;
      }
    }
    this.lastStatus = status;
    return status;
  }

  /** between commands: honour Ctrl-C, and now and then let the event loop run */
  private async checkpoint(): Promise<void> {
    if (this.opts.interrupted()) throw new InterruptSignal();
    if (++this.ticks % 256 === 0) {
      await this.opts.sleep(0);
      if (this.opts.interrupted()) throw new InterruptSignal();
    }
  }

  async runList(list: ListNode[], io: Io): Promise<number> {
    let status = this.lastStatus;
    for (const item of list) {
      status = await this.runAndOr(item, io);
      // `cmd &` runs to completion here (no job control); its status is 0 like a started job
      if (item.background) status = 0;
      this.lastStatus = status;
    }
    return status;
  }

  private async runAndOr(item: ListNode, io: Io): Promise<number> {
    let status = await this.runPipeline(item.andOr.first, io);
    for (const { op, pipeline } of item.andOr.rest) {
      this.lastStatus = status;
      if (op === '&&' ? status === 0 : status !== 0) status = await this.runPipeline(pipeline, io);
    }
    return status;
  }

  private async runPipeline(p: Pipeline, io: Io): Promise<number> {
    await this.checkpoint();
    let status: number;
    if (p.commands.length === 1) {
      status = await this.runCommand(p.commands[0], io);
    } else {
      // buffered pipes: each part runs to completion and hands its whole output on
      let input = io.stdin;
      status = 0;
      for (let i = 0; i < p.commands.length; i++) {
        const last = i === p.commands.length - 1;
        const buf = { text: '' };
        const fds = new Map(io.fds);
        if (!last) {
          fds.set(1, { kind: 'buf', buf });
          if (p.pipeStderr[i]) fds.set(2, { kind: 'buf', buf });
        }
        const cmd = p.commands[i];
        const cio: Io = { stdin: input, fds };
        status = await this.subshell(() => this.runCommand(cmd, cio));
        input = { text: buf.text };
        if (i < p.commands.length - 1) await this.checkpoint();
      }
    }
    return p.negate ? (status === 0 ? 1 : 0) : status;
  }

  /** run fn with the shell state restored afterwards; `exit` inside ends only fn */
  async subshell(fn: () => Promise<number>): Promise<number> {
    const snap = this.snapshot();
    this.subshellLevel++;
    try {
      return await fn();
    } catch (e) {
      if (e instanceof ExitSignal || e instanceof AbortSignal || e instanceof ReturnSignal) return e.status;
      if (e instanceof LoopSignal) return 0;
      throw e;
    } finally {
      this.subshellLevel--;
      this.restore(snap);
    }
  }

  private snapshot(): Snapshot {
    return {
      env: { ...this.env },
      locals: new Map(this.locals),
      functions: new Map(this.functions),
      positional: [...this.positional],
      cwd: this.cwd,
    };
  }

  private restore(s: Snapshot): void {
    for (const k of Object.keys(this.env)) if (!Object.hasOwn(s.env, k)) delete this.env[k];
    for (const [k, v] of Object.entries(s.env)) setOwn(this.env, k, v);
    this.locals.clear();
    for (const [k, v] of s.locals) this.locals.set(k, v);
    this.functions = s.functions;
    this.positional = s.positional;
    this.cwd = s.cwd;
  }

  // ---- commands ----

  async runCommand(cmd: Command, io: Io): Promise<number> {
    if (cmd.type === 'simple') return this.runSimple(cmd, io);
    if (cmd.type === 'funcdef') {
      this.functions.set(cmd.name, cmd.body);
      return 0;
    }
    this.io = io;
    const rio = await applyRedirs(cmd.redirs, io, this.redirEnv(), cmd.line);
    if (!rio) return 1;
    switch (cmd.type) {
      case 'subshell':
        return this.subshell(() => this.runList(cmd.body, rio));
      case 'group':
        return this.runList(cmd.body, rio);
      case 'if': {
        for (const c of cmd.clauses) {
          if ((await this.runList(c.cond, rio)) === 0) return this.runList(c.body, rio);
        }
        return cmd.elseBody ? this.runList(cmd.elseBody, rio) : 0;
      }
      case 'while':
        return this.loop(async () => {
          const c = await this.runList(cmd.cond, rio);
          return cmd.until ? c !== 0 : c === 0;
        }, cmd.body, rio, cmd.until ? 'until' : 'while');
      case 'for': {
        this.io = rio;
        const items: string[] = [];
        if (cmd.items) for (const w of cmd.items) items.push(...(await expandFields(w, this)));
        else items.push(...this.positional);
        let i = 0;
        return this.loop(async () => {
          if (i >= items.length) return false;
          this.setVar(cmd.name, items[i++]);
          return true;
        }, cmd.body, rio, 'for');
      }
      case 'case': {
        this.io = rio;
        const subject = await expandString(cmd.subject, this);
        for (const item of cmd.items) {
          for (const pw of item.patterns) {
            if (globMatch(await expandPattern(pw, this), subject)) return this.runList(item.body, rio);
          }
        }
        return 0;
      }
    }
  }

  private async loop(next: () => Promise<boolean>, body: ListNode[], io: Io, kw: string): Promise<number> {
    let status = 0;
    this.loopDepth++;
    try {
      for (let n = 0; ; n++) {
        await this.checkpoint();
        if (n >= MAX_LOOP_ITERATIONS) {
          this.err(io, `${this.prefix()}${kw}: loop stopped after ${MAX_LOOP_ITERATIONS} iterations\n`);
          return 1;
        }
        if (!(await next())) break;
        try {
          status = await this.runList(body, io);
        } catch (e) {
          if (!(e instanceof LoopSignal)) throw e;
          if (e.levels > 1) { e.levels--; throw e; }
          if (e.kind === 'break') break;
        }
      }
    } finally {
      this.loopDepth--;
    }
    return status;
  }

  redirEnv() {
    return { ctx: this, fs: this.fs, dialect: this.dialect, cwd: this.cwd };
  }

  private async runSimple(cmd: SimpleCommand, io: Io): Promise<number> {
    this.line = cmd.line;
    this.io = io;
    this.substStatus = null;
    const argv: string[] = [];
    for (const w of cmd.words) argv.push(...(await expandFields(w, this)));
    const rio = await applyRedirs(cmd.redirs, io, this.redirEnv(), cmd.line);
    if (!rio) return 1;
    this.io = rio;
    if (argv.length === 0) {
      for (const a of cmd.assigns) {
        const v = await expandString(a.value, this);
        this.setVar(a.name, a.append ? (this.getVar(a.name) ?? '') + v : v);
      }
      return this.substStatus ?? 0;
    }
    const prefix: Record<string, string> = {};
    for (const a of cmd.assigns) {
      const v = await expandString(a.value, this);
      setOwn(prefix, a.name, a.append ? (this.getVar(a.name) ?? '') + v : v);
    }
    return this.dispatch(argv, prefix, rio);
  }

  /** find and run argv[0]: function, builtin, registered command, or a script file */
  async dispatch(argv: string[], prefix: Record<string, string>, io: Io, noFunctions = false): Promise<number> {
    const name = argv[0];
    const fn = noFunctions ? undefined : this.functions.get(name);
    if (fn) return this.withVars(prefix, () => this.callFunction(name, fn, argv, io));
    const builtin = this.builtin(name);
    if (builtin) {
      this.io = io;
      return this.withVars(prefix, async () => (await builtin.run(this, argv, io)) & 0xff);
    }
    const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
    const handler = this.lookup(name) ?? (name.includes('/') && /^\/(usr\/)?(s?bin)\//.test(name) ? this.lookup(base) : undefined);
    if (handler) return this.callHandler(name, handler, argv, prefix, io);
    if (name.includes('/')) {
      const text = this.fs.read(name);
      if (text !== null) return this.runChild(text, io, name, argv.slice(1));
      if (this.flavor === 'busybox') this.err(io, `${this.opts.name}: ${name}: not found\n`);
      else this.err(io, `${this.prefix()}${name}: No such file or directory\n`);
      return 127;
    }
    this.err(io, commandNotFound(this.dialect, name, this.line));
    return 127;
  }

  builtin(name: string): Builtin | undefined {
    const b = BUILTINS[name];
    return b && b.flavors.includes(this.flavor) ? b : undefined;
  }

  lookup(name: string): CommandHandler | undefined {
    return name === '' ? undefined : this.opts.commands.get(name);
  }

  /** `VAR=x cmd` for builtins and functions: VAR is set and exported for the duration only */
  private async withVars(vars: Record<string, string>, fn: () => Promise<number>): Promise<number> {
    const names = Object.keys(vars);
    if (names.length === 0) return fn();
    const saved = names.map((n) => [n, Object.hasOwn(this.env, n), this.getVar(n)] as const);
    for (const n of names) this.exportVar(n, vars[n]);
    try {
      return await fn();
    } finally {
      for (const [n, wasExported, v] of saved) {
        this.unsetVar(n);
        if (v === undefined) continue;
        if (wasExported) setOwn(this.env, n, v);
        else this.locals.set(n, v);
      }
    }
  }

  private async callFunction(name: string, body: Command, argv: string[], io: Io): Promise<number> {
    if (this.funcDepth >= MAX_FUNC_DEPTH) {
      this.err(io, `${this.prefix()}${name}: maximum function nesting level exceeded (${MAX_FUNC_DEPTH})\n`);
      throw new AbortSignal(1);
    }
    const savedArgs = this.positional;
    this.positional = argv.slice(1);
    this.funcDepth++;
    this.localFrames.push(new Map());
    try {
      return await this.runCommand(body, io);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.status;
      throw e;
    } finally {
      for (const [n, v] of this.localFrames.pop()!) {
        if (v === undefined) this.unsetVar(n);
        else this.setVar(n, v);
      }
      this.funcDepth--;
      this.positional = savedArgs;
    }
  }

  /** run a command handler; whatever it throws becomes a one-line message and status 1 */
  async callHandler(name: string, handler: CommandHandler, argv: string[], prefix: Record<string, string>, io: Io): Promise<number> {
    const env = { ...this.env };
    for (const [k, v] of Object.entries(prefix)) setOwn(env, k, v);
    const ctx: CommandContext = {
      argv,
      stdin: io.stdin.text,
      env,
      fs: this.fs,
      sleep: (ms) => this.opts.sleep(ms),
      interrupted: () => this.opts.interrupted(),
      runLine: (line, out) => this.runChild(line, { stdin: { text: '' }, fds: new Map([[1, { kind: 'sink', sink: out, fd: 1 }], [2, { kind: 'sink', sink: out, fd: 2 }]]) }, this.defaultName(), []),
      write: (fd, text) => writeFd(io, this.fs, fd, String(text)),
    };
    try {
      const r = await handler(ctx);
      return typeof r === 'number' && Number.isFinite(r) ? Math.trunc(r) & 0xff : 1;
    } catch (e) {
      if (e instanceof InterruptSignal) throw e;
      const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      this.err(io, `${this.prefix()}${name}: internal error: ${msg}\n`);
      return 1;
    }
  }

  defaultName(): string {
    return this.flavor === 'bash' ? 'bash' : 'sh';
  }

  /** a fresh shell of the same kind (sh -c, scripts, ctx.runLine) */
  async runChild(script: string, io: Io, name: string, args: string[]): Promise<number> {
    if (this.opts.depth >= MAX_SHELL_DEPTH) {
      this.err(io, `${this.prefix()}${name}: maximum shell nesting level exceeded (${MAX_SHELL_DEPTH})\n`);
      return 1;
    }
    const child = new Interpreter({
      ...this.opts, env: { ...this.env }, interactive: false, name, args, depth: this.opts.depth + 1, cwd: this.cwd,
    });
    try {
      return await child.runScript(script, io);
    } catch (e) {
      if (e instanceof InterruptSignal) return 130;
      throw e;
    }
  }

  sink(io: Io) {
    return ioSink(io, this.fs);
  }

  resolve(path: string): string {
    return normalizePath(this.cwd, path);
  }
}
