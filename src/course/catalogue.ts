/**
 * The fixed vocabulary of the course: its modules in teaching order and the DCA networking
 * objectives lessons can point at. Display text for both lives in src/i18n (translatable).
 */

export const MODULE_IDS = ['foundations', 'single-host', 'multi-host', 'beyond'] as const;
export type ModuleId = (typeof MODULE_IDS)[number];

export const DCA_OBJECTIVES = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9', 'N10', 'N11', 'N12', 'N13'] as const;
export type DcaObjective = (typeof DCA_OBJECTIVES)[number];

/** a lesson as the navigation needs it (course map, sidebar, previous/next, progress) */
export interface LessonSummary {
  slug: string;
  title: string;
  module: ModuleId;
  order: number;
  summary: string;
  minutes: number;
  dca: string[];
}

export function lessonPath(base: string, slug: string): string {
  return `${base.replace(/\/?$/, '/')}lessons/${slug}/`;
}

/** lessons grouped by module, both in course order; modules without lessons are left out */
export function byModule<L extends { module: ModuleId; order: number }>(lessons: readonly L[]): { module: ModuleId; lessons: L[] }[] {
  const sorted = [...lessons].sort((a, b) => a.order - b.order);
  return MODULE_IDS.map((module) => ({ module, lessons: sorted.filter((l) => l.module === module) })).filter((g) => g.lessons.length > 0);
}

/** the lessons before and after one, in course order */
export function neighbours<L extends { slug: string; order: number }>(lessons: readonly L[], slug: string): { previous?: L; next?: L } {
  const sorted = [...lessons].sort((a, b) => a.order - b.order);
  const i = sorted.findIndex((l) => l.slug === slug);
  return i < 0 ? {} : { previous: sorted[i - 1], next: sorted[i + 1] };
}
