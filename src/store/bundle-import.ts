/**
 * Imports a validated bundle in one transaction: the shop, its policies and catalogue are
 * replaced; customers and orders are upserted (conversations and audit stay).
 */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Bundle } from '../domain/bundle.ts';
import { RECORD_TABLES, type Database } from './schema.ts';

const json = (v: unknown) => JSON.stringify(v);

/** Writes `bundle` into the store atomically; a failure leaves the store as it was. */
export async function importBundle(db: Kysely<Database>, bundle: Bundle, at: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const shopId = bundle.shop.id;
    await replaceShop(trx, bundle, at);
    await replaceCatalogue(trx, bundle);
    for (const [position, c] of bundle.customers.entries()) {
      const row = { shop_id: shopId, id: c.id, position, phone: c.phone ?? null, data: json(c) };
      await trx
        .insertInto('customers')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['shop_id', 'id']).doUpdateSet({ position, phone: row.phone, data: row.data }),
        )
        .execute();
    }
    for (const [position, o] of bundle.orders.entries()) {
      const row = {
        shop_id: shopId,
        id: o.id,
        position,
        customer_id: o.customer_id,
        status: o.status,
        created_at: o.created_at,
        data: json(o),
      };
      const { shop_id: _s, id: _i, ...update } = row;
      await trx
        .insertInto('orders')
        .values(row)
        .onConflict((oc) => oc.columns(['shop_id', 'id']).doUpdateSet(update))
        .execute();
    }
  });
}

async function replaceShop(trx: Transaction<Database>, bundle: Bundle, at: Date): Promise<void> {
  const row = {
    id: bundle.shop.id,
    data: json(bundle.shop),
    policies: json(bundle.policies),
    updated_at: at.toISOString(),
  };
  await trx
    .insertInto('shops')
    .values(row)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        data: row.data,
        policies: row.policies,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

async function replaceCatalogue(trx: Transaction<Database>, bundle: Bundle): Promise<void> {
  const shopId = bundle.shop.id;
  for (const table of RECORD_TABLES) {
    await trx.deleteFrom(table).where('shop_id', '=', shopId).execute();
  }
  await trx.deleteFrom('variants').where('shop_id', '=', shopId).execute();
  await trx.deleteFrom('price_history').where('shop_id', '=', shopId).execute();

  const records = (items: readonly { id: string }[]) =>
    items.map((item, position) => ({ shop_id: shopId, id: item.id, position, data: json(item) }));
  const sizeCharts = Object.entries(bundle.size_charts).map(([id, chart]) => ({ id, ...chart }));
  await insertChunks(trx, 'categories', records(bundle.categories));
  await insertChunks(trx, 'size_charts', records(sizeCharts));
  await insertChunks(trx, 'promotions', records(bundle.promotions));
  await insertChunks(trx, 'faq', records(bundle.faq));
  await insertChunks(
    trx,
    'products',
    records(bundle.products.map(({ variants: _v, ...product }) => product)),
  );
  const variants = bundle.products.flatMap((p) =>
    p.variants.map((variant) => ({ productId: p.id, variant })),
  );
  await insertChunks(
    trx,
    'variants',
    variants.map(({ productId, variant }, position) => ({
      shop_id: shopId,
      sku: variant.sku,
      product_id: productId,
      position,
      price: variant.price,
      stock: variant.stock,
      data: json(variant),
    })),
  );
  await insertChunks(
    trx,
    'price_history',
    bundle.price_history.map((p, position) => ({
      shop_id: shopId,
      position,
      sku: p.sku,
      price: p.price,
      from_at: p.from,
      data: json(p),
    })),
  );
}

/** Inserts rows a hundred at a time (SQLite caps bound parameters per statement). */
async function insertChunks<T extends keyof Database>(
  trx: Transaction<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + 100))
      .execute();
  }
}
