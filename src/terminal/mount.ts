/**
 * Brings every Terminal.astro on the page to life. The session, editor and accessible text mode
 * start at once; xterm loads as a separate chunk and attaches when it arrives, so the text mode
 * keeps working (and says so) if the terminal display cannot load.
 *
 * Driving a terminal from elsewhere on the page (lesson Run buttons, labs):
 *   window.dispatchEvent(new CustomEvent('dockernet:type', { detail: { command: 'docker network ls' } }))
 *     types the command into the first terminal on the page as if typed, replacing the current
 *     line (queued while a command runs); add `terminal: '<id>'` to the detail to pick one.
 *   getTerminal(id) (exported here) returns its TerminalController: type(), run(), interrupt(),
 *     reset(), buffer(), session (the TerminalSession, with .engine), focus().
 * Listening: the component element dispatches dockernet:ready, :command, :changed, :packet,
 * :reset and :session-ended (see terminal-controller.ts); they bubble to document.
 * Test hook: window.__dockernetTerminal is the first terminal ({ buffer, type, run, settled, controller }).
 */
import { TerminalController } from './terminal-controller.ts';
import { AccessibleLog } from './accessible-log.ts';
import { browserStorage } from './persistence.ts';
import type { FindBarElements } from './find-bar.ts';

const terminals = new Map<string, TerminalController>();
let listening = false;

export function getTerminal(id?: string): TerminalController | undefined {
  return id ? terminals.get(id) : terminals.values().next().value;
}

interface TestHook {
  controller: TerminalController;
  /** all rows, or the last `rows` rows */
  buffer(rows?: number): string;
  type(command: string): void;
  run(command: string): Promise<void>;
  settled(): Promise<void>;
}

declare global {
  interface Window {
    __dockernetTerminal?: TestHook;
    __dockernetTerminals?: Map<string, TerminalController>;
  }
}

function part<T extends Element>(root: HTMLElement, name: string): T {
  const el = root.querySelector<T>(`[data-dn-${name}]`);
  if (!el) throw new Error(`Terminal component is missing its ${name} element`);
  return el;
}

function showError(root: HTMLElement, text: string): void {
  const box = part<HTMLElement>(root, 'error');
  box.textContent = text;
  box.hidden = false;
}

function setTranscriptVisible(root: HTMLElement, visible: boolean): void {
  const toggle = part<HTMLButtonElement>(root, 'transcript');
  const log = part<HTMLElement>(root, 'log');
  log.classList.toggle('dn-visually-hidden', !visible);
  // focusable (to scroll it with the keyboard) only while it can be seen
  if (visible) log.tabIndex = 0;
  else log.removeAttribute('tabindex');
  toggle.setAttribute('aria-expanded', String(visible));
  toggle.textContent = visible ? 'Hide transcript' : 'Show transcript';
}

function wireControls(root: HTMLElement, controller: TerminalController): void {
  part<HTMLElement>(root, 'actions').hidden = false;
  part<HTMLButtonElement>(root, 'reset').addEventListener('click', () => {
    controller.reset();
    controller.focus();
  });
  const toggle = part<HTMLButtonElement>(root, 'transcript');
  toggle.addEventListener('click', () => setTranscriptVisible(root, toggle.getAttribute('aria-expanded') !== 'true'));
  const form = part<HTMLFormElement>(root, 'text-form');
  const input = part<HTMLInputElement>(root, 'text-input');
  form.hidden = false;
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!input.value.trim()) return;
    controller.type(input.value);
    input.value = '';
  });
  part<HTMLButtonElement>(root, 'stop').addEventListener('click', () => controller.interrupt());
}

async function attachXterm(root: HTMLElement, controller: TerminalController): Promise<void> {
  const { XtermTerminal } = await import('./xterm-terminal.ts');
  const find: FindBarElements = {
    form: part(root, 'find-form'),
    input: part(root, 'find-input'),
    previous: part(root, 'find-prev'),
    close: part(root, 'find-close'),
    status: part(root, 'find-status'),
  };
  const screenBox = part<HTMLElement>(root, 'screen');
  screenBox.replaceChildren();
  const screen = new XtermTerminal({ host: screenBox, find, label: `${root.dataset.label ?? 'Terminal'} input` });
  part<HTMLButtonElement>(root, 'find').addEventListener('click', () => screen.findBar?.toggle());
  // Ctrl-Shift-F anywhere in the component, the terminal included, opens or closes the find form
  root.addEventListener('keydown', (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && ev.shiftKey && ev.key.toLowerCase() === 'f') {
      ev.preventDefault();
      screen.findBar?.toggle();
    }
  });
  controller.attachScreen(screen);
}

function mountOne(root: HTMLElement): void {
  root.dataset.state = 'loading';
  const id = root.dataset.terminalId || `terminal-${terminals.size + 1}`;
  const controller = new TerminalController({
    id,
    element: root,
    log: new AccessibleLog(part(root, 'log')),
    storage: root.dataset.persist === 'false' ? null : browserStorage(),
    seed: root.dataset.seed || undefined,
  });
  terminals.set(id, controller);
  wireControls(root, controller);
  if (!window.__dockernetTerminal) {
    window.__dockernetTerminal = {
      controller,
      buffer: (rows) => controller.buffer(rows),
      type: (c) => controller.type(c),
      run: (c) => controller.run(c),
      settled: () => controller.settled(),
    };
  }
  attachXterm(root, controller).then(
    () => {
      root.dataset.state = 'ready';
      performance.mark(`dockernet:terminal-ready:${id}`);
    },
    (err: unknown) => {
      controller.noScreen();
      root.dataset.state = 'text-only';
      setTranscriptVisible(root, true);
      showError(root, `The terminal display could not load (${(err as Error).message ?? err}). ` +
        'The text mode below still runs commands; reload the page to try again.');
    },
  );
}

function onTypeRequest(ev: Event): void {
  const detail = (ev as CustomEvent<{ command?: string; terminal?: string }>).detail;
  if (typeof detail?.command !== 'string') return;
  getTerminal(detail.terminal)?.type(detail.command);
}

export function mountTerminals(): void {
  window.__dockernetTerminals = terminals;
  if (!listening) window.addEventListener('dockernet:type', onTypeRequest);
  listening = true;
  for (const root of document.querySelectorAll<HTMLElement>('[data-dockernet-terminal]')) {
    if (root.dataset.state) continue;
    try {
      mountOne(root);
    } catch (err) {
      root.dataset.state = 'failed';
      showError(root, `The terminal failed to start: ${(err as Error).message}. Reload the page to try again.`);
    }
  }
}
