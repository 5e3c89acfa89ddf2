/**
 * The resizable split between lesson text and terminal: a focusable separator (role=separator,
 * aria-valuenow = the text pane's share in percent) moved by dragging or by the keyboard
 * (arrows, Page Up/Down, Home/End). The share is remembered for the next lesson. On narrow
 * screens the panes stack (CSS container query) and the separator is hidden.
 */

export const SPLIT_KEY = 'dockernet:split';
export const MIN_SHARE = 25;
export const MAX_SHARE = 75;
const STEP = 2;
const PAGE_STEP = 10;

export const clampShare = (n: number): number => Math.min(MAX_SHARE, Math.max(MIN_SHARE, Math.round(n)));

/** the new share after a key press, or null when the key does not move the separator */
export function shareAfterKey(share: number, key: string): number | null {
  switch (key) {
    case 'ArrowLeft': case 'ArrowUp': return clampShare(share - STEP);
    case 'ArrowRight': case 'ArrowDown': return clampShare(share + STEP);
    case 'PageUp': return clampShare(share - PAGE_STEP);
    case 'PageDown': return clampShare(share + PAGE_STEP);
    case 'Home': return MIN_SHARE;
    case 'End': return MAX_SHARE;
    default: return null;
  }
}

function storedShare(): number | null {
  try {
    const v = Number(localStorage.getItem(SPLIT_KEY));
    return v ? clampShare(v) : null;
  } catch {
    return null;
  }
}

export function wireSplit(root: HTMLElement): void {
  const handle = root.querySelector<HTMLElement>('[data-dn-split-handle]');
  if (!handle) return;
  const apply = (share: number, save: boolean) => {
    root.style.setProperty('--dn-split', `${share}%`);
    handle.setAttribute('aria-valuenow', String(share));
    handle.setAttribute('aria-valuetext', `${share}% text, ${100 - share}% terminal`);
    if (save) {
      try {
        localStorage.setItem(SPLIT_KEY, String(share));
      } catch {
        // not remembered: the split still works
      }
    }
    // the terminal refits through its own ResizeObserver
  };
  let share = storedShare() ?? Number(handle.getAttribute('aria-valuenow') ?? 50);
  apply(share, false);
  handle.addEventListener('keydown', (e) => {
    const next = shareAfterKey(share, e.key);
    if (next === null) return;
    e.preventDefault();
    share = next;
    apply(share, true);
  });
  handle.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    handle.setPointerCapture(e.pointerId);
    handle.focus();
    const box = root.getBoundingClientRect();
    const move = (ev: PointerEvent) => {
      share = clampShare(((ev.clientX - box.left) / box.width) * 100);
      apply(share, false);
    };
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
      apply(share, true);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  });
}

/** true when the panes are stacked (the separator is not displayed) */
export function isStacked(root: HTMLElement): boolean {
  const handle = root.querySelector<HTMLElement>('[data-dn-split-handle]');
  return !handle || handle.offsetParent === null;
}
