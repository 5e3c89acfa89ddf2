/**
 * The frontmatter of a lesson (content/lessons/NN-slug.mdx), validated by the `lessons` content
 * collection. Every field says what it is for: the descriptions are the authoring reference
 * beside AUTHORING.md.
 */
import { z } from 'astro/zod';
import { DCA_OBJECTIVES, MODULE_IDS } from './catalogue.ts';

/** a lesson slug: the file name without its NN- prefix (lower case words joined by hyphens) */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lesson slug: lower-case words joined by hyphens');

export const lessonSchema = z.object({
  title: z.string().min(3).describe('Page heading, sidebar label and search result title.'),
  module: z.enum(MODULE_IDS).describe('The part of the course the lesson belongs to: foundations, single-host, multi-host or beyond.'),
  order: z.number().int().min(1).describe('Position in the whole course, 1-based; the NN- prefix of the file name repeats it.'),
  summary: z.string().min(10).describe('One or two sentences for the course map, the home page and search results.'),
  objectives: z.array(z.string().min(3)).min(1).describe('What the learner can do after the lesson, each starting with a verb.'),
  minutes: z.number().int().positive().describe('Estimated time to read the lesson and run its blocks, in minutes.'),
  prerequisites: z.array(slug).describe('Slugs of lessons to read first ([] when none); shown as links on the lesson page.'),
  dca: z.array(z.enum(DCA_OBJECTIVES)).min(1).describe('DCA networking objectives the lesson prepares for (N1..N13, see shared/reference/exam-format.md).'),
  setup: z.array(z.string().min(1)).optional()
    .describe('Commands run on the fresh host before the lesson starts (and again after Reset host), before any block; they print nothing.'),
});

export type LessonData = z.infer<typeof lessonSchema>;
