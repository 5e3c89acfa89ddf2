/**
 * Terminal colours that follow the page's colour scheme. Both palettes keep the 16 ANSI colours
 * distinct and readable on their background; xterm's minimumContrastRatio lifts any pair that
 * would still fall below WCAG AA.
 */
import type { ITheme } from '@xterm/xterm';

export const DARK: ITheme = {
  background: '#1e1e1e', foreground: '#d4d4d4', cursor: '#d4d4d4', cursorAccent: '#1e1e1e',
  selectionBackground: '#264f78', selectionForeground: '#ffffff',
  black: '#000000', red: '#f14c4c', green: '#23d18b', yellow: '#e5e510',
  blue: '#3b8eea', magenta: '#d670d6', cyan: '#29b8db', white: '#e5e5e5',
  brightBlack: '#858585', brightRed: '#ff6b6b', brightGreen: '#4ee6a4', brightYellow: '#f5f543',
  brightBlue: '#6cb0ff', brightMagenta: '#e98fe9', brightCyan: '#5fd3ee', brightWhite: '#ffffff',
};

export const LIGHT: ITheme = {
  background: '#ffffff', foreground: '#1f2328', cursor: '#1f2328', cursorAccent: '#ffffff',
  selectionBackground: '#b6d7ff', selectionForeground: '#1f2328',
  black: '#24292f', red: '#cf222e', green: '#116329', yellow: '#7d4e00',
  blue: '#0969da', magenta: '#8250df', cyan: '#1b7c83', white: '#6e7781',
  brightBlack: '#57606a', brightRed: '#a40e26', brightGreen: '#1a7f37', brightYellow: '#633c01',
  brightBlue: '#0550ae', brightMagenta: '#6639ba', brightCyan: '#3192aa', brightWhite: '#424a53',
};

/** the contrast xterm enforces between a cell's text and its background */
export const MIN_CONTRAST = 4.5;

/** call `apply` now and whenever the user's colour scheme changes; returns a stop function */
export function followColourScheme(apply: (theme: ITheme, dark: boolean) => void): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const root = document.documentElement;
  // a site theme switch (Starlight's <html data-theme>) wins over the operating system's preference
  const dark = () => (root.dataset.theme === 'dark' || root.dataset.theme === 'light' ? root.dataset.theme === 'dark' : query.matches);
  const update = () => apply(dark() ? DARK : LIGHT, dark());
  update();
  query.addEventListener('change', update);
  const observer = new MutationObserver(update);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    query.removeEventListener('change', update);
    observer.disconnect();
  };
}
