// The Docker CLI 20.10.24 output flows that sit on top of the template
// engine:
//   - list commands (docker ps / network ls ...): cli/command/formatter
//     formatter.go Context.Write — preFormat, one template execution per row,
//     a header rendered from the same template, tabwriter for "table" formats;
//   - inspect commands: cli/command/inspect/inspector.go — indented JSON of
//     the daemon's raw documents, or a template per element with a fallback
//     to the raw JSON decoded as maps (missingkey=error).
import { goJson, decodeJsonRaw, marshalIndent } from './go-json.js';
import { headerFuncs } from './go-template-funcs.js';
import { parseGoTemplate, TemplateExecError, type GoTemplate } from './go-template.js';
import { tabwrite } from './tabwriter.js';
import { GO_MARSHAL_JSON, goMap, goStruct, isExported } from './go-value.js';

/** An error the CLI prints on stderr (message is the exact line) with its exit code. */
export class FormatError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export interface ListOptions {
  /** Go type of the row context, for error messages: "*network.networkContext". */
  typeName?: string;
  /**
   * docker ps only: before listing, the raw --format is executed against an
   * empty container context to see whether .Size is used
   * (container/list.go buildContainerListOptions); its errors are worded
   * "failed to parse template: ..." / "failed to execute template: ...".
   */
  preflightRow?: object;
}

/** Column headers of `docker network ls` (network/formatter.go FormatWrite). */
export const networkListHeaders: Record<string, string> = {
  ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv6: 'IPV6', Internal: 'INTERNAL',
  Labels: 'LABELS', CreatedAt: 'CREATED AT',
};

/** Column headers of `docker ps` (formatter/container.go NewContainerContext). */
export const containerListHeaders: Record<string, string> = {
  ID: 'CONTAINER ID', Names: 'NAMES', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED',
  Ports: 'PORTS', State: 'STATE', Status: 'STATUS', Size: 'SIZE', Labels: 'LABELS', Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES', Networks: 'NETWORKS',
};

/**
 * network.NewFormat: the format `docker network ls` renders. `source` is the
 * --format value ("" when absent: the CLI then uses "table"); 20.10 knows
 * only "table" and "raw" as keywords ("json" is just a template).
 */
export function networkListFormat(source: string, quiet: boolean): string {
  if (source === '') source = 'table';
  if (source === 'table') return quiet ? '{{.ID}}' : 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
  if (source === 'raw') {
    return quiet ? 'network_id: {{.ID}}' : 'network_id: {{.ID}}\\nname: {{.Name}}\\ndriver: {{.Driver}}\\nscope: {{.Scope}}\\n';
  }
  return source;
}

/** formatter.NewContainerFormat: the format `docker ps` renders (size: --size, or .Size used). */
export function containerListFormat(source: string, quiet: boolean, size = false): string {
  if (source === '') source = 'table';
  if (source === 'table') {
    if (quiet) return '{{.ID}}';
    const f = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
    return size ? f + '\\t{{.Size}}' : f;
  }
  if (source === 'raw') {
    if (quiet) return 'container_id: {{.ID}}';
    const f = 'container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\n' +
      'state: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\n' +
      'ports: {{- pad .Ports 1 0}}\n';
    return size ? f + 'size: {{.Size}}\\n' : f;
  }
  return source;
}

/** formatter.Context.preFormat: strip "table", trim spaces, turn `\t`/`\n` escapes into characters. */
export function preFormat(format: string): string {
  let f = format.startsWith('table') ? format.slice('table'.length) : format;
  f = f.replace(/^ +| +$/g, '');
  return f.replace(/\\[tn]/g, (m) => (m === '\\t' ? '\t' : '\n'));
}

/** formatter.SubHeaderContext: the header map, whose Label method names label columns. */
export function headerContext(headers: Record<string, string>): object {
  const label = (name: string) => name.split('.').pop()!.replace(/[-_]/g, ' ');
  return goMap({ ...headers }, { type: 'formatter.SubHeaderContext', methods: { Label: label }, zero: '' });
}

function execOrThrow(tmpl: GoTemplate, row: unknown, typeName: string | undefined, prefix: string): string {
  try {
    return tmpl.execute(row, { typeName });
  } catch (e) {
    if (e instanceof TemplateExecError) throw new FormatError(`${prefix}: ${e.message}`);
    throw e;
  }
}

function parseOrThrow(text: string, prefix: string): GoTemplate {
  try {
    return parseGoTemplate(text);
  } catch (e) {
    throw new FormatError(`${prefix}: ${(e as Error).message}`);
  }
}

