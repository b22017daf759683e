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
          // A test waits on several signals in turn, each up to SIGNAL_TIMEOUT_MS (180 s,
          // tests/browser/chromium.ts); these only catch a test that hangs outright.
          testTimeout: 600_000,
          hookTimeout: 300_000,
          // Browser tests wait on what the page publishes (data-ready, revisions, data attributes);
          // expect.poll's default of one second is a budget a loaded machine exceeds, so a poll
          // without its own timeout waits as long as any signal may take.
          expect: { poll: { timeout: 180_000 } },
          // Two files at a time, one Chromium each: on two cores the suite took 442 s against
          // 585 s one file at a time, and every wait is on a signal, so the slower pages this
          // makes do not fail tests.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
