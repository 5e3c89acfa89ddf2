/**
 * The browser binding: xterm.js behind the TerminalScreen interface. It fits the terminal to its
 * box (again whenever the box changes size, once the fonts are loaded so cells measure right),
 * follows the light/dark colour scheme, batches output through the write callback, finds in the
 * scrollback (the find form) and copies the selection with Ctrl-C / Ctrl-Shift-C.
 */
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import xtermCss from '@xterm/xterm/css/xterm.css?inline';
import { SearchAddon } from '@xterm/addon-search';
import type { TerminalScreen } from './terminal-screen.ts';
import { WriteBatcher } from './write-batcher.ts';
import { followColourScheme, MIN_CONTRAST } from './theme.ts';
import { FindBar, type FindBarElements } from './find-bar.ts';

export interface XtermTerminalOptions {
  host: HTMLElement;
  /** the find form of the component */
  find?: FindBarElements;
  /** accessible name of xterm's input element */
  label?: string;
  fontSize?: number;
}

const FONT = 'ui-monospace, "Cascadia Mono", "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace';

/**
 * xterm keeps its theme and cell size in <style> elements beside its screen. In the light DOM every
 * change to them makes the browser restyle the whole page, which is slow on a long lesson; inside a
 * shadow root the rules only reach the terminal.
 */
function shadowBox(host: HTMLElement): HTMLElement {
  const shadowHost = document.createElement('div');
  shadowHost.className = 'dn-xterm-host';
  shadowHost.style.height = '100%';
  host.append(shadowHost);
  const root = shadowHost.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${xtermCss}\n:host { display: block; height: 100%; } .dn-xterm-box { height: 100%; }`;
  const box = document.createElement('div');
  box.className = 'dn-xterm-box';
  root.append(style, box);
  return box;
}

export class XtermTerminal implements TerminalScreen {
  readonly term: Terminal;
  readonly findBar: FindBar | null;
  private readonly fitAddon = new FitAddon();
  private readonly searchAddon = new SearchAddon();
  private readonly batcher: WriteBatcher;
  private readonly cleanups: (() => void)[] = [];
  private disposed = false;

  constructor(opts: XtermTerminalOptions) {
    this.term = new Terminal({
      fontFamily: FONT,
      fontSize: opts.fontSize ?? (window.innerWidth < 600 ? 13 : 14),
      // at 1.0 some monospace fonts lose the underscore to the row below ("my_bridge" reads "my bridge")
      lineHeight: 1.2,
      scrollback: 5000,
      cursorBlink: true,
      // the line editor recounts its wrapped rows after a resize; that needs the cursor's row reflowed too
      reflowCursorLine: true,
      minimumContrastRatio: MIN_CONTRAST,
      allowProposedApi: true,
    });
    this.term.loadAddon(this.fitAddon);
    this.term.loadAddon(this.searchAddon);
    this.term.open(shadowBox(opts.host));
    this.term.textarea?.setAttribute('aria-label', opts.label ?? 'Terminal input');
    this.batcher = new WriteBatcher((data, done) => this.term.write(data, done));
    this.findBar = opts.find ? new FindBar(opts.find, this.searchAddon, () => this.term.focus()) : null;
    this.cleanups.push(
      followColourScheme((theme) => {
        this.term.options.theme = theme;
        opts.host.style.backgroundColor = theme.background ?? '';
      }),
    );
    this.term.attachCustomKeyEventHandler((ev) => this.onKey(ev));
    this.refit();
    this.watchSize(opts.host);
  }

  private refit(): void {
    try {
      this.fitAddon.fit();
    } catch {
      // a hidden box has no size; the next resize fits
    }
  }

  /** refit when the box changes size, after the fonts are in so the cell size is final */
  private watchSize(host: HTMLElement): void {
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        this.refit();
      });
    };
    const fonts = (document as Document & { fonts?: FontFaceSet }).fonts;
    void (fonts ? fonts.ready : Promise.resolve()).then(() => {
      if (this.disposed) return;
      this.refit();
      const observer = new ResizeObserver(schedule);
      observer.observe(host);
      this.cleanups.push(() => observer.disconnect());
    });
  }

  /** false stops xterm from handling the key */
  private onKey(ev: KeyboardEvent): boolean {
    if (ev.type !== 'keydown') return true;
    const mod = ev.ctrlKey || ev.metaKey;
    const key = ev.key.toLowerCase();
    // Ctrl-Shift-F is not for the shell: it bubbles to the component, which opens the find form
    if (mod && ev.shiftKey && key === 'f') return false;
    // Ctrl-C copies when text is selected (and Ctrl-Shift-C always); otherwise it is an interrupt
    if (mod && key === 'c' && (ev.shiftKey || this.term.hasSelection())) {
      ev.preventDefault();
      void this.copySelection();
      return false;
    }
    // leave Ctrl-V / Ctrl-Shift-V to the browser: its paste event reaches xterm as pasted text
    if (mod && key === 'v') return false;
    return true;
  }

  async copySelection(): Promise<void> {
    const text = this.term.getSelection();
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // no async clipboard (insecure context): the copy command copies the textarea's selection
      document.execCommand('copy');
    }
  }

  get cols(): number {
    return this.term.cols;
  }

  get rows(): number {
    return this.term.rows;
  }

  reset(): void {
    this.batcher.discard();
    this.term.reset();
  }

  write(data: string): void {
    this.batcher.write(data);
  }

  flushed(): Promise<void> {
    return this.batcher.flushed();
  }

  input(data: string): void {
    this.term.input(data, true);
  }

  onData(listener: (data: string) => void): () => void {
    const d = this.term.onData(listener);
    return () => d.dispose();
  }

  onResize(listener: (size: { cols: number; rows: number }) => void): () => void {
    const d = this.term.onResize(listener);
    return () => d.dispose();
  }

  text(): string {
    return this.tail(Infinity);
  }

  /** the last `count` rows up to the last row with text (the screen below the prompt is empty) */
  tail(count: number): string {
    const b = this.term.buffer.active;
    const row = (i: number) => b.getLine(i)?.translateToString(true) ?? '';
    let last = b.length - 1;
    while (last >= 0 && row(last) === '') last--;
    const rows: string[] = [];
    for (let i = last; i >= 0 && rows.length < count; i--) rows.push(row(i));
    return rows.reverse().join('\n');
  }

  focus(): void {
    this.term.focus();
  }

  dispose(): void {
    this.disposed = true;
    for (const c of this.cleanups) c();
    this.findBar?.dispose();
    this.term.dispose();
  }
}
