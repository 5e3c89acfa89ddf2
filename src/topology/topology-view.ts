/**
 * The topology view in the page: redraws the SVG and the text description from engine state,
 * shows the last packet's route (animated unless the reader prefers reduced motion) and says its
 * fate in a visible caption that is also a polite live region.
 */
import type { EngineState } from '../engine/model/state.ts';
import type { PacketTrace } from '../engine/dataplane/trace.ts';
import { format, type Strings } from '../i18n/strings.ts';
import { topologyFromState, type Topology } from './model.ts';
import { layoutTopology, type Layout } from './layout.ts';
import { renderPacket, renderTopology } from './render-svg.ts';
import { describePacket, describeTopology } from './describe.ts';
import { packetPath } from './packet-path.ts';

export interface TopologyElements {
  figure: HTMLElement;
  description: HTMLElement;
  /** visible caption + polite live region for the last packet */
  fate: HTMLElement;
}

export class TopologyView {
  private topology: Topology | null = null;
  private layout: Layout | null = null;
  private lastTrace: PacketTrace | null = null;
  private readonly reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  constructor(private readonly el: TopologyElements, private readonly s: Strings) {
    new ResizeObserver(() => this.size()).observe(el.figure);
  }

  /** natural size when it fits; shrunk to at most 85% (text stays readable), then the box scrolls */
  private size(): void {
    const svg = this.el.figure.querySelector<SVGElement>('svg');
    if (!svg || !this.layout) return;
    const natural = this.layout.width;
    const room = this.el.figure.clientWidth - 8;
    svg.style.width = `${Math.round(Math.min(natural, Math.max(room, natural * 0.85)))}px`;
  }

  update(state: EngineState): void {
    this.topology = topologyFromState(state);
    this.layout = layoutTopology(this.topology);
    const t = this.topology;
    const label = `${format(this.s['describe.host'], { name: t.hostname })}: ${t.segments.length} ${this.s['describe.networks'].toLowerCase()}, ${t.containers.length} ${this.s['describe.containers'].toLowerCase()}`;
    this.el.figure.innerHTML = renderTopology(this.layout, label);
    this.size();
    this.renderDescription();
    // keep showing the last route while it still fits the picture (no re-animation)
    if (this.lastTrace) this.drawPacket(this.lastTrace, false);
  }

  private renderDescription(): void {
    const sections = describeTopology(this.topology!, this.s);
    const frag = document.createDocumentFragment();
    const h = document.createElement('h3');
    h.textContent = format(this.s['describe.host'], { name: this.topology!.hostname });
    frag.append(h);
    for (const section of sections) {
      const h4 = document.createElement('h4');
      h4.textContent = section.heading;
      const ul = document.createElement('ul');
      for (const item of section.items) {
        const li = document.createElement('li');
        li.textContent = item;
        ul.append(li);
      }
      frag.append(h4, ul);
    }
    this.el.description.replaceChildren(frag);
  }

  private drawPacket(trace: PacketTrace, animate: boolean): string | null {
    const layer = this.el.figure.querySelector('[data-packet]');
    if (!layer || !this.layout || !this.topology) return null;
    const path = packetPath(this.layout, this.topology, trace);
    layer.innerHTML = renderPacket(path, animate && !this.reducedMotion.matches);
    return describePacket(trace, path.fate, this.s);
  }

  /** a packet walked the data plane: animate it now */
  packet(trace: PacketTrace): void {
    this.lastTrace = trace;
    this.drawPacket(trace, true);
  }

  /** the command is over: say how its last packet ended */
  announce(): void {
    if (!this.lastTrace || !this.layout || !this.topology) return;
    const path = packetPath(this.layout, this.topology, this.lastTrace);
    this.el.fate.textContent = describePacket(this.lastTrace, path.fate, this.s);
    this.el.fate.dataset.fate = path.fate.kind;
    this.el.fate.hidden = false;
  }

  clearPacket(): void {
    this.lastTrace = null;
    const layer = this.el.figure.querySelector('[data-packet]');
    if (layer) layer.innerHTML = '';
    this.el.fate.hidden = true;
    this.el.fate.textContent = '';
  }
}
