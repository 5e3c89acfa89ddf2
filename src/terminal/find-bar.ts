/**
 * Find in the terminal's scrollback: a small search form (rendered by Terminal.astro) driving
 * xterm's search addon. Enter finds the next match, Shift-Enter the previous, Escape closes and
 * gives the focus back to the terminal.
 */
import type { SearchAddon } from '@xterm/addon-search';

export interface FindBarElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  previous: HTMLButtonElement;
  close: HTMLButtonElement;
  status: HTMLElement;
}

/** match highlights that keep the terminal's text readable on them, light and dark */
const DECORATIONS = {
  light: {
    matchBackground: '#fff1a8', matchBorder: '#bf8700', matchOverviewRuler: '#bf8700',
    activeMatchBackground: '#ffc46b', activeMatchBorder: '#bc4c00', activeMatchColorOverviewRuler: '#bc4c00',
  },
  dark: {
    matchBackground: '#5c4a00', matchBorder: '#d4a72c', matchOverviewRuler: '#d4a72c',
    activeMatchBackground: '#8a4300', activeMatchBorder: '#ff9632', activeMatchColorOverviewRuler: '#ff9632',
  },
};

export class FindBar {
  private readonly stop: () => void;

  constructor(
    private readonly el: FindBarElements,
    private readonly search: SearchAddon,
    private readonly giveFocusBack: () => void,
  ) {
    const find = (backwards: boolean) => {
      const term = el.input.value;
      if (!term) return this.show('');
      const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
      const opts = { decorations: dark ? DECORATIONS.dark : DECORATIONS.light };
      const found = backwards ? search.findPrevious(term, opts) : search.findNext(term, opts);
      if (!found) this.show('No matches');
    };
    const onSubmit = (ev: SubmitEvent) => {
      ev.preventDefault();
      find(false);
    };
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key === 'Escape') {
        ev.preventDefault();
        this.close();
      } else if (ev.key === 'Enter' && ev.shiftKey) {
        ev.preventDefault();
        find(true);
      }
    };
    const onInput = () => find(false);
    const onPrevious = () => find(true);
    const onClose = () => this.close();
    const results = search.onDidChangeResults(({ resultIndex, resultCount }) => {
      if (resultCount === 0) this.show(el.input.value ? 'No matches' : '');
      else this.show(resultIndex >= 0 ? `${resultIndex + 1} of ${resultCount}` : `${resultCount}+ matches`);
    });
    el.form.addEventListener('submit', onSubmit);
    el.input.addEventListener('keydown', onKey);
    el.input.addEventListener('input', onInput);
    el.previous.addEventListener('click', onPrevious);
    el.close.addEventListener('click', onClose);
    this.stop = () => {
      results.dispose();
      el.form.removeEventListener('submit', onSubmit);
      el.input.removeEventListener('keydown', onKey);
      el.input.removeEventListener('input', onInput);
      el.previous.removeEventListener('click', onPrevious);
      el.close.removeEventListener('click', onClose);
    };
  }

  get isOpen(): boolean {
    return !this.el.form.hidden;
  }

  open(): void {
    this.el.form.hidden = false;
    this.el.input.focus();
    this.el.input.select();
  }

  close(): void {
    this.el.form.hidden = true;
    this.search.clearDecorations();
    this.show('');
    this.giveFocusBack();
  }

  toggle(): void {
    if (this.isOpen) this.close();
    else this.open();
  }

  private show(text: string): void {
    this.el.status.textContent = text;
  }

  dispose(): void {
    this.stop();
  }
}
