/**
 * The one place a lesson's host identity is derived from its slug. The build plugin runs the
 * lesson's blocks on a host with this seed and the page's terminal boots with the same seed, so
 * the IDs, MACs and addresses printed under a block are the ones the learner's terminal shows.
 */
export const lessonSeed = (slug: string): string => `lesson:${slug}`;

/** the Terminal component id (its saved state in localStorage is keyed by it) */
export const lessonTerminalId = (slug: string): string => `lesson-${slug}`;

/** the lesson slug is the file name without the `NN-` order prefix and the extension */
export function slugFromFileName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}
