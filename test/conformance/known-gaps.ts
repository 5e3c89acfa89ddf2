/**
 * Recordings the simulator does not reproduce yet, with the reason. The golden test asserts they
 * still differ, so a fix forces this list to shrink.
 */
export const KNOWN_GAPS: Record<string, string> = {};
