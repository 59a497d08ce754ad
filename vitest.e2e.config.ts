import { defineConfig } from 'vitest/config';

// Browser tests against the built site in dist/, served on localhost, driven by Debian's Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium per file; two cores on CI, so keep parallelism modest.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
