/**
 * The code blocks of a lesson, read from its MDX source the way AUTHORING.md defines them:
 * ```sh (runnable), ```sh output (runnable, its build-time output shown), ```sh error (runnable,
 * expected to fail), ```sh norun and ```text (shown only). The build plugin, the content tests
 * and the lesson page all use this one reading, so they agree on which blocks run and in what order.
 */

export type BlockKind = 'run' | 'output' | 'error' | 'norun' | 'text';

export interface LessonBlock {
  /** position among all fenced blocks of the lesson, from 0 */
  index: number;
  /** 1-based line of the opening fence in the source file */
  line: number;
  lang: string;
  meta: string;
  kind: BlockKind;
  /** the text between the fences, without the final newline */
  code: string;
}

const FENCE = /^(\s{0,3})(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;

/** which kind a fence's info string (`sh output`) gives; anything but sh is shown as text */
export function blockKind(lang: string, meta: string): BlockKind {
  if (lang !== 'sh') return 'text';
  const words = meta.split(/\s+/).filter(Boolean);
  if (words.includes('norun')) return 'norun';
  if (words.includes('error')) return 'error';
  if (words.includes('output')) return 'output';
  return 'run';
}

export const isRunnable = (b: { kind: BlockKind }): boolean => b.kind === 'run' || b.kind === 'output' || b.kind === 'error';

/** every fenced block in document order (frontmatter excluded; fences inside fences are text) */
export function parseBlocks(source: string): LessonBlock[] {
  const lines = source.split(/\r?\n/);
  const blocks: LessonBlock[] = [];
  let i = frontmatterEnd(lines);
  while (i < lines.length) {
    const open = FENCE.exec(lines[i]);
    if (!open) {
      i++;
      continue;
    }
    const [, indent, fence, lang, meta] = open;
    const body: string[] = [];
    let j = i + 1;
    const closes = (l: string) => l.trim().startsWith(fence[0].repeat(fence.length)) && /^[`~]+$/.test(l.trim());
    while (j < lines.length && !closes(lines[j])) {
      // the fence's indentation is not part of the code (CommonMark)
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
      j++;
    }
    blocks.push({ index: blocks.length, line: i + 1, lang, meta: meta.trim(), kind: blockKind(lang, meta.trim()), code: body.join('\n') });
    i = j + 1;
  }
  return blocks;
}

function frontmatterEnd(lines: string[]): number {
  if (lines[0] !== '---') return 0;
  const end = lines.indexOf('---', 1);
  return end < 0 ? 0 : end + 1;
}

/**
 * The commands of a runnable block, one per logical line: a trailing backslash continues the
 * line (bash removes backslash-newline), empty lines and `#` comments are skipped.
 */
export function blockCommands(code: string): string[] {
  const commands: string[] = [];
  let pending = '';
  for (const raw of code.split('\n')) {
    const line = pending ? raw.trimStart() : raw;
    if (/(^|[^\\])(\\\\)*\\$/.test(line)) {
      pending += line.slice(0, -1);
      continue;
    }
    const command = (pending + line).trim();
    pending = '';
    if (command && !command.startsWith('#')) commands.push(command);
  }
  if (pending.trim()) commands.push(pending.trim());
  return commands;
}
