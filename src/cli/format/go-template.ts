// Go 1.19 text/template for the Docker CLI's --format flags. Parse once with
// parseGoTemplate(), then execute() against any number of values of the
// go-value.ts model. Errors carry Go's exact text, which docker prints:
//   template: :1:2: executing "" at <.Nope>: can't evaluate field Nope in type *network.networkContext
// Pieces: go-template-lex/parse (parse tree), -exec/-call (execution),
// -funcs (builtins and docker's functions), go-fmt (printing).
import { CallError, builtinFuncs, dockerFuncs, toFuncDef, type FuncDef, type FuncMap } from './go-template-funcs.js';
import { ExecAbort } from './go-template-call.js';
import { State, type MissingKey } from './go-template-exec.js';
import { parseTemplate, TemplateParseError, type ParsedTemplate } from './go-template-parse.js';

export { TemplateParseError, CallError, type FuncMap, type FuncDef };

/** An execution failure. `output` is what had been written before it (Go keeps partial output). */
export class TemplateExecError extends Error {
  constructor(message: string, readonly output: string) {
    super(message);
  }
}

export interface ExecOptions {
  /** Go's Option("missingkey=..."); docker inspect's raw fallback uses "error". */
  missingKey?: MissingKey;
  /** Go type name of the root value for error messages, e.g. "*network.networkContext". */
  typeName?: string;
  /** Replaces functions at execution time, like Template.Funcs after Parse. */
  funcs?: FuncMap;
}

export class GoTemplate {
  private readonly funcs: Map<string, { def: FuncDef; builtin: boolean }>;

  constructor(readonly parsed: ParsedTemplate, funcs: Map<string, { def: FuncDef; builtin: boolean }>) {
    this.funcs = funcs;
  }

  /** Runs the template; throws TemplateExecError (with partial output) on failure. */
  execute(data: unknown, opts: ExecOptions = {}): string {
    let funcs = this.funcs;
    if (opts.funcs) {
      funcs = new Map(funcs);
      for (const [k, f] of Object.entries(opts.funcs)) funcs.set(k, { def: toFuncDef(f), builtin: false });
    }
    const s = new State(this.parsed, funcs, opts.missingKey ?? 'default', data, opts.typeName);
    s.vars.push({ name: '$', value: data });
    try {
      s.walk(data, this.parsed.trees.get('')!);
    } catch (e) {
      if (e instanceof ExecAbort) throw new TemplateExecError(e.message, s.out);
      throw e;
    }
    return s.out;
  }
}

export interface ParseOptions {
  /** Extra functions; by default the Docker CLI's set (json, join, split, ...). */
  funcs?: FuncMap;
  /** Leave out docker's functions (plain Go text/template). */
  noDockerFuncs?: boolean;
}

/** Parse like docker/cli templates.Parse: template.New("").Funcs(basicFunctions).Parse(text). */
export function parseGoTemplate(text: string, opts: ParseOptions = {}): GoTemplate {
  const funcs = new Map<string, { def: FuncDef; builtin: boolean }>();
  for (const [k, d] of Object.entries(builtinFuncs)) funcs.set(k, { def: d, builtin: true });
  if (!opts.noDockerFuncs) for (const [k, d] of Object.entries(dockerFuncs)) funcs.set(k, { def: d, builtin: false });
  for (const [k, f] of Object.entries(opts.funcs ?? {})) funcs.set(k, { def: toFuncDef(f), builtin: false });
  return new GoTemplate(parseTemplate(text, (name) => funcs.has(name)), funcs);
}

/** One-shot helper: parse and execute. */
export function renderGoTemplate(text: string, data: unknown, opts: ExecOptions & ParseOptions = {}): string {
  return parseGoTemplate(text, opts).execute(data, opts);
}

