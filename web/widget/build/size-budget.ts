/**
 * A Vite plugin that prints the gzipped size of each emitted JavaScript chunk and fails the
 * build when a named chunk is over its budget (the "loader ≤ 30 KB gzipped").
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Budgets in bytes, by emitted file name (or a prefix of it, e.g. `assets/chat-`). */
export type Budgets = Record<string, number>;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Fails the build when a chunk named in `budgets` gzips to more than its budget. */
export function sizeBudget(budgets: Budgets): Plugin {
  return {
    name: 'kefu-size-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        const gz = gzipSync(output.code, { level: 9 }).length;
        console.log(`  ${fileName}: ${kb(output.code.length)} raw, ${kb(gz)} gzipped`);
        const key = Object.keys(budgets).find((name) => fileName.startsWith(name));
        const budget = key === undefined ? undefined : budgets[key];
        if (budget !== undefined && gz > budget) {
          this.error(`${fileName} is ${kb(gz)} gzipped, over its budget of ${kb(budget)}.`);
        }
      }
    },
  };
}
