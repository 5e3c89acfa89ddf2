/**
 * The lesson page's terminal: a fresh host booted like the build-time one (same seed, registry
 * reachable) with the lesson's `setup` applied, again after every Reset host; and the Run buttons,
 * which type their block into it as if typed. Until the host is prepared the buttons stay disabled.
 *
 * The Terminal component (src/terminal, another module's) boots `new Engine({ seed })`; the two
 * differences from build time are closed here, on its engine, without typing anything:
 * registry reachability (a plain state flag, no randomness involved, so IDs stay in step) and
 * the setup commands, run through the same runCommand as at build time.
 */
import { getTerminal, mountTerminals } from '../terminal/mount.ts';
import type { TerminalController } from '../terminal/terminal-controller.ts';
import { lessonHostFor, runCommand } from './lesson-runner.ts';

export interface LessonTerminalOptions {
  terminalId: string;
  setup: readonly string[];
  /** the Run buttons of the page */
  buttons: readonly HTMLButtonElement[];
  /** after a Run: e.g. bring the terminal into view on a narrow screen */
  afterRun?: (button: HTMLButtonElement) => void;
}

async function prepareHost(controller: TerminalController, setup: readonly string[]): Promise<void> {
  const engine = controller.session.engine;
  engine.state.host.registryReachable = true;
  if (setup.length) {
    const host = lessonHostFor(engine);
    for (const command of setup) await runCommand(host, command);
  }
  // the diagram and anything else listening redraw from the prepared host
  engine.emit({ type: 'changed' });
}

export function startLessonTerminal(opts: LessonTerminalOptions): TerminalController | undefined {
  mountTerminals();
  const controller = getTerminal(opts.terminalId);
  if (!controller) return undefined;
  const enable = (on: boolean) => opts.buttons.forEach((b) => (b.disabled = !on));
  const prepare = () => {
    enable(false);
    prepareHost(controller, opts.setup).finally(() => enable(true));
  };
  // a host restored from this browser already went through setup before it was saved
  if (controller.restored) {
    controller.session.engine.state.host.registryReachable = true;
    enable(true);
  } else prepare();
  document.addEventListener('dockernet:reset', (e) => {
    if ((e as CustomEvent<{ terminal: string }>).detail.terminal === opts.terminalId) prepare();
  });
  for (const button of opts.buttons) {
    button.addEventListener('click', () => {
      const command = button.dataset.command;
      if (!command) return;
      controller.type(command);
      opts.afterRun?.(button);
    });
  }
  return controller;
}
