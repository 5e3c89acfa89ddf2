/**
 * Public entry point: a POSIX-like shell for the simulated host (bash) and
 * containers (busybox ash). Nothing thrown inside a run escapes `run`.
 */
import { ShellSyntaxError } from './errors';
import { Interpreter } from './interpreter';
import { terminalIo } from './io';
import { setOwn } from './limits';
import { Parser } from './parser';
import { mergeRegistries } from './registry';
import { createTextTools } from './tools';
import type { CommandRegistry, OutputSink, ShellFs } from './types';

export interface ShellOptions {
  /** external commands (docker, ip, ping, ...); they override the built-in text tools of the same name */
  commands: CommandRegistry;
  /** host shell is bash; inside containers busybox ash ("sh") */
  flavor: 'bash' | 'busybox';
  fs: ShellFs;
  /** initial exported variables (copied) */
  env?: Record<string, string>;
  /** default: resolve immediately */
  sleep?: (ms: number) => Promise<void>;
  /** default: () => false */
  interrupted?: () => boolean;
  /**
   * Message style. true (default): what a terminal session prints (`bash: foo: command not
   * found`). false: what `bash -c 'LINE'` prints (`bash: line 1: foo: ...`, syntax errors
   * as `bash: -c: line 1: ...` plus the offending line). runBashC uses false.
   */
  interactive?: boolean;
  /** $0 and the message prefix; default `bash` or `sh` */
  name?: string;
  /** positional parameters $1... */
  args?: string[];
  /** value of $$; default 4242 (bash) or 7 (busybox) */
  pid?: number;
  /** initial working directory; default /root (bash) or / (busybox) */
  cwd?: string;
}

/** a sink that drops everything */
export const nullSink: OutputSink = { write: () => {} };

export class Shell {
  private readonly interp: Interpreter;

  constructor(opts: ShellOptions) {
    const bash = opts.flavor === 'bash';
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(opts.env ?? {})) setOwn(env, k, String(v));
    this.interp = new Interpreter({
      flavor: opts.flavor,
      commands: mergeRegistries(createTextTools(opts.flavor), opts.commands),
      fs: opts.fs,
      env,
      sleep: opts.sleep ?? (() => Promise.resolve()),
      interrupted: opts.interrupted ?? (() => false),
      interactive: opts.interactive ?? true,
      name: opts.name ?? (bash ? 'bash' : 'sh'),
      args: opts.args ?? [],
      pid: opts.pid ?? (bash ? 4242 : 7),
      depth: 0,
      cwd: opts.cwd ?? (bash ? '/root' : '/'),
      budget: { commands: 0 },
    });
  }

  /** exported variables (live: changes by `export` show here, and writes here are seen by the shell) */
  get env(): Record<string, string> {
    return this.interp.env;
  }

  /** $? after the last run */
  get lastStatus(): number {
    return this.interp.lastStatus;
  }

  /** true when the last run ended because of `exit` (the terminal should close the session) */
  get exitRequested(): boolean {
    return this.interp.exitRequested;
  }

  /** current working directory (changed by cd) */
  get cwd(): string {
    return this.interp.cwd;
  }

  /**
   * Run one input (possibly several lines). Lines are parsed and run one at a time, so a
   * syntax error on line 3 is reported after lines 1-2 ran, as in bash. Never throws.
   * stdin is what the commands read (a pipe into `docker exec -i`); the terminal's is empty.
   */
  async run(line: string, out: OutputSink, stdin = ''): Promise<number> {
    this.interp.exitRequested = false;
    this.interp.opts.budget.commands = 0;
    try {
      return await this.interp.runScript(String(line), terminalIo(out, stdin));
    } catch (e) {
      // a bug in the shell itself (or a stack overflow): one line, never a stack trace
      const msg = e instanceof RangeError ? 'input nested too deeply' : (e instanceof Error ? e.message : String(e)).split('\n')[0];
      try {
        out.write(2, `${this.interp.dialect.name}: internal error: ${msg}\n`);
      } catch {
        // the sink itself failed: nothing more we can do
      }
      this.interp.lastStatus = 1;
      return 1;
    }
  }

  /**
   * False when the text needs more lines: open quote, trailing backslash, trailing
   * | && ||, an unclosed if/for/while/case/{/( or $( , or a here-document without its end.
   * A syntax error that more text cannot fix counts as complete (run reports it).
   */
  isComplete(text: string): boolean {
    try {
      const p = new Parser(String(text), { implicitNewline: true, flavor: this.interp.flavor });
      while (p.nextCommand()) { /* parse only */ }
      return !p.lexer.trailingBackslash && !p.lexer.heredocAtEof;
    } catch (e) {
      if (e instanceof ShellSyntaxError) return !e.needMore;
      return true;
    }
  }
}

export type RunBashCOptions = Omit<ShellOptions, 'flavor' | 'interactive'> & {
  flavor?: ShellOptions['flavor'];
  /** where output goes (or pass it as the third argument) */
  out?: OutputSink;
};

/**
 * What `bash -c 'LINE'` does in a fresh shell (busybox flavor: `sh -c 'LINE'`):
 * non-interactive messages with line numbers. Returns the exit status.
 */
export function runBashC(line: string, opts: RunBashCOptions, out?: OutputSink): Promise<number> {
  const shell = new Shell({ ...opts, flavor: opts.flavor ?? 'bash', interactive: false });
  return shell.run(line, out ?? opts.out ?? nullSink);
}
