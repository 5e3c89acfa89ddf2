/** Progress (done lessons, last read), its file format, and the small pure helpers of the site. */
import { describe, expect, it } from 'vitest';
import {
  doneCount, emptyProgress, isDone, loadProgress, mergeProgress, parseProgress, PROGRESS_KEY, saveProgress, setDone, setLast, toFile,
} from '../../src/course/progress/progress.ts';
import { continuation } from '../../src/course/progress/continue-card.ts';
import { clampShare, MAX_SHARE, MIN_SHARE, shareAfterKey } from '../../src/course/split-view.ts';
import { isCorrect } from '../../src/course/question.ts';
import { hashId, inlineCode } from '../../src/course/inline-code.ts';
import { byModule, lessonPath, neighbours } from '../../src/course/catalogue.ts';
import { format, strings } from '../../src/i18n/strings.ts';

class MemoryStorage implements Storage {
  private m = new Map<string, string>();
  get length() { return this.m.size; }
  clear() { this.m.clear(); }
  getItem(k: string) { return this.m.get(k) ?? null; }
  key(i: number) { return [...this.m.keys()][i] ?? null; }
  removeItem(k: string) { this.m.delete(k); }
  setItem(k: string, v: string) { this.m.set(k, v); }
}

const t0 = new Date('2026-11-23T10:00:00Z');
const t1 = new Date('2026-11-24T10:00:00Z');

describe('progress', () => {
  it('marks lessons done and not done, and survives a save and load', () => {
    const storage = new MemoryStorage();
    let p = setDone(emptyProgress(), 'cnm', true, t0);
    p = setDone(p, 'default-bridge', true, t0);
    p = setDone(p, 'default-bridge', false, t1);
    p = setLast(p, 'default-bridge', t1);
    expect(saveProgress(storage, p)).toBe(true);
    const back = loadProgress(storage);
    expect(back).toEqual(p);
    expect(isDone(back, 'cnm')).toBe(true);
    expect(isDone(back, 'default-bridge')).toBe(false);
    expect(doneCount(back, ['cnm', 'default-bridge', 'vxlan'])).toBe(1);
  });

  it('starts over instead of failing on damaged storage, and says no when storage is missing', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{not json');
    expect(loadProgress(storage)).toEqual(emptyProgress());
    expect(saveProgress(null, emptyProgress())).toBe(false);
  });

  it('exports a file that imports back, and rejects what is not one with a reason', () => {
    const p = setLast(setDone(emptyProgress(), 'cnm', true, t0), 'cnm', t0);
    const file = JSON.parse(JSON.stringify(toFile(p, t1)));
    expect(file).toMatchObject({ format: 'dockernet-academy-progress', v: 1, exportedAt: t1.toISOString() });
    expect(parseProgress(file)).toEqual(p);
    expect(() => parseProgress([])).toThrow('not a JSON object');
    expect(() => parseProgress({ format: 'other', v: 1, lessons: {} })).toThrow('unknown format');
    expect(() => parseProgress({ v: 2, lessons: {} })).toThrow('unsupported version');
    expect(() => parseProgress({ v: 1, lessons: { cnm: { done: 'yes', changedAt: t0.toISOString() } } })).toThrow('"cnm" is malformed');
  });

  it('merges an import: the newer change per lesson wins, unknown lessons are dropped', () => {
    const mine = setDone(setDone(emptyProgress(), 'cnm', true, t1), 'vxlan', false, t0);
    const theirs = setLast(setDone(setDone(setDone(emptyProgress(), 'cnm', false, t0), 'vxlan', true, t1), 'gone-lesson', true, t1), 'vxlan', t1);
    const { progress, dropped } = mergeProgress(mine, theirs, ['cnm', 'vxlan']);
    expect(dropped).toBe(1);
    expect(isDone(progress, 'cnm')).toBe(true);
    expect(isDone(progress, 'vxlan')).toBe(true);
    expect(progress.lessons['gone-lesson']).toBeUndefined();
    expect(progress.last).toEqual({ slug: 'vxlan', at: t1.toISOString() });
  });

  it('chooses where to continue: the lesson read last, else the next one not done', () => {
    const lessons = ['a', 'b', 'c'].map((slug) => ({ slug, title: slug.toUpperCase(), href: `/lessons/${slug}/` }));
    expect(continuation(emptyProgress(), lessons)).toEqual({ kind: 'start', lesson: lessons[0] });
    expect(continuation(setLast(emptyProgress(), 'b', t0), lessons)).toEqual({ kind: 'resume', lesson: lessons[1] });
    const bDone = setLast(setDone(emptyProgress(), 'b', true, t0), 'b', t0);
    expect(continuation(bDone, lessons)).toEqual({ kind: 'next', lesson: lessons[2] });
    const all = ['a', 'b', 'c'].reduce((p, s) => setDone(p, s, true, t0), emptyProgress());
    expect(continuation(all, lessons)).toEqual({ kind: 'finished' });
  });
});

describe('small helpers', () => {
  it('moves the split separator with the keyboard, within bounds', () => {
    expect(shareAfterKey(50, 'ArrowLeft')).toBe(48);
    expect(shareAfterKey(50, 'ArrowRight')).toBe(52);
    expect(shareAfterKey(50, 'PageDown')).toBe(60);
    expect(shareAfterKey(50, 'Home')).toBe(MIN_SHARE);
    expect(shareAfterKey(50, 'End')).toBe(MAX_SHARE);
    expect(shareAfterKey(MIN_SHARE, 'ArrowLeft')).toBe(MIN_SHARE);
    expect(shareAfterKey(50, 'a')).toBeNull();
    expect(clampShare(99.6)).toBe(MAX_SHARE);
  });

  it('grades questions: exactly the right choices', () => {
    expect(isCorrect([1], [1])).toBe(true);
    expect(isCorrect([0, 2], [2, 0])).toBe(true);
    expect(isCorrect([0], [0, 2])).toBe(false);
    expect(isCorrect([0, 1, 2], [0, 2])).toBe(false);
  });

  it('splits inline code out of prop strings and makes stable ids', () => {
    expect(inlineCode('Run `docker network ls` now')).toEqual([{ code: false, text: 'Run ' }, { code: true, text: 'docker network ls' }, { code: false, text: ' now' }]);
    expect(hashId('q')).toBe(hashId('q'));
    expect(hashId('q')).not.toBe(hashId('r'));
  });

  it('orders lessons by module and finds neighbours', () => {
    const ls = [
      { slug: 'c', module: 'beyond' as const, order: 3 },
      { slug: 'a', module: 'foundations' as const, order: 1 },
      { slug: 'b', module: 'foundations' as const, order: 2 },
    ];
    expect(byModule(ls).map((g) => [g.module, g.lessons.map((l) => l.slug)])).toEqual([['foundations', ['a', 'b']], ['beyond', ['c']]]);
    expect(neighbours(ls, 'b')).toEqual({ previous: ls[1], next: ls[0] });
    expect(neighbours(ls, 'a').previous).toBeUndefined();
    expect(lessonPath('/', 'cnm')).toBe('/lessons/cnm/');
    expect(lessonPath('/docs', 'cnm')).toBe('/docs/lessons/cnm/');
  });

  it('has every interface string in English and fills placeholders', () => {
    const en = strings('en');
    expect(Object.values(en).every((v) => v.length > 0)).toBe(true);
    expect(strings('tr-TR')['block.run']).toBe('Run');
    expect(format(en['map.summary'], { done: 2, total: 18 })).toBe('2 of 18 lessons done');
  });
});
