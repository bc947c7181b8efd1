/**
 * Validates hand-written fixture bundles with the bundle schema and the integrity checks:
 * `npx tsx scripts/demo-shop/check-fixture.ts [file…]` (default: every data/fixtures/*.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateBundle } from './validate.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(root, 'data', 'fixtures');
const args = process.argv.slice(2);
const files =
  args.length > 0
    ? args
    : readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(dir, f));

let failed = 0;
for (const file of files) {
  try {
    const bundle = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file);
    const status = new Map<string, number>();
    for (const o of bundle.orders) status.set(o.status, (status.get(o.status) ?? 0) + 1);
    const variants = bundle.products.reduce((n, p) => n + p.variants.length, 0);
    console.log(
      `ok ${file}: ${bundle.products.length} products, ${variants} variants, ` +
        `${bundle.customers.length} customers, ${bundle.orders.length} orders ` +
        `(${[...status].map(([s, n]) => `${s} ${n}`).join(', ')}), ${bundle.faq.length} faq`,
    );
  } catch (error) {
    failed++;
    console.error(error instanceof Error ? error.message : String(error));
  }
}
process.exitCode = failed > 0 ? 1 : 0;
