// Human-readable columns of `docker ps` and friends:
//   - docker/go-units v0.4.0 HumanDuration / HumanSize,
//   - the daemon's container State.String() ("Up 2 seconds", "Exited (0) 3 seconds ago"),
//   - cli/command/formatter container.go: RunningFor, Command (Ellipsis at 20 + strconv.Quote),
//     DisplayablePorts, stringid.TruncateID,
//   - Go's time.Time String()/MarshalJSON for UTC times.
import { goQuote, sprintf } from './go-fmt.js';
import { jsonString } from './go-json.js';
import { GO_MARSHAL_JSON, GO_STRING, goFloat, goStruct } from './go-value.js';

/** units.HumanDuration for a duration in milliseconds. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3600000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3600000) / 24 / 365)} years`;
}

const decimalAbbrs = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const binaryAbbrs = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

function sizeAndUnit(size: number, base: number, units: string[]): [number, string] {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return [size, units[i]];
}

/** units.HumanSizeWithPrecision: "%.*g%s" with decimal (1000) units. */
export function humanSizeWithPrecision(size: number, precision: number): string {
  const [s, unit] = sizeAndUnit(size, 1000, decimalAbbrs);
  // goFloat: Go's size is a float64 even when the quotient is whole.
  return sprintf('%.*g%s', [precision, goFloat(s), unit]);
}

/** units.HumanSize: 4 significant digits, e.g. "2.746MB". */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/** units.BytesSize: binary units, e.g. "44KiB". */
export function bytesSize(size: number): string {
  const [s, unit] = sizeAndUnit(size, 1024, binaryAbbrs);
  return sprintf('%.4g%s', [goFloat(s), unit]);
}

export interface ContainerStateLike {
  running: boolean;
  paused?: boolean;
  restarting?: boolean;
  removalInProgress?: boolean;
  dead?: boolean;
  /** epoch ms; null/undefined = Go's zero time (never started / finished). */
  startedAt?: number | null;
  finishedAt?: number | null;
  exitCode: number;
  health?: 'starting' | 'healthy' | 'unhealthy';
}

/** The daemon's container State.String(): the STATUS column of docker ps. */
export function containerStatus(s: ContainerStateLike, nowMs: number): string {
  const since = (t: number | null | undefined) => humanDuration(nowMs - (t ?? 0));
  if (s.running) {
    if (s.paused) return `Up ${since(s.startedAt)} (Paused)`;
    if (s.restarting) return `Restarting (${s.exitCode}) ${since(s.finishedAt)} ago`;
    if (s.health) return `Up ${since(s.startedAt)} (${s.health === 'starting' ? 'health: starting' : s.health})`;
    return `Up ${since(s.startedAt)}`;
  }
  if (s.removalInProgress) return 'Removal In Progress';
  if (s.dead) return 'Dead';
  if (s.startedAt == null) return 'Created';
  if (s.finishedAt == null) return '';
  return `Exited (${s.exitCode}) ${since(s.finishedAt)} ago`;
}

/** ContainerContext.RunningFor: Created is whole seconds since the epoch. */
export function runningFor(createdUnixSeconds: number, nowMs: number): string {
  return humanDuration(nowMs - Math.trunc(createdUnixSeconds) * 1000) + ' ago';
}

// East Asian Wide/Fullwidth ranges (golang.org/x/text/width), coarse but
// covering CJK, Hangul, fullwidth forms and emoji.
const wideRanges: [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];
const charWidth = (cp: number) => (wideRanges.some(([a, b]) => cp >= a && cp <= b) ? 2 : 1);

/** formatter.Ellipsis: cut to maxDisplayWidth columns, ending in "…". */
export function ellipsis(s: string, maxDisplayWidth: number): string {
  if (maxDisplayWidth <= 0) return '';
  const rs = [...s];
  if (maxDisplayWidth === 1) return rs[0] ?? '';
  if (rs.every((r) => r.codePointAt(0)! < 0x80)) {
    return rs.length <= maxDisplayWidth ? s : rs.slice(0, maxDisplayWidth - 1).join('') + '…';
  }
  const display: number[] = [];
  let w = 0;
  for (const r of rs) display.push((w += charWidth(r.codePointAt(0)!)));
  if (w <= maxDisplayWidth) return s;
  for (let i = 0; i < display.length - 1; i++) {
    if (display[i] <= maxDisplayWidth - 1 && display[i + 1] > maxDisplayWidth - 1) return rs.slice(0, i + 1).join('') + '…';
  }
  return s;
}

