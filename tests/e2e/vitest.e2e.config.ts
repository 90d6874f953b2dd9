import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium through playwright-core against the *built* page
// (dist/, served by scripts/serve.mjs, and dist/cc-analyser.html from file://). Run
// `npm run build` first; `npm test` does.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser at a time: the machines this runs on have two cores.
    fileParallelism: false,
  },
});
