/**
 * Keeps each shop's catalogue snapshot in memory and reloads it when the shop is re-imported
 * (its version changes). New catalogue words are taught to the understander once per version.
 */
import { notFound } from '../domain/errors.ts';
import type { CatalogStore, ShopSnapshot } from '../domain/ports.ts';
import type { Understander } from '../domain/understanding.ts';
import { textIn } from './replies/render.ts';

/** A per-process cache of shop snapshots. */
export class ShopCache {
  private readonly snapshots = new Map<string, ShopSnapshot>();

  constructor(private readonly understander: Understander) {}

  /** The current snapshot of `shopId`; throws not_found for an unknown shop. */
  async get(catalog: CatalogStore, shopId: string): Promise<ShopSnapshot> {
    const version = await catalog.shopVersion(shopId);
    if (version === null) throw notFound(`Shop "${shopId}"`);
    const cached = this.snapshots.get(shopId);
    if (cached && cached.version === version) return cached;
    const snapshot = await catalog.loadShop(shopId);
    if (!snapshot) throw notFound(`Shop "${shopId}"`);
    this.snapshots.set(shopId, snapshot);
    this.understander.addWords(catalogueWords(snapshot));
    return snapshot;
  }
}

function catalogueWords(s: ShopSnapshot): string[] {
  const words = [
    ...s.products.flatMap((p) => [textIn(p.title, 'zh'), textIn(p.title, 'en')]),
    ...s.categories.flatMap((c) => [textIn(c.name, 'zh'), textIn(c.name, 'en')]),
  ];
  return [...new Set(words.filter((w) => w.length >= 2 && w.length <= 20))];
}
