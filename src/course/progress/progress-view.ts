/**
 * Ticks for done lessons wherever a page lists lessons: any element with data-lesson="<slug>"
 * gets data-done="true|false" (CSS draws the tick) and, inside it, a visually hidden "(done)"
 * so screen readers hear what sighted readers see.
 */
import { isDone, type Progress } from './progress.ts';
import { onProgress } from './progress-store.ts';

const DONE_TEXT_CLASS = 'dn-done-text';

export function paintDone(root: ParentNode, p: Progress, doneLabel = 'done'): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const done = isDone(p, el.dataset.lesson!);
    el.dataset.done = String(done);
    let note = el.querySelector<HTMLElement>(`.${DONE_TEXT_CLASS}`);
    if (done && !note) {
      note = document.createElement('span');
      note.className = `${DONE_TEXT_CLASS} sr-only`;
      note.textContent = ` (${doneLabel})`;
      el.append(note);
    } else if (!done) note?.remove();
  }
}

export function markDoneLinks(root: ParentNode): void {
  onProgress((p) => paintDone(root, p));
}
