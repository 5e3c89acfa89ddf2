/**
 * Progress in the browser: read and write localStorage, and tell every listener on the page (and,
 * through the storage event, other tabs) when it changed.
 */
import { loadProgress, PROGRESS_EVENT, PROGRESS_KEY, saveProgress, type Progress } from './progress.ts';

// one definition of "the storage we may use", shared with the terminal's saved state
import { browserStorage } from '../../terminal/persistence.ts';
export { browserStorage };

export const readProgress = (): Progress => loadProgress(browserStorage());

export function writeProgress(p: Progress): boolean {
  const ok = saveProgress(browserStorage(), p);
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: p }));
  return ok;
}

/** call `fn` now and whenever progress changes, here or in another tab */
export function onProgress(fn: (p: Progress) => void): void {
  fn(readProgress());
  window.addEventListener(PROGRESS_EVENT, (e) => fn((e as CustomEvent<Progress>).detail));
  window.addEventListener('storage', (e) => {
    if (e.key === PROGRESS_KEY || e.key === null) fn(readProgress());
  });
}
