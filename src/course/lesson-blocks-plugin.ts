/**
 * A Sätteri hast plugin (Astro 7's Markdown pipeline; the rehype equivalent) for lesson MDX:
 * every runnable ```sh block gets a Run bar, and every ```sh output block the output the engine
 * printed for it, captured at build time by running the lesson's `setup` and then ALL runnable
 * blocks in document order on one host seeded like the page's terminal. Output is never typed
 * by hand, so the text and the terminal always agree.
 *
 * Runs before Expressive Code (it is registered first), so it sees the plain <pre><code> of each
 * block and wraps it; Expressive Code then renders the code inside the wrapper as usual.
 */
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { parseBlocks, blockKind, isRunnable } from './blocks.ts';
import { runLesson, type BlockRun } from './lesson-runner.ts';
import { slugFromFileName } from './lesson-seed.ts';
import { outputFigure, runBar } from './build-output.ts';
import { strings } from '../i18n/strings.ts';

export interface LessonBlocksOptions {
  /** absolute path of the lessons folder: only files in it are treated as lessons */
  lessonsDir: string;
  /** called once per lesson with every block's result (the build log, tests) */
  onLessonRun?: (slug: string, blocks: BlockRun[]) => void;
}

interface LessonState {
  slug: string;
  runs: BlockRun[];
  next: number;
}

function codeInfo(pre: Readonly<Element>): { lang: string; meta: string; code: Element } | undefined {
  const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  if (!code) return undefined;
  const data = (code.data ?? {}) as { lang?: string; meta?: string };
  const cls = ([] as unknown[]).concat(code.properties?.className ?? []).map(String).find((c) => c.startsWith('language-'));
  return { lang: data.lang ?? cls?.slice('language-'.length) ?? '', meta: data.meta ?? '', code };
}

export function lessonBlocksPlugin(opts: LessonBlocksOptions): () => HastPluginDefinition | null {
  const t = strings('en');
  // a factory: Sätteri calls it per document, so each lesson has its own run state
  return () => {
    let lesson: LessonState | null = null;
    return {
      name: 'dockernet-lesson-blocks',
      async before(_root, ctx) {
        const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
        if (!path.startsWith(opts.lessonsDir)) return;
        const slug = slugFromFileName(path);
        const frontmatter = ((ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {});
        const setup = Array.isArray(frontmatter.setup) ? frontmatter.setup.map(String) : [];
        const run = await runLesson(slug, setup, parseBlocks(ctx.source));
        opts.onLessonRun?.(slug, run.blocks);
        // the build still succeeds (the page shows what the engine printed), but the author hears of it
        for (const b of run.blocks) {
          if ((b.block.kind === 'error') === (b.status !== 0)) continue;
          const last = b.commands.at(-1);
          console.warn(`[lesson ${slug}] block at line ${b.block.line} (${b.block.kind}) exited ${b.status}: $ ${last?.command ?? ''}\n${last?.output.trimEnd() ?? ''}`);
        }
        lesson = { slug, runs: run.blocks, next: 0 };
      },
      element: {
        filter: ['pre', 'table'],
        visit(pre, ctx) {
          if (!lesson) return;
          // wide tables scroll sideways (Starlight's table style): keyboard users must reach them
          if (pre.tagName === 'table') return void ctx.setProperty(pre, 'tabIndex', 0);
          const info = codeInfo(pre);
          if (!info) return;
          const kind = blockKind(info.lang, info.meta);
          if (!isRunnable({ kind })) return;
          const run = lesson.runs[lesson.next++];
          const code = ctx.textContent(info.code).replace(/\n$/, '');
          // the pipeline and our own reading of the source must agree block for block
          if (!run || run.block.code !== code) {
            throw new Error(`lesson ${lesson.slug}: runnable block ${lesson.next} does not match the source (${JSON.stringify(code.slice(0, 60))})`);
          }
          const extras: Element[] = [runBar(kind, code, t)];
          if (kind === 'output') extras.push(outputFigure(run.commands, t));
          ctx.wrapNode(pre, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['dn-block'], dataKind: kind, dataBlock: String(run.block.index), dataLine: String(run.block.line) },
            children: extras,
          });
        },
      },
    };
  };
}
