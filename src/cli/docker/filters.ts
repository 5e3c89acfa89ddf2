/** `--filter key=value` parsing as the daemon validates it. */
export class FilterError extends Error {}

export function parseFilters(items: string[], allowed: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const it of items) {
    const eq = it.indexOf('=');
    if (eq < 0) throw new FilterError(`Error: bad format of filter (expected name=value)`);
    const key = it.slice(0, eq).toLowerCase();
    const val = it.slice(eq + 1);
    if (!allowed.includes(key)) throw new FilterError(`Error response from daemon: Invalid filter '${key}'`);
    out.set(key, [...(out.get(key) ?? []), val]);
  }
  return out;
}
