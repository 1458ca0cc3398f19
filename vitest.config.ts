import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Every test run gets its own data directory; nothing is shared with `npm start`.
    env: { LOG_LEVEL: 'silent' },
  },
});
