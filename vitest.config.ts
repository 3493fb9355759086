import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts'],
    testTimeout: 30_000,
    // One PostgreSQL server per run for the store's conformance suite (test/store).
    globalSetup: ['test/support/postgres-global-setup.ts'],
    // The JSON report feeds the plain "N passed, N failed" line that .ci/run prints.
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-report.json' },
  },
});
