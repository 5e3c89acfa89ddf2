/**
 * Lesson blocks the simulator does not run the way a real Docker Engine 20.10 does. The lessons are
 * right; the engine is not (yet). run-blocks.test.ts expects these blocks to keep failing and fails
 * once one passes, so an engine fix removes its entry here. Keyed by lesson file and the block's code.
 */
export interface LessonGap {
  lesson: string;
  code: string;
  /** what a real engine does, and what the simulator does instead */
  reason: string;
}

export const KNOWN_LESSON_GAPS: LessonGap[] = [];
