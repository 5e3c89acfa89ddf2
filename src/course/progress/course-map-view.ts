/** The course map's live parts: each lesson's status text and the overall count and bar. */
import { doneCount, isDone } from './progress.ts';
import { onProgress } from './progress-store.ts';

export function wireCourseMap(root: HTMLElement): void {
  const slugs = JSON.parse(root.dataset.lessons ?? '[]') as string[];
  const summary = root.querySelector<HTMLElement>('[data-dn-map-summary]');
  const bar = root.querySelector<HTMLProgressElement>('[data-dn-map-bar]');
  onProgress((p) => {
    for (const el of root.querySelectorAll<HTMLElement>('[data-lesson-status]')) {
      const done = isDone(p, el.dataset.lessonStatus!);
      el.textContent = done ? (root.dataset.doneLabel ?? '') : (root.dataset.notDoneLabel ?? '');
      el.dataset.done = String(done);
    }
    const n = doneCount(p, slugs);
    if (summary) summary.textContent = (root.dataset.summary ?? '').replace('{done}', String(n)).replace('{total}', String(slugs.length));
    if (bar) bar.value = n;
  });
}
