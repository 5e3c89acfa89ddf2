/**
 * Brings a lesson page to life: remembers it as the lesson to continue with, starts its terminal
 * (setup, Run buttons), and on stacked (phone) layouts takes the reader to the terminal after a
 * Run and offers the way back to the block they came from.
 */
import { startLessonTerminal } from './lesson-terminal.ts';
import { isStacked } from './split-view.ts';
import { rememberVisit } from './progress/done-toggle.ts';

export function startLessonPage(root: HTMLElement): void {
  const slug = root.dataset.slug ?? '';
  const terminalId = root.dataset.terminalId ?? '';
  const setup = JSON.parse(root.dataset.setup ?? '[]') as string[];
  rememberVisit(slug);
  const split = root.querySelector<HTMLElement>('[data-dn-split]');
  const aside = root.querySelector<HTMLElement>('[data-dn-split-aside]');
  const back = root.querySelector<HTMLButtonElement>('[data-dn-back]');
  let cameFrom: HTMLButtonElement | null = null;
  back?.addEventListener('click', () => {
    back.hidden = true;
    cameFrom?.scrollIntoView({ block: 'center' });
    cameFrom?.focus();
  });
  startLessonTerminal({
    terminalId,
    setup,
    buttons: [...root.querySelectorAll<HTMLButtonElement>('[data-dn-run]')],
    afterRun: (button) => {
      if (!split || !aside || !isStacked(split)) return;
      cameFrom = button;
      if (back) back.hidden = false;
      aside.scrollIntoView({ block: 'start', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    },
  });
}
