/**
 * The readline (emacs mode) bindings that only move the cursor or edit the line. Keys with more
 * to them (Enter, Tab, Ctrl-C, Ctrl-D, Ctrl-R, history) are handled by the line editor itself.
 */
import type { EditBuffer } from './edit-buffer.ts';
import type { KeyName } from './key-reader.ts';

type Binding = (b: EditBuffer) => boolean | void;

/** move the cursor; false means it could not (the editor rings the bell) */
export const MOVES: Partial<Record<KeyName, Binding>> = {
  left: (b) => b.left(),
  'ctrl-b': (b) => b.left(),
  right: (b) => b.right(),
  'ctrl-f': (b) => b.right(),
  home: (b) => b.home(),
  'ctrl-a': (b) => b.home(),
  end: (b) => b.end(),
  'ctrl-e': (b) => b.end(),
  'word-left': (b) => b.wordLeft(),
  'word-right': (b) => b.wordRight(),
};

/** change the text; false means nothing changed (the editor rings the bell) */
export const EDITS: Partial<Record<KeyName, Binding>> = {
  backspace: (b) => b.backspace(),
  delete: (b) => b.deleteForward(),
  'ctrl-u': (b) => b.killToStart(),
  'ctrl-k': (b) => b.killToEnd(),
  'ctrl-w': (b) => b.killWordBack(),
  'alt-backspace': (b) => b.killWordBackAlnum(),
  'alt-d': (b) => b.killWordForward(),
  'ctrl-y': (b) => b.yank(),
  'ctrl-t': (b) => b.transpose(),
};
