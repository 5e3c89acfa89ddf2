/**
 * Export, import and forget progress (course map page). Export downloads a JSON file; import reads
 * one, validates it and merges it (newer change per lesson wins); the result is said in a status line.
 */
import { emptyProgress, mergeProgress, parseProgress, toFile } from './progress.ts';
import { readProgress, writeProgress } from './progress-store.ts';

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));

export function wireProgressControls(root: HTMLElement): void {
  const known = JSON.parse(root.dataset.lessons ?? '[]') as string[];
  const status = root.querySelector<HTMLElement>('[data-dn-progress-status]')!;
  const say = (text: string) => (status.textContent = text);
  root.querySelector<HTMLButtonElement>('[data-dn-export]')?.addEventListener('click', () => {
    const now = new Date();
    const blob = new Blob([JSON.stringify(toFile(readProgress(), now), null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `dockernet-progress-${now.toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  });
  const input = root.querySelector<HTMLInputElement>('[data-dn-import-file]');
  root.querySelector<HTMLButtonElement>('[data-dn-import]')?.addEventListener('click', () => input?.click());
  input?.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const theirs = parseProgress(JSON.parse(await file.text()));
      const { progress } = mergeProgress(readProgress(), theirs, known);
      writeProgress(progress);
      say(fill(root.dataset.imported ?? '', { n: Object.values(progress.lessons).filter((l) => l.done).length }));
    } catch (err) {
      say(fill(root.dataset.importFailed ?? '', { reason: (err as Error).message }));
    }
  });
  root.querySelector<HTMLButtonElement>('[data-dn-forget]')?.addEventListener('click', () => {
    if (!window.confirm(root.dataset.confirm ?? '')) return;
    writeProgress(emptyProgress());
    say(root.dataset.cleared ?? '');
  });
}
