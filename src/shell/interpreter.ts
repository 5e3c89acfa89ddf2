/**
 * Walks the syntax tree. One Interpreter is one shell process: its variables, working
 * directory, functions and $?. Subshells (pipeline parts, $(...), ( ... )) snapshot
 * and restore that state instead of forking.
 */
import type { Command, ListNode, Pipeline, SimpleCommand } from './ast';
import type { Builtin } from './builtin-util';
import { BUILTINS } from './builtins';
import { runCompound } from './compound';
import { MAX_COMMANDS, MAX_FUNC_DEPTH, MAX_SHELL_DEPTH, MAX_SUBST_DEPTH, setOwn } from './limits';
import { commandNotFound, errPrefix, formatSyntaxError, type DialectInfo, type Flavor } from './dialect';
import { AbortSignal, ExitSignal, InterruptSignal, LoopSignal, ReturnSignal, ShellSyntaxError } from './errors';
import { expandFields, expandString, type ExpandContext } from './expand';
import { callFunction, callHandler, withVars } from './invoke';
import { applyRedirs, normalizePath, wrapFs, writeFd, type Io } from './io';
import { Parser } from './parser';
import type { CommandHandler, CommandRegistry, ShellFs } from './types';

/** busy work longer than this gives the event loop a turn (Ctrl-C, output, the page stay alive) */
const YIELD_EVERY_MS = 12;

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
  /** shared by a shell and all its children; reset by Shell.run */
  budget: { commands: number };
  /** running a script file (`sh file`), not a -c string */
  fromFile?: boolean;
}

interface Snapshot {
  env: Record<string, string>;
  locals: Map<string, string>;
  functions: Map<string, Command>;
  positional: string[];
  cwd: string;
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
  /** start of the current stretch of work without a yield to the event loop */
  private busySince = Date.now();
  private readonly baseDialect: DialectInfo;
  /** the ShellFs commands see: relative paths resolved, /dev/null present */
  readonly fs: ShellFs;
  /** line of the command being run, for messages */
  line = 1;
  /** >0 inside ( ), pipelines and $( ): `exit` leaves only that part */
  subshellLevel = 0;
  funcDepth = 0;
  /** functions + eval + source currently running */
  nestDepth = 0;
  loopDepth = 0;
  sourceDepth = 0;
  /** saved values for `local`, one frame per running function */
  localFrames: Map<string, string | undefined>[] = [];
  private substDepth = 0;
  private substStatus: number | null = null;
  /** the Io of the command being expanded or run (where $(...) sends its stderr) */
  io: Io | null = null;

  constructor(readonly opts: InterpOptions) {
    this.flavor = opts.flavor;
    this.env = opts.env;
    this.positional = [...opts.args];
    this.cwd = opts.cwd;
    this.baseDialect = { flavor: opts.flavor, name: opts.name, interactive: opts.interactive };
    this.fs = wrapFs(opts.fs, () => this.cwd);
  }

  /**
   * Message style. Inside a function, `bash -c` names the source `environment`
   * (checked: bash -c 'f() { nope; }; f' prints `environment: line 1: nope: ...`).
   */
  get dialect(): DialectInfo {
    if (this.funcDepth > 0 && this.flavor === 'bash' && !this.opts.interactive && !this.opts.fromFile) {
      return { ...this.baseDialect, name: 'environment' };
    }
    return this.baseDialect;
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
    if (!nested) this.busySince = Date.now();
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
        if (e instanceof InterruptSignal) {
          if (this.opts.depth > 0) throw e;
          if (e.message) this.err(io, `${this.dialect.name}: ${e.message}\n`);
          status = e.status;
          break;
        }
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

  /**
   * Between commands: honour Ctrl-C and the command budget. It does not call sleep()
   * to yield: callers read a sleep as "this process is waiting" (background containers),
   * so a busy loop is bounded by MAX_COMMANDS instead.
   */
  async checkpoint(): Promise<void> {
    // let the page (or Node) breathe every few milliseconds of busy work, so Ctrl-C and output get
    // through a tight loop; a macrotask yield does not touch the simulated clock
    if (Date.now() - this.busySince > YIELD_EVERY_MS) {
      await new Promise((r) => setTimeout(r, 0));
      this.busySince = Date.now();
    }
    if (this.opts.interrupted()) throw new InterruptSignal();
    if (++this.opts.budget.commands > MAX_COMMANDS) {
      throw new InterruptSignal(1, `stopped after ${MAX_COMMANDS} commands (runaway loop or recursion?)`);
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
    return runCompound(this, cmd, io);
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
    if (fn) return this.withVars(prefix, () => callFunction(this, name, fn, argv, io));
    const builtin = this.builtin(name);
    if (builtin) {
      this.io = io;
      return this.withVars(prefix, async () => (await builtin.run(this, argv, io)) & 0xff);
    }
    const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
    const handler = this.lookup(name) ?? (name.includes('/') && /^\/(usr\/)?(s?bin)\//.test(name) ? this.lookup(base) : undefined);
    if (handler) return callHandler(this, name, handler, argv, prefix, io);
    if (name.includes('/')) {
      const text = this.fs.read(name);
      if (text !== null) return this.runChild(text, io, name, argv.slice(1), true);
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
  withVars(vars: Record<string, string>, fn: () => Promise<number>): Promise<number> {
    return withVars(this, vars, fn);
  }

  /** functions, eval and source share one nesting limit (bash would exhaust its stack) */
  enterNested(name: string, io: Io): void {
    if (this.nestDepth >= MAX_FUNC_DEPTH) {
      this.err(io, `${this.prefix()}${name}: maximum function nesting level exceeded (${MAX_FUNC_DEPTH})\n`);
      throw new AbortSignal(1);
    }
    this.nestDepth++;
  }

  defaultName(): string {
    return this.flavor === 'bash' ? 'bash' : 'sh';
  }

  /** a fresh shell of the same kind (sh -c, scripts, ctx.runLine) */
  async runChild(script: string, io: Io, name: string, args: string[], fromFile = false): Promise<number> {
    if (this.opts.depth >= MAX_SHELL_DEPTH) {
      this.err(io, `${this.prefix()}${name}: maximum shell nesting level exceeded (${MAX_SHELL_DEPTH})\n`);
      return 1;
    }
    const child = new Interpreter({
      ...this.opts, env: { ...this.env }, interactive: false, name, args, depth: this.opts.depth + 1, cwd: this.cwd, fromFile,
    });
    try {
      return await child.runScript(script, io);
    } catch (e) {
      // Ctrl-C: the child ends with 130 and the parent notices at its next command
      if (e instanceof InterruptSignal && !e.message) return 130;
      throw e;
    }
  }

  resolve(path: string): string {
    return normalizePath(this.cwd, path);
  }
}
