import { defineConfig } from 'vitest/config';

// Unit tests: pure logic in src/lib and the data integrity rules. No build, no browser.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Some data tests read all 32,844 LSOA boundaries; give them room on a busy two-core machine.
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
