/**
 * Paints a layout as SVG markup (a string, so it is tested in Node and set in one go in the
 * browser). Colours come from CSS classes (tp-c0..tp-c7 per segment) so the light and dark
 * themes restyle the picture without redrawing it.
 */
import type { Box, Layout, Line, Point } from './layout.ts';
import type { PacketPath } from './packet-path.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pts = (ps: readonly Point[]) => ps.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
const round = (n: number) => Math.round(n * 10) / 10;
const colour = (n: number | undefined) => (n === undefined ? '' : ` tp-c${n}`);

function text(x: number, y: number, value: string, cls: string): string {
  return `<text x="${round(x)}" y="${round(y)}" class="${cls}">${esc(value)}</text>`;
}

function box(b: Box): string {
  const cls = `tp-box tp-${b.kind}${colour(b.colour)}${b.dim ? ' tp-dim' : ''}`;
  const out = [`<g class="${cls}" data-key="${esc(b.key)}">`];
  const r = b.kind === 'segment' ? 4 : b.kind === 'lan' ? 14 : 6;
  out.push(`<rect x="${round(b.x)}" y="${round(b.y)}" width="${round(b.w)}" height="${round(b.h)}" rx="${r}"/>`);
  if (b.kind === 'segment') {
    out.push(text(b.x + 8, b.y + b.h / 2 + 4, b.title, 'tp-label'));
    if (b.lines[0]) out.push(`<text x="${round(b.x + b.w - 8)}" y="${round(b.y + b.h / 2 + 4)}" class="tp-label tp-end">${esc(b.lines[0])}</text>`);
  } else if (b.kind === 'host') {
    out.push(text(b.x + 10, b.y + 17, b.title, 'tp-title'));
  } else {
    out.push(text(b.x + 8, b.y + 16, b.title, 'tp-title'));
    b.lines.forEach((line, i) => {
      const y = b.y + 16 + (i + 1) * 15;
      const chip = b.lineColours?.[i];
      if (chip !== undefined) out.push(`<circle cx="${round(b.x + 11)}" cy="${round(y - 4)}" r="3.5" class="tp-chip${colour(chip)}"/>`);
      out.push(text(b.x + (chip !== undefined ? 19 : 8), y, line, 'tp-text'));
    });
  }
  out.push('</g>');
  return out.join('');
}

function line(l: Line): string {
  return `<polyline points="${pts(l.points)}" class="tp-line tp-${l.kind}${colour(l.colour)}${l.dashed ? ' tp-dashed' : ''}" data-key="${esc(l.key)}"/>`;
}

export function renderTopology(layout: Layout, label: string): string {
  const frame = layout.boxes.filter((b) => b.kind === 'host').map(box);
  const others = layout.boxes.filter((b) => b.kind !== 'host').map(box);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${round(layout.width)} ${round(layout.height)}" width="${round(layout.width)}" height="${round(layout.height)}" role="img" aria-label="${esc(label)}" class="tp-svg">`,
    ...frame,
    ...layout.lines.map(line),
    ...others,
    ...layout.dots.map((d) => `<circle cx="${round(d.x)}" cy="${round(d.y)}" r="4" class="tp-dot${colour(d.colour)}"/>`),
    '<g class="tp-packet" data-packet></g>',
    '</svg>',
  ].join('');
}

/**
 * The packet layer: the route walked (green when delivered, red up to the drop), a dot that
 * travels it (SMIL animateMotion; skipped when the reader prefers reduced motion) and, for a
 * drop, a cross where the packet stopped.
 */
export function renderPacket(path: PacketPath, animate: boolean): string {
  const ok = path.fate.kind === 'delivered';
  const cls = ok ? 'tp-route tp-ok' : 'tp-route tp-drop';
  const out = [];
  if (path.points.length > 1) out.push(`<polyline points="${pts(path.points)}" class="${cls}"/>`);
  const d = path.points.length ? `M${path.points.map((p) => `${round(p.x)},${round(p.y)}`).join(' L')}` : '';
  const seconds = Math.min(2.4, 0.5 + path.points.length * 0.18).toFixed(2);
  if (animate && d) {
    out.push(`<circle r="6" class="tp-packet-dot${ok ? ' tp-ok' : ' tp-drop'}"><animateMotion dur="${seconds}s" fill="freeze" path="${d}"/></circle>`);
  } else if (path.points.length) {
    const last = path.points[path.points.length - 1];
    out.push(`<circle cx="${round(last.x)}" cy="${round(last.y)}" r="6" class="tp-packet-dot${ok ? ' tp-ok' : ' tp-drop'}"/>`);
  }
  if (!ok) {
    const { x, y } = path.end;
    const k = 8;
    const cross = `<path d="M${round(x - k)},${round(y - k)} L${round(x + k)},${round(y + k)} M${round(x + k)},${round(y - k)} L${round(x - k)},${round(y + k)}" class="tp-cross"/>`;
    // the cross appears when the dot arrives
    out.push(animate ? `<g class="tp-cross-late" style="animation-delay:${seconds}s">${cross}</g>` : cross);
  }
  return out.join('');
}
