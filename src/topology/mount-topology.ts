/**
 * Connects a Topology component to its terminal: redraw on dockernet:changed, animate on
 * dockernet:packet, announce when the command finishes (dockernet:command), start over on
 * dockernet:reset. Events carry the terminal id; other terminals on the page are ignored.
 */
import { getTerminal, mountTerminals } from '../terminal/mount.ts';
import type { Engine } from '../engine/engine.ts';
import type { PacketTrace } from '../engine/dataplane/trace.ts';
import type { Strings } from '../i18n/strings.ts';
import { TopologyView } from './topology-view.ts';
import { unresolvedTrace } from './unresolved.ts';

type Detail = { terminal: string; engine?: Engine; trace?: PacketTrace; command?: string; output?: string };

function part(root: HTMLElement, name: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(`[data-dn-topo-${name}]`);
  if (!el) throw new Error(`Topology component is missing its ${name} element`);
  return el;
}

function wireToggles(root: HTMLElement): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-dn-topo-toggle]')) {
    const target = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!target) continue;
    const [showText, hideText] = [button.dataset.show ?? '', button.dataset.hide ?? ''];
    // 'hidden' toggles display; 'sr-only' keeps it for screen readers when not shown
    const mode = button.dataset.dnTopoToggle;
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      button.textContent = open ? hideText : showText;
      if (mode === 'sr-only') target.classList.toggle('sr-only', !open);
      else target.hidden = !open;
    });
  }
}

export function mountTopology(root: HTMLElement): void {
  const terminalId = root.dataset.terminal ?? '';
  const strings = JSON.parse(part(root, 'strings').textContent ?? '{}') as Strings;
  const view = new TopologyView({ figure: part(root, 'figure'), description: part(root, 'text'), fate: part(root, 'fate') }, strings);
  wireToggles(root);
  mountTerminals();
  const controller = getTerminal(terminalId);
  if (controller) view.update(controller.session.engine.state);
  let packets = 0;
  const mine = (e: Event) => {
    const d = (e as CustomEvent<Detail>).detail;
    return d?.terminal === terminalId ? d : null;
  };
  document.addEventListener('dockernet:changed', (e) => {
    const d = mine(e);
    if (d?.engine) view.update(d.engine.state);
  });
  document.addEventListener('dockernet:packet', (e) => {
    const d = mine(e);
    if (!d?.trace) return;
    packets++;
    view.packet(d.trace);
  });
  document.addEventListener('dockernet:command', (e) => {
    const d = mine(e);
    if (!d) return;
    if (!packets) {
      const engine = getTerminal(terminalId)?.session.engine;
      const trace = engine && unresolvedTrace(d.command ?? '', d.output ?? '', engine.state.host.hostname);
      if (trace) view.packet(trace);
      else view.clearPacket();
    }
    view.announce();
    packets = 0;
  });
  document.addEventListener('dockernet:reset', (e) => {
    if (!mine(e)) return;
    packets = 0;
    view.clearPacket();
    const engine = getTerminal(terminalId)?.session.engine;
    if (engine) view.update(engine.state);
  });
}
