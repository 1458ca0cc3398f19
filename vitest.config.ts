import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Temporary directories of the tests live under one per-run directory, removed afterwards.
    globalSetup: ['test/support/test-run-temp-dir.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Every test run gets its own data directory; nothing is shared with `npm start`.
    env: { LOG_LEVEL: 'silent' },
  },
});
