/**
 * A learner's progress through the course: which lessons are done and which one they read last.
 * Kept in localStorage (nothing needs a server for a self-paced learner); exported and imported
 * as a small JSON file so it can move between browsers. Pure functions over a plain object, with
 * the storage passed in, so it is tested in Node.
 */

export const PROGRESS_KEY = 'dockernet:progress';
export const PROGRESS_FORMAT = 'dockernet-academy-progress';
/** the DOM event every page listens to, so ticks update without a reload */
export const PROGRESS_EVENT = 'dockernet:progress';

export interface LessonProgress {
  done: boolean;
  /** when `done` last changed (ISO 8601): the newer side wins when files are merged */
  changedAt: string;
}

export interface Progress {
  v: 1;
  lessons: Record<string, LessonProgress>;
  /** slug of the lesson opened last, and when: "continue where you left off" */
  last?: { slug: string; at: string };
}

export interface ProgressFile extends Progress {
  format: typeof PROGRESS_FORMAT;
  exportedAt: string;
}

export const emptyProgress = (): Progress => ({ v: 1, lessons: {} });

const isIso = (s: unknown): s is string => typeof s === 'string' && !Number.isNaN(Date.parse(s));
const isSlug = (s: string) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s);

/** checks a parsed object is progress (ours or an export); throws an Error saying what is wrong */
export function parseProgress(data: unknown): Progress {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not a JSON object');
  const d = data as Record<string, unknown>;
  if ('format' in d && d.format !== PROGRESS_FORMAT) throw new Error(`unknown format ${JSON.stringify(d.format)}`);
  if (d.v !== 1) throw new Error(`unsupported version ${JSON.stringify(d.v)}`);
  if (!d.lessons || typeof d.lessons !== 'object' || Array.isArray(d.lessons)) throw new Error('no "lessons" object');
  const lessons: Record<string, LessonProgress> = {};
  for (const [slug, value] of Object.entries(d.lessons as Record<string, unknown>)) {
    const v = value as Record<string, unknown> | null;
    if (!isSlug(slug) || !v || typeof v.done !== 'boolean' || !isIso(v.changedAt)) throw new Error(`lesson entry "${slug}" is malformed`);
    lessons[slug] = { done: v.done, changedAt: v.changedAt };
  }
  const last = d.last as Record<string, unknown> | undefined;
  const progress: Progress = { v: 1, lessons };
  if (last && typeof last.slug === 'string' && isSlug(last.slug) && isIso(last.at)) progress.last = { slug: last.slug, at: last.at };
  return progress;
}

export function loadProgress(storage: Storage | null): Progress {
  try {
    const raw = storage?.getItem(PROGRESS_KEY);
    return raw ? parseProgress(JSON.parse(raw)) : emptyProgress();
  } catch {
    // a damaged entry must not break every page: start again rather than throw
    return emptyProgress();
  }
}

/** false when the browser refused (private mode, quota) */
export function saveProgress(storage: Storage | null, p: Progress): boolean {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(p));
    return !!storage;
  } catch {
    return false;
  }
}

export function setDone(p: Progress, slug: string, done: boolean, now: Date): Progress {
  return { ...p, lessons: { ...p.lessons, [slug]: { done, changedAt: now.toISOString() } } };
}

export function setLast(p: Progress, slug: string, now: Date): Progress {
  return { ...p, last: { slug, at: now.toISOString() } };
}

export const isDone = (p: Progress, slug: string): boolean => p.lessons[slug]?.done === true;

export function doneCount(p: Progress, slugs: readonly string[]): number {
  return slugs.filter((s) => isDone(p, s)).length;
}

export function toFile(p: Progress, now: Date): ProgressFile {
  return { format: PROGRESS_FORMAT, v: 1, exportedAt: now.toISOString(), lessons: p.lessons, ...(p.last ? { last: p.last } : {}) };
}

/**
 * An imported file merged into what this browser has: per lesson the newer change wins, lessons
 * the course no longer has are dropped (their count is returned), the later "last read" wins.
 */
export function mergeProgress(mine: Progress, theirs: Progress, known: readonly string[]): { progress: Progress; dropped: number } {
  const lessons = { ...mine.lessons };
  let dropped = 0;
  for (const [slug, entry] of Object.entries(theirs.lessons)) {
    if (!known.includes(slug)) {
      dropped++;
      continue;
    }
    const current = lessons[slug];
    if (!current || Date.parse(entry.changedAt) >= Date.parse(current.changedAt)) lessons[slug] = entry;
  }
  let last = mine.last;
  if (theirs.last && known.includes(theirs.last.slug) && (!last || Date.parse(theirs.last.at) > Date.parse(last.at))) last = theirs.last;
  return { progress: { v: 1, lessons, ...(last ? { last } : {}) }, dropped };
}
