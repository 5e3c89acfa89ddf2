/**
 * Keeping a terminal across reloads: the engine state, the history and the transcript, in
 * localStorage under one key per terminal id, until the learner resets it.
 */
import type { TranscriptEntry } from './transcript.ts';

export interface SavedTerminal {
  v: 1;
  engine: string;
  history: string[];
  transcript: TranscriptEntry[];
}

const MAX_HISTORY = 1000;

export const storageKey = (id: string) => `dockernet:terminal:${id}`;

export function loadTerminal(storage: Storage | null, id: string): SavedTerminal | null {
  try {
    const raw = storage?.getItem(storageKey(id));
    if (!raw) return null;
    const saved = JSON.parse(raw) as SavedTerminal;
    return saved.v === 1 && typeof saved.engine === 'string' ? saved : null;
  } catch {
    return null;
  }
}

/** false when the browser refused even without the transcript (quota, private mode) */
export function saveTerminal(storage: Storage | null, id: string, data: SavedTerminal): boolean {
  if (!storage) return false;
  const attempt = (d: SavedTerminal) => {
    try {
      storage.setItem(storageKey(id), JSON.stringify(d));
      return true;
    } catch {
      return false;
    }
  };
  const trimmed = { ...data, history: data.history.slice(-MAX_HISTORY) };
  // the engine state matters most: give up the transcript before giving up the host
  return attempt(trimmed) || attempt({ ...trimmed, transcript: trimmed.transcript.slice(-20) }) || attempt({ ...trimmed, transcript: [] });
}

export function forgetTerminal(storage: Storage | null, id: string): void {
  try {
    storage?.removeItem(storageKey(id));
  } catch {
    // storage disabled: nothing was kept
  }
}

/** localStorage, or null where the browser forbids it (sandboxed iframes, some privacy modes) */
export function browserStorage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem('');
    return s;
  } catch {
    return null;
  }
}
