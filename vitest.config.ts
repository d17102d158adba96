import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'server/**/*.test.ts', 'tests/**/*.test.ts'],
    // Browser flows click through many pages; on a busy 2-core machine they need the room.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Browser tests share one Chromium; integration files each open their own database.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
