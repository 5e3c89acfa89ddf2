/** The lessons collection as pages need it: entries in course order and their summaries. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { LessonSummary } from './catalogue.ts';

export type LessonEntry = CollectionEntry<'lessons'>;

export async function courseLessons(): Promise<LessonEntry[]> {
  return (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
}

export const summaryOf = (e: LessonEntry): LessonSummary => ({
  slug: e.id,
  title: e.data.title,
  module: e.data.module,
  order: e.data.order,
  summary: e.data.summary,
  minutes: e.data.minutes,
  dca: e.data.dca,
});