/**
 * Renders a list the way formatter.Context.Write does. `format` is the final
 * format (commands map "table"/"raw"/"" to their defaults before this, e.g.
 * network ls: "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}").
 * Every row ends with "\n"; table formats get a header line and alignment.
 * Throws FormatError; in that case docker prints nothing on stdout.
 */
export function renderList(format: string, rows: object[], headers: Record<string, string>, opts: ListOptions = {}): string {
  if (opts.preflightRow && format.length > 0) {
    const pre = parseOrThrow(format, 'failed to parse template');
    execOrThrow(pre, opts.preflightRow, opts.typeName, 'failed to execute template');
  }
  const isTable = format.startsWith('table');
  const tmpl = parseOrThrow(preFormat(format), 'template parsing error');
  let buffer = '';
  for (const row of rows) buffer += execOrThrow(tmpl, row, opts.typeName, 'template parsing error') + '\n';
  if (!isTable) return buffer;
  // The header is the same template run on the header map with
  // HeaderFunctions; its errors are ignored and partial output is kept.
  let header: string;
  try {
    header = tmpl.execute(headerContext(headers), { funcs: headerFuncs });
  } catch (e) {
    if (!(e instanceof TemplateExecError)) throw e;
    header = e.output;
  }
  return tabwrite(header + '\n' + buffer);
}

/**
 * A row context like docker's *xxxContext types: methods (zero-argument ones
 * are the columns, e.g. ID/Name/Ports; Label(name) takes an argument) plus
 * formatter.MarshalJSON, so `{{json .}}` prints every zero-argument method's
 * result in a key-sorted object, HTML-escaped like json.Marshal.
 */
export function listContext<T extends Record<string, (...args: any[]) => unknown>>(typeName: string, methods: T): T {
  const ctx = goStruct({ ...methods }, typeName) as T & { [GO_MARSHAL_JSON]?: () => string };
  Object.defineProperty(ctx, GO_MARSHAL_JSON, {
    enumerable: false,
    value: () => {
      const m: Record<string, unknown> = {};
      for (const [k, fn] of Object.entries(methods)) {
        if (isExported(k) && k !== 'FullHeader' && fn.length === 0) m[k] = fn.call(ctx);
      }
      return goJson(goMap(m), { escapeHTML: true });
    },
  });
  return ctx;
}

/** Marks an inspect reference that could not be found (its message is printed as is). */
export class InspectMiss {
  constructor(readonly message: string) {}
}

export interface InspectResult {
  out: string;
  /** stderr text (without trailing newline), absent when everything worked. */
  err?: string;
  exitCode: number;
}

/**
 * docker inspect / docker network inspect / docker container inspect output.
 * `elements` are the typed objects in reference order (InspectMiss for refs
 * that failed). Their raw JSON (the daemon's document) is goJson(element)
 * without HTML escaping, so json tags and omitempty on the models matter.
 */
export function renderInspect(format: string | undefined, elements: unknown[], opts: { escapeHTML?: boolean } = {}): InspectResult {
  const errs: string[] = [];
  // The daemon writes JSON with an Encoder whose SetEscapeHTML(false) (moby
  // api/server/httputils WriteJSON), so < > & stay as they are by default.
  const raw = (e: unknown) => goJson(e, { escapeHTML: opts.escapeHTML ?? false });
  let out: string;
  if (!format) {
    const found = elements.filter((e) => !(e instanceof InspectMiss));
    for (const e of elements) if (e instanceof InspectMiss) errs.push(e.message);
    out = found.length === 0 ? '[]\n' : marshalIndent(found, '', '    ', { escapeHTML: false }) + '\n';
  } else {
    let tmpl: GoTemplate;
    try {
      tmpl = parseGoTemplate(format);
    } catch (e) {
      return { out: '', err: `template parsing error: ${(e as Error).message}`, exitCode: 64 };
    }
    let buffer = '';
    for (const e of elements) {
      if (e instanceof InspectMiss) {
        errs.push(e.message);
        continue;
      }
      try {
        buffer += tmpl.execute(e) + '\n';
      } catch (first) {
        if (!(first instanceof TemplateExecError)) throw first;
        // TemplateInspector.tryRawInspectFallback
        try {
          buffer += tmpl.execute(decodeJsonRaw(raw(e)), { missingKey: 'error' }) + '\n';
        } catch (second) {
          if (!(second instanceof TemplateExecError)) throw second;
          errs.push(`template parsing error: ${second.message}`);
        }
      }
    }
    out = buffer === '' ? '\n' : buffer;
  }
  return errs.length ? { out, err: errs.join('\n'), exitCode: 1 } : { out, exitCode: 0 };
}
