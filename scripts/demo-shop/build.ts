/**
 * Builds the demo shop bundle: `npx tsx scripts/demo-shop/build.ts` writes data/demo-shop.json.
 * The output is deterministic (seeded PRNG, no clock reads); NOW is fixed in util.ts.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_FORMAT } from '../../src/domain/bundle.ts';
import { PRODUCTS } from './catalog.ts';
import { buildCustomers } from './customers.ts';
import { FAQ } from './faq.ts';
import { buildOrder } from './order-model.ts';
import { randomOrders } from './orders-random.ts';
import { SCRIPTED_ORDERS } from './orders-scripted.ts';
import { SCRIPTED_ORDERS_2 } from './orders-scripted2.ts';
import { PRICE_HISTORY, PROMOTIONS } from './pricing.ts';
import { CATEGORIES, POLICIES, SHOP } from './shop.ts';
import { SIZE_CHARTS } from './size-charts.ts';
import { validateBundle } from './validate.ts';

const byId = <T extends { id: string }>(a: T, b: T): number => a.id.localeCompare(b.id);

export function buildBundle(): Record<string, unknown> {
  const customers = buildCustomers();
  const customerMap = new Map(customers.map((c) => [c.id, c]));
  const specs = [...SCRIPTED_ORDERS, ...SCRIPTED_ORDERS_2, ...randomOrders(customers)];
  const orders = specs.map((s) => buildOrder(s, customerMap));
  return {
    format: BUNDLE_FORMAT,
    shop: SHOP,
    policies: POLICIES,
    categories: CATEGORIES,
    size_charts: SIZE_CHARTS,
    products: [...PRODUCTS].sort(byId),
    price_history: [...PRICE_HISTORY].sort(
      (a, b) => a.sku.localeCompare(b.sku) || a.from.localeCompare(b.from),
    ),
    promotions: PROMOTIONS,
    customers: customers.sort(byId),
    orders: orders.sort(byId),
    faq: FAQ,
  };
}

function main(): void {
  const bundle = buildBundle();
  const parsed = validateBundle(bundle, 'demo-shop', { orderId: /^\d{12}$/ });
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const out = join(root, 'data', 'demo-shop.json');
  writeFileSync(out, `${JSON.stringify(bundle, null, 2)}\n`);
  const status = new Map<string, number>();
  for (const o of parsed.orders) status.set(o.status, (status.get(o.status) ?? 0) + 1);
  const variants = parsed.products.reduce((n, p) => n + p.variants.length, 0);
  console.log(
    `wrote ${out}: ${parsed.products.length} products, ${variants} variants, ${parsed.customers.length} customers, ` +
      `${parsed.orders.length} orders (${[...status].map(([s, n]) => `${s} ${n}`).join(', ')}), ${parsed.faq.length} faq`,
  );
}

main();
