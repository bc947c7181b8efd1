/** CatalogStore over Kysely: one adapter for SQLite and PostgreSQL. */
import type { Kysely } from 'kysely';
import { ShopSchema, type Shop } from '../domain/bundle.ts';
import type { CatalogStore, ShopSnapshot } from '../domain/ports.ts';
import { exportBundle } from './bundle-export.ts';
import type { Database } from './schema.ts';

/** Reads catalogue snapshots and moves stock. */
export class SqlCatalogStore implements CatalogStore {
  constructor(private readonly db: Kysely<Database>) {}

  async loadShop(shopId: string): Promise<ShopSnapshot | null> {
    const row = await this.db
      .selectFrom('shops')
      .select('updated_at')
      .where('id', '=', shopId)
      .executeTakeFirst();
    if (!row) return null;
    const bundle = await exportBundle(this.db, shopId);
    return {
      shop: bundle.shop,
      policies: bundle.policies,
      categories: bundle.categories,
      sizeCharts: bundle.size_charts,
      products: bundle.products,
      priceHistory: bundle.price_history,
      promotions: bundle.promotions,
      faq: bundle.faq,
      version: row.updated_at,
    };
  }

  async getShop(shopId: string): Promise<Shop | null> {
    const row = await this.db
      .selectFrom('shops')
      .select('data')
      .where('id', '=', shopId)
      .executeTakeFirst();
    return row ? ShopSchema.parse(JSON.parse(row.data)) : null;
  }

  async shopVersion(shopId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('shops')
      .select('updated_at')
      .where('id', '=', shopId)
      .executeTakeFirst();
    return row ? row.updated_at : null;
  }

  async listShopIds(): Promise<string[]> {
    const rows = await this.db.selectFrom('shops').select('id').orderBy('id').execute();
    return rows.map((r) => r.id);
  }

  async stockOf(shopId: string, sku: string): Promise<number | null> {
    const row = await this.db
      .selectFrom('variants')
      .select('stock')
      .where('shop_id', '=', shopId)
      .where('sku', '=', sku)
      .executeTakeFirst();
    return row ? row.stock : null;
  }

  async adjustStock(shopId: string, sku: string, delta: number): Promise<boolean> {
    const result = await this.db
      .updateTable('variants')
      .set((eb) => ({ stock: eb('stock', '+', delta) }))
      .where('shop_id', '=', shopId)
      .where('sku', '=', sku)
      .where('stock', '>=', -delta)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
