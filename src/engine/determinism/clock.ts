/**
 * The engine's notion of time. The engine never reads the wall clock: the caller advances it,
 * so transcripts and replays are reproducible.
 */

/** RFC 3339 with nanoseconds as Go's time.RFC3339Nano prints it (trailing zeros trimmed). */
export function rfc3339Nano(ms: number, nanosWithinMs = 0): string {
  const d = new Date(ms);
  const base = d.toISOString().slice(0, 19);
  const frac = (String(d.getUTCMilliseconds()).padStart(3, '0') + String(nanosWithinMs).padStart(6, '0')).replace(/0+$/, '');
  return base + (frac ? '.' + frac : '') + 'Z';
}

/** Go's zero time.Time as JSON */
export const ZERO_TIME = '0001-01-01T00:00:00Z';
