/**
 * Content collections. `lessons`: the course, from content/lessons/NN-slug.mdx, validated by the
 * lesson schema (src/course/lesson-schema.ts); the entry id is the slug (file name without NN-).
 * `docs`: Starlight's own collection, required by Starlight; the course pages are Astro pages
 * rendered inside Starlight's frame (<StarlightPage>), so it stays empty for now.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { lessonSchema } from './course/lesson-schema.ts';
import { slugFromFileName } from './course/lesson-seed.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  lessons: defineCollection({
    loader: glob({ pattern: '[0-9][0-9]-*.mdx', base: './content/lessons', generateId: ({ entry }) => slugFromFileName(entry) }),
    schema: lessonSchema,
  }),
};
