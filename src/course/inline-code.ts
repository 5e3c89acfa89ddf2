/** Splits `text with `code` in it` into plain and code runs, for strings given as props (question stems, choices). */
export interface Run {
  code: boolean;
  text: string;
}

export function inlineCode(text: string): Run[] {
  return text.split(/(`[^`]+`)/).filter(Boolean).map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 2 ? { code: true, text: part.slice(1, -1) } : { code: false, text: part }));
}

/** a short stable id from text (deterministic builds: same content, same ids) */
export function hashId(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}
