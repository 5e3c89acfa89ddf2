/**
 * "Continue where you left off": the lesson read last (if not done yet), else the first lesson not
 * done, else a well-done note. Pure choice plus a small painter for the home page card.
 */
import { isDone, type Progress } from './progress.ts';
import { onProgress } from './progress-store.ts';

export interface CardLesson {
  slug: string;
  title: string;
  href: string;
}

export type Continuation =
  | { kind: 'start'; lesson: CardLesson }
  | { kind: 'resume'; lesson: CardLesson }
  | { kind: 'next'; lesson: CardLesson }
  | { kind: 'finished' };

export function continuation(p: Progress, lessons: readonly CardLesson[]): Continuation {
  const last = p.last && lessons.find((l) => l.slug === p.last!.slug);
  if (last && !isDone(p, last.slug)) return { kind: 'resume', lesson: last };
  const after = last ? lessons.slice(lessons.indexOf(last) + 1) : lessons;
  const next = after.find((l) => !isDone(p, l.slug)) ?? lessons.find((l) => !isDone(p, l.slug));
  if (!next) return { kind: 'finished' };
  return { kind: last || Object.keys(p.lessons).length ? 'next' : 'start', lesson: next };
}

export function wireContinueCard(root: HTMLElement): void {
  const lessons = JSON.parse(root.dataset.lessons ?? '[]') as CardLesson[];
  const text = root.querySelector<HTMLElement>('[data-dn-continue-text]');
  const link = root.querySelector<HTMLAnchorElement>('[data-dn-continue-link]');
  if (!text || !link) return;
  onProgress((p) => {
    const c = continuation(p, lessons);
    if (c.kind === 'finished') {
      text.textContent = root.dataset.finished ?? '';
      link.href = root.dataset.playground ?? '/';
      link.textContent = root.dataset.playgroundLabel ?? '';
      return;
    }
    const template = c.kind === 'resume' ? root.dataset.resume : c.kind === 'next' ? root.dataset.next : root.dataset.start;
    text.textContent = (template ?? '').replace('{title}', c.lesson.title);
    link.href = c.lesson.href;
    link.textContent = c.lesson.title;
  });
}