/** ContainerContext.Command: `"sh -c 'echo hello f…"` (quoted, 20 columns when truncating). */
export function commandColumn(command: string, trunc = true): string {
  return goQuote(trunc ? ellipsis(command, 20) : command);
}

/** stringid.TruncateID: drop an "algo:" prefix, keep 12 characters. */
export function truncateID(id: string): string {
  const i = id.indexOf(':');
  const s = i >= 0 ? id.slice(i + 1) : id;
  return s.length > 12 ? s.slice(0, 12) : s;
}

export interface PortLike {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

function comparePorts(i: PortLike, j: PortLike): number {
  if (i.PrivatePort !== j.PrivatePort) return i.PrivatePort - j.PrivatePort;
  const ipi = i.IP ?? '';
  const ipj = j.IP ?? '';
  if (ipi !== ipj) return ipi < ipj ? -1 : 1;
  if ((i.PublicPort ?? 0) !== (j.PublicPort ?? 0)) return (i.PublicPort ?? 0) - (j.PublicPort ?? 0);
  return i.Type < j.Type ? -1 : i.Type > j.Type ? 1 : 0;
}

function formGroup(key: string, start: number, last: number): string {
  const parts = key.split('/');
  let groupType = parts[0];
  let ip = '';
  if (parts.length > 1) {
    ip = parts[0];
    groupType = parts[1];
  }
  let group = String(start);
  if (start !== last) group = `${group}-${last}`;
  if (ip !== '') group = `${ip}:${group}->${group}`;
  return `${group}/${groupType}`;
}

/** formatter.DisplayablePorts: the PORTS column, e.g. "0.0.0.0:8080->80/tcp, :::8080->80/tcp". */
export function displayablePorts(ports: PortLike[]): string {
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const port of [...ports].sort(comparePorts)) {
    const current = port.PrivatePort;
    let key = port.Type;
    if (port.IP) {
      if ((port.PublicPort ?? 0) !== current) {
        hostMappings.push(`${port.IP}:${port.PublicPort ?? 0}->${port.PrivatePort}/${port.Type}`);
        continue;
      }
      key = `${port.IP}/${port.Type}`;
    }
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { first: current, last: current });
      continue;
    }
    if (current === ((group.last + 1) & 0xffff)) {
      group.last = current;
      continue;
    }
    result.push(formGroup(key, group.first, group.last));
    // Go replaces the map entry, so the key keeps its original position.
    groups.set(key, { first: current, last: current });
  }
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
  return [...result, ...hostMappings].join(', ');
}

/**
 * Go's time.Time.String() for a UTC instant: "2026-11-23 08:22:18.570313799 +0000 UTC".
 * `iso` is RFC 3339 with up to 9 fractional digits, e.g. from the engine's clock.
 */
export function goTimeString(iso: string): string {
  const m = /^(\d{4,}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(iso);
  if (!m) throw new Error(`not a UTC RFC 3339 time: ${iso}`);
  const frac = (m[3] ?? '').slice(0, 9).replace(/0+$/, '');
  return `${m[1]} ${m[2]}${frac ? '.' + frac : ''} +0000 UTC`;
}

/** A time.Time value for templates: prints like Go's String(), marshals as RFC 3339 (nanoseconds, trailing zeros cut). */
export function goTime(iso: string): object {
  const m = /^(.*?)(?:\.(\d+))?Z$/.exec(iso);
  const frac = (m?.[2] ?? '').slice(0, 9).replace(/0+$/, '');
  const rfc = `${m?.[1] ?? iso}${frac ? '.' + frac : ''}Z`;
  const t = goStruct({}, 'time.Time');
  Object.defineProperties(t, {
    [GO_STRING]: { value: () => goTimeString(iso) },
    [GO_MARSHAL_JSON]: { value: () => jsonString(rfc) },
  });
  return t;
}
