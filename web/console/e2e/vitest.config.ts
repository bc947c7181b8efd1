/** The workspace's browser tests: headless chromium against kefu in-process. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: `${import.meta.dirname}/../../..`,
  test: {
    include: ['web/console/e2e/**/*.e2e.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
