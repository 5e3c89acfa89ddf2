/**
 * Golden tests: every recording of a real Docker Engine 20.10.24 (the project's own in
 * test/conformance, and ../shared/conformance when it sits beside the checkout) is replayed through
 * the transcript runner and compared after normalize.py masks the fields a real engine makes random.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTranscript } from '../../src/runner/transcript.ts';
import { KNOWN_GAPS } from './known-gaps.ts';
import { maskNoise } from './noise-masks.ts';

const here = new URL('.', import.meta.url).pathname;
const shared = join(here, '../../../shared/conformance');
const normalizer = existsSync(join(shared, 'normalize.py')) ? join(shared, 'normalize.py') : join(here, 'normalize.py');
const dirs = [here, shared].filter((d) => existsSync(join(d, 'scenarios')));
const tmp = mkdtempSync(join(tmpdir(), 'dnet-golden-'));

function diff(want: string, got: string): string {
  try {
    execFileSync('python3', [normalizer, '--diff', want, got], { encoding: 'utf8' });
    return '';
  } catch (err) {
    return (err as { stdout?: string }).stdout || String(err);
  }
}

if (!dirs.includes(shared)) {
  // say so rather than pass quietly on fewer recordings (a clean clone without ../shared beside it)
  console.log(`golden: only the project's recordings run, ${shared} is absent`);
}

for (const dir of dirs) {
  const scenarios = readdirSync(join(dir, 'scenarios')).filter((f) => f.endsWith('.sh')).sort();
  describe(`recordings in ${dir === here ? 'test/conformance' : '../shared/conformance'}`, () => {
    for (const file of scenarios) {
      const name = file.replace(/\.sh$/, '');
      const want = join(dir, 'transcripts', `${name}.txt`);
      if (!existsSync(want)) continue;
      const gap = KNOWN_GAPS[name];
      it(`${name}${gap ? ` (known gap: ${gap})` : ''}`, async () => {
        const got = join(tmp, `${name}.txt`);
        const wantMasked = join(tmp, `${name}.want.txt`);
        writeFileSync(got, maskNoise(await runTranscript(readFileSync(join(dir, 'scenarios', file), 'utf8'))));
        writeFileSync(wantMasked, maskNoise(readFileSync(want, 'utf8')));
        const d = diff(wantMasked, got);
        if (gap) expect(d, 'a known gap now passes: remove it from known-gaps.ts').not.toBe('');
        else expect(d).toBe('');
      });
    }
  });
}
