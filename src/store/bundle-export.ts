/** Reads a shop's live data back into the bundle format; the result imports again unchanged. */
import type { Kysely } from 'kysely';
import { BUNDLE_FORMAT, BundleSchema, type Bundle } from '../domain/bundle.ts';
import { notFound } from '../domain/errors.ts';
import type { Database, RecordTable } from './schema.ts';

const parse = (text: string): unknown => JSON.parse(text);

/** The bundle for `shopId` as it is stored now. */
export async function exportBundle(db: Kysely<Database>, shopId: string): Promise<Bundle> {
  const shop = await db.selectFrom('shops').selectAll().where('id', '=', shopId).executeTakeFirst();
  if (!shop) throw notFound(`Shop "${shopId}"`);
  const records = async (table: RecordTable) =>
    (
      await db
        .selectFrom(table)
        .select('data')
        .where('shop_id', '=', shopId)
        .orderBy('position')
        .execute()
    ).map((r) => parse(r.data) as Record<string, unknown>);
  const ordered = async (table: 'customers' | 'orders' | 'price_history') =>
    (
      await db
        .selectFrom(table)
        .select('data')
        .where('shop_id', '=', shopId)
        .orderBy('position')
        .execute()
    ).map((r) => parse(r.data));
  const variants = await db
    .selectFrom('variants')
    .select(['product_id', 'data', 'stock', 'price'])
    .where('shop_id', '=', shopId)
    .orderBy('position')
    .execute();
  const products = (await records('products')).map((p) => ({
    ...p,
    variants: variants
      .filter((v) => v.product_id === p['id'])
      .map((v) => ({ ...(parse(v.data) as object), price: v.price, stock: v.stock })),
  }));
  const sizeCharts = Object.fromEntries(
    (await records('size_charts')).map(({ id, ...chart }) => [String(id), chart]),
  );
  // Parsing again guarantees the export is itself a valid bundle.
  return BundleSchema.parse({
    format: BUNDLE_FORMAT,
    shop: parse(shop.data),
    policies: parse(shop.policies),
    categories: await records('categories'),
    size_charts: sizeCharts,
    products,
    price_history: await ordered('price_history'),
    promotions: await records('promotions'),
    customers: await ordered('customers'),
    orders: await ordered('orders'),
    faq: await records('faq'),
  });
}
