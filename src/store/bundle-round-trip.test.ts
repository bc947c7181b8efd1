import { afterEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { parseBundle } from '../domain/parse-bundle.ts';
import { miniBundle } from '../test-support/mini-bundle.ts';
import { exportBundle } from './bundle-export.ts';
import { importBundle } from './bundle-import.ts';
import type { Database } from './schema.ts';
import { openSqlite } from './sqlite/open-sqlite.ts';
import { migrateToLatest } from './migrate.ts';

const now = new Date('2024-06-20T10:00:00+08:00');
let db: Kysely<Database> | undefined;

async function freshDb(): Promise<Kysely<Database>> {
  db = openSqlite(':memory:');
  await migrateToLatest(db);
  return db;
}

afterEach(async () => {
  await db?.destroy();
});

describe('bundle import and export', () => {
  it('exports exactly what was imported, unknown fields included', async () => {
    const store = await freshDb();
    const bundle = miniBundle();
    await importBundle(store, bundle, now);
    const exported = await exportBundle(store, bundle.shop.id);
    expect(exported).toEqual(bundle);
    expect(exported.shop['custom_field']).toBe('kept');
  });

  it('replaces the catalogue and upserts orders when a shop is imported again', async () => {
    const store = await freshDb();
    await importBundle(store, miniBundle(), now);
    const next = miniBundle();
    next.products = next.products.map((p) => ({ ...p, variants: p.variants.slice(0, 1) }));
    next.orders = next.orders.map((o) => ({ ...o, status: 'cancelled' as const }));
    await importBundle(store, next, now);
    const exported = await exportBundle(store, 'mini-shop');
    expect(exported.products[0]?.variants).toHaveLength(1);
    expect(exported.orders[0]?.status).toBe('cancelled');
  });

  it('keeps two shops apart', async () => {
    const store = await freshDb();
    await importBundle(store, miniBundle('shop-a'), now);
    const b = miniBundle('shop-b');
    b.faq = [];
    await importBundle(store, b, now);
    expect((await exportBundle(store, 'shop-a')).faq).toHaveLength(1);
    expect((await exportBundle(store, 'shop-b')).faq).toHaveLength(0);
  });

  it('refuses to export an unknown shop with not_found', async () => {
    const store = await freshDb();
    await expect(exportBundle(store, 'nope')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('leaves the store unchanged when an import fails half way', async () => {
    const store = await freshDb();
    await importBundle(store, miniBundle(), now);
    const broken = miniBundle();
    broken.faq = [];
    // Two variants with one sku violate the primary key mid-transaction.
    const product = broken.products[0];
    if (!product) throw new Error('fixture has a product');
    const [first] = product.variants;
    if (!first) throw new Error('fixture has a variant');
    product.variants = [first, { ...first }];
    await expect(importBundle(store, broken, now)).rejects.toThrow();
    expect((await exportBundle(store, 'mini-shop')).faq).toHaveLength(1);
  });
});

describe('bundle validation', () => {
  it('names the JSON path of every problem', () => {
    const raw = JSON.parse(JSON.stringify(miniBundle())) as Record<string, unknown>;
    const products = raw['products'] as Array<{ variants: Array<Record<string, unknown>> }>;
    const variant = products[0]?.variants[0];
    if (!variant) throw new Error('fixture has a variant');
    variant['price'] = 'cheap';
    delete (raw['policies'] as Record<string, unknown>)['refund_days'];
    try {
      parseBundle(raw);
      expect.unreachable();
    } catch (error) {
      const details = (error as { details: string[] }).details;
      expect(details).toContain('products[0].variants[0].price: expected a number');
      expect(details).toContain('policies.refund_days: missing (expected a number)');
    }
  });

  it('reports orders of unknown customers and duplicate ids', () => {
    const raw = JSON.parse(JSON.stringify(miniBundle())) as {
      orders: Array<Record<string, unknown>>;
    };
    const order = raw.orders[0];
    if (!order) throw new Error('fixture has an order');
    raw.orders.push({ ...order, customer_id: 'ghost' });
    expect(() => parseBundle(raw)).toThrow(
      expect.objectContaining({
        details: expect.arrayContaining([
          'orders[1]: duplicate id "202406180001"',
          'orders[1].customer_id: no customer "ghost" in customers',
        ]),
      }),
    );
  });
});
