/**
 * Content tests: every lesson has valid frontmatter, ends with "Check your understanding" and at
 * least three questions, and its runnable blocks work when run in document order on one fresh
 * host after `setup` (exactly what a learner clicking every Run button gets, and what the build
 * runs for the outputs it prints): each block's last command exits 0, except ```sh error blocks,
 * which must exit non-zero. Known engine gaps are listed in known-lesson-gaps.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseBlocks, type LessonBlock } from '../../src/course/blocks.ts';
import { readLessonFiles } from '../../src/course/lesson-files.ts';
import { runLesson, type BlockRun } from '../../src/course/lesson-runner.ts';
import { lessonSchema } from '../../src/course/lesson-schema.ts';
import { KNOWN_LESSON_GAPS } from './known-lesson-gaps.ts';

const lessons = readLessonFiles();

function describeBlock(fileName: string, block: LessonBlock): string {
  return `${fileName}, block at line ${block.line} (\`\`\`${block.lang}${block.meta ? ` ${block.meta}` : ''})`;
}

function transcript(run: BlockRun): string {
  return run.commands.map((c) => `$ ${c.command}\n${c.output}${c.output.endsWith('\n') || !c.output ? '' : '\n'}[exit ${c.status}]`).join('\n');
}

const blockOk = (run: BlockRun) => (run.block.kind === 'error' ? run.status !== 0 : run.status === 0);

it('finds the lessons', () => {
  expect(lessons.length).toBeGreaterThanOrEqual(18);
});

describe.each(lessons.map((l) => [l.fileName, l] as const))('%s', (fileName, lesson) => {
  it('has the frontmatter fields, valid', () => {
    const result = lessonSchema.safeParse(lesson.frontmatter);
    expect(result.success, `${fileName}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
    expect(lesson.fileName.startsWith(String(lesson.frontmatter.order).padStart(2, '0')), `${fileName}: the NN- prefix should repeat order`).toBe(true);
  });

  it('ends with "Check your understanding" and at least 3 questions', () => {
    const heading = lesson.source.search(/^## Check your understanding\s*$/m);
    expect(heading, `${fileName} has no "## Check your understanding" section`).toBeGreaterThan(0);
    const questions = lesson.source.slice(heading).match(/<Question\b/g) ?? [];
    expect(questions.length, `${fileName}: ${questions.length} <Question> after "Check your understanding"`).toBeGreaterThanOrEqual(3);
  });

  it('runs every runnable block in order on a fresh host', async () => {
    const setup = (lesson.frontmatter.setup as string[] | undefined) ?? [];
    const run = await runLesson(lesson.slug, setup, parseBlocks(lesson.source));
    for (const s of run.setup) expect(s.status, `${fileName}: setup command failed\n$ ${s.command}\n${s.output}`).toBe(0);
    const failures: string[] = [];
    const stillBroken: string[] = [];
    for (const b of run.blocks) {
      const gap = KNOWN_LESSON_GAPS.find((g) => g.lesson === fileName && g.code === b.block.code);
      const ok = blockOk(b);
      if (gap) {
        if (ok) stillBroken.push(`${describeBlock(fileName, b.block)} now passes: remove it from known-lesson-gaps.ts`);
        continue;
      }
      if (!ok) {
        const want = b.block.kind === 'error' ? 'a non-zero exit (```sh error)' : 'exit 0';
        failures.push(`${describeBlock(fileName, b.block)}: expected ${want}, last command exited ${b.status}\n${transcript(b)}`);
      }
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
    expect(stillBroken).toEqual([]);
  });
});

it('lists no gaps for lessons or blocks that do not exist', () => {
  for (const gap of KNOWN_LESSON_GAPS) {
    const lesson = lessons.find((l) => l.fileName === gap.lesson);
    expect(lesson, gap.lesson).toBeDefined();
    expect(parseBlocks(lesson!.source).some((b) => b.code === gap.code), `${gap.lesson}: ${gap.code}`).toBe(true);
  }
});
