/**
 * The lesson's "Mark as done" toggle button (aria-pressed) and its status line; kept in step with
 * progress changed elsewhere (another tab, an import on the course map).
 */
import { isDone, setDone, setLast } from './progress.ts';
import { onProgress, readProgress, writeProgress } from './progress-store.ts';

export function wireDoneToggle(root: HTMLElement): void {
  const slug = root.dataset.slug ?? '';
  const button = root.querySelector<HTMLButtonElement>('[data-dn-done]');
  const status = root.querySelector<HTMLElement>('[data-dn-done-status]');
  if (!button || !slug) return;
  const paint = (done: boolean) => {
    button.setAttribute('aria-pressed', String(done));
    if (status) status.textContent = done ? (root.dataset.doneText ?? '') : (root.dataset.notDoneText ?? '');
  };
  onProgress((p) => paint(isDone(p, slug)));
  button.addEventListener('click', () => {
    const p = readProgress();
    writeProgress(setDone(p, slug, !isDone(p, slug), new Date()));
  });
}

/** remember the lesson as the one to continue with */
export function rememberVisit(slug: string): void {
  writeProgress(setLast(readProgress(), slug, new Date()));
}
