/** The browser tests: headless chromium against kefu in-process (run by `npm run test:e2e`). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: `${import.meta.dirname}/../../..`,
  test: {
    include: ['web/widget/e2e/**/*.e2e.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
