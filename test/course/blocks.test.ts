/** Reading a lesson's code blocks, and the build plugin that gives them Run buttons and outputs. */
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { blockCommands, blockKind, isRunnable, parseBlocks } from '../../src/course/blocks.ts';
import { lessonBlocksPlugin } from '../../src/course/lesson-blocks-plugin.ts';
import type { BlockRun } from '../../src/course/lesson-runner.ts';

const SOURCE = [
  '---',
  'title: T',
  '---',
  '',
  'Text with ```inline``` fences is not a block.',
  '',
  '```sh output',
  'docker network ls --format "{{.Name}}"',
  '```',
  '',
  '```sh',
  'docker network create \\',
  '  --subnet 10.9.0.0/24 \\',
  '  nine',
  '# a comment',
  '',
  'docker network ls -q | wc -l',
  '```',
  '',
  '```sh error',
  'docker network rm bridge',
  '```',
  '',
  '```sh norun',
  'docker swarm init',
  '```',
  '',
  '```text',
  'not a command',
  '```',
].join('\n');

describe('parseBlocks', () => {
  it('finds every fenced block with its line, kind and code', () => {
    const blocks = parseBlocks(SOURCE);
    expect(blocks.map((b) => [b.line, b.kind])).toEqual([[7, 'output'], [11, 'run'], [20, 'error'], [24, 'norun'], [28, 'text']]);
    expect(blocks[1].code).toBe('docker network create \\\n  --subnet 10.9.0.0/24 \\\n  nine\n# a comment\n\ndocker network ls -q | wc -l');
    expect(blocks.filter(isRunnable).length).toBe(3);
  });

  it('tells kinds from the info string', () => {
    expect(blockKind('sh', '')).toBe('run');
    expect(blockKind('sh', 'output')).toBe('output');
    expect(blockKind('sh', 'error')).toBe('error');
    expect(blockKind('sh', 'norun')).toBe('norun');
    expect(blockKind('text', '')).toBe('text');
    expect(blockKind('bash', '')).toBe('text');
  });

  it('splits a block into commands: continuations joined, comments and blank lines dropped', () => {
    expect(blockCommands(parseBlocks(SOURCE)[1].code)).toEqual(['docker network create --subnet 10.9.0.0/24 nine', 'docker network ls -q | wc -l']);
    expect(blockCommands('echo a\\\\\necho b')).toEqual(['echo a\\\\', 'echo b']);
  });
});

describe('the lesson blocks plugin (Sätteri hast)', () => {
  const lessonsDir = '/virtual/content/lessons/';
  async function compile(source: string) {
    const runs: BlockRun[][] = [];
    const plugin = lessonBlocksPlugin({ lessonsDir, onLessonRun: (_slug, blocks) => runs.push(blocks) });
    const { code } = await mdxToJs(source, {
      hastPlugins: [plugin],
      fileURL: pathToFileURL(join(lessonsDir, '99-plugin-test.mdx')),
      data: { astro: { frontmatter: { setup: ['docker network create pre-made'] } } },
    });
    return { code, runs: runs[0] };
  }

  it('runs setup and every runnable block in order, once, on the lesson host', async () => {
    const { runs } = await compile(SOURCE);
    expect(runs.map((r) => [r.block.kind, r.status])).toEqual([['output', 0], ['run', 0], ['error', 1]]);
    // setup ran first: the network it made is there for the first block
    expect(runs[0].commands[0].output).toBe('bridge\nhost\nnone\npre-made\n');
    expect(runs[1].commands[1].output.trim()).toBe('5');
  });

  it('wraps runnable blocks with a Run button carrying the block, and shows build-time output only for output blocks', async () => {
    const { code } = await compile(SOURCE);
    expect(code.match(/data-dn-run/g)?.length).toBe(3);
    expect(code.match(/dn-output-text/g)?.length).toBe(1);
    expect(code).toContain('pre-made');
    expect(code).toContain('This one is meant to fail');
    expect(code).not.toMatch(/docker swarm init[^]*data-dn-run/);
  });

  it('leaves files outside the lessons folder alone', async () => {
    const plugin = lessonBlocksPlugin({ lessonsDir: '/elsewhere/' });
    const { code } = await mdxToJs(SOURCE, { hastPlugins: [plugin], fileURL: pathToFileURL('/virtual/content/lessons/01-x.mdx') });
    expect(code).not.toContain('data-dn-run');
  });
});
