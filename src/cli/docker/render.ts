/** Printing list and inspect output through the CLI formatter, with the CLI's error handling. */
import type { CliIO } from './io.ts';
import { FormatError, InspectMiss, listContext, renderInspect as formatInspect, renderList } from '../format/docker-format.ts';

export { InspectMiss };

/** rows are plain objects of column values (functions for methods such as Label) */
export function renderRows(io: CliIO, format: string, rows: Record<string, unknown>[], headers: Record<string, string>, typeName: string): number {
  const contexts = rows.map((r) =>
    listContext(
      `*${typeName}`,
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, typeof v === 'function' || (typeof v === 'object' && v !== null) ? (v as never) : () => v]),
      ) as Record<string, (...a: unknown[]) => unknown>,
    ),
  );
  try {
    io.out(renderList(format, contexts, headers, { typeName: `*${typeName}` }));
    return 0;
  } catch (err) {
    if (err instanceof FormatError) {
      io.err(err.message + '\n');
      return err.exitCode;
    }
    throw err;
  }
}

/** elements: inspect documents and InspectMiss markers, in the order the user named them */
export function renderInspect(io: CliIO, elements: unknown[], format: string | undefined): number {
  const r = formatInspect(format, elements);
  io.out(r.out);
  if (r.err) io.err(r.err + '\n');
  return r.exitCode;
}
