/**
 * The hast for what goes under a runnable block: the Run bar, and for ```sh output blocks the
 * output the engine printed at build time. Pure data in, hast out, so it is unit-tested without
 * a Markdown pipeline.
 */
import type { Element, ElementContent } from 'hast';
import type { BlockKind } from './blocks.ts';
import type { CommandRun } from './lesson-runner.ts';
import type { Strings } from '../i18n/strings.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** the bar under a runnable block: the Run button (enabled once the terminal is up) and a note */
export function runBar(kind: BlockKind, code: string, t: Strings): Element {
  const children: ElementContent[] = [
    el('button', { type: 'button', className: ['dn-run'], dataDnRun: '', dataCommand: code, disabled: true, title: t['block.runHint'] }, [
      el('span', { className: ['dn-run-icon'], ariaHidden: 'true' }, [text('▶')]),
      text(` ${t['block.run']}`),
    ]),
  ];
  if (kind === 'error') children.push(el('span', { className: ['dn-run-note'] }, [text(t['block.expectError'])]));
  // not search content: results would read "▶ Run"
  return el('div', { className: ['dn-run-bar'], dataPagefindIgnore: '' }, children);
}

/**
 * The recorded output: a figure with a caption (visible "Output", the rest for screen readers),
 * a focusable <pre> (it scrolls sideways) and the `$ ` prompts marked so CSS can dim them.
 */
export function outputFigure(commands: readonly CommandRun[], t: Strings): Element {
  const lines: ElementContent[] = [];
  for (const c of commands) {
    lines.push(el('span', { className: ['dn-output-cmd'] }, [el('span', { className: ['dn-output-prompt'] }, [text('$ ')]), text(c.command)]), text('\n'));
    if (c.output) lines.push(text(c.output.endsWith('\n') ? c.output : `${c.output}\n`));
  }
  const last = lines.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\n$/, '');
  return el('figure', { className: ['dn-output'], dataPagefindIgnore: '' }, [
    el('figcaption', {}, [text(t['block.output']), el('span', { className: ['sr-only'] }, [text(`: ${t['block.outputNote']}`)])]),
    el('pre', { tabIndex: 0, className: ['dn-output-text'] }, lines),
  ]);
}
