import { defineConfig } from 'vitest/config';

// Two projects, as deck.gl does: `unit` runs the pure core in Node; `browser` drives the production
// build in real headless Chromium (see tests/browser/globalSetup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Browser tests wait on what the page publishes (data-ready, revisions, data attributes);
          // expect.poll's default of one second is a budget a loaded machine exceeds, so a poll
          // without its own timeout waits as long as a signal may take.
          expect: { poll: { timeout: 60_000 } },
          // One Chromium at a time: the machine has two cores and SwiftShader is CPU-bound.
          fileParallelism: false,
        },
      },
    ],
  },
});
