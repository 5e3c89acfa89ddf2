/**
 * End-to-end tests in real Chromium against the built site:
 *   npx vitest run --config test/e2e/vitest.config.ts
 * The global setup builds the site into a temporary folder (E2E_DIST=<folder> reuses a build)
 * and serves it; Chromium comes from Debian (apt-get install chromium), CHROMIUM overrides the path.
 */
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // one browser at a time: timings (Ctrl-C of a ping) stay predictable on small CI machines
    fileParallelism: false,
  },
});
