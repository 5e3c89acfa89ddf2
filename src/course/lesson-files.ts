/**
 * Lessons read straight from content/lessons/ in Node: for the Starlight sidebar (built in
 * astro.config.mjs, before content collections exist) and for the content tests. Pages read
 * lessons through the `lessons` content collection instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { slugFromFileName } from './lesson-seed.ts';

export interface LessonFile {
  slug: string;
  fileName: string;
  path: string;
  source: string;
  /** the parsed YAML frontmatter, not yet validated */
  frontmatter: Record<string, unknown>;
}

export const LESSONS_DIR = join(import.meta.dirname, '../../content/lessons');

export function readFrontmatter(source: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!m) return {};
  const data = yaml.load(m[1]);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** every NN-slug.mdx in course-file order */
export function readLessonFiles(dir = LESSONS_DIR): LessonFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d+-.+\.mdx$/.test(f))
    .sort()
    .map((fileName) => {
      const path = join(dir, fileName);
      const source = readFileSync(path, 'utf8');
      return { slug: slugFromFileName(fileName), fileName, path, source, frontmatter: readFrontmatter(source) };
    });
}
