/**
 * Which products the customer's words name: an id or sku written out, else the titles and
 * category names that stand out in a catalogue search. Several close matches stay several (the
 * dialogue asks which one); a word that names nothing yields nothing.
 */
import type { Product } from '../../domain/bundle.ts';
import type { ShopSnapshot } from '../../domain/ports.ts';
import { searchProducts } from './catalog-index.ts';

// A hit this close to the best one is as plausible a reading of the words.
const CLOSE = 0.7;
const MAX = 5;

function byIdOrSku(shop: ShopSnapshot, text: string): Product | null {
  const words = text.toLowerCase().match(/[a-z0-9][a-z0-9._-]*/g) ?? [];
  for (const w of words) {
    const found = shop.products.find(
      (p) => p.id.toLowerCase() === w || p.variants.some((v) => v.sku.toLowerCase() === w),
    );
    if (found) return found;
  }
  return null;
}

/** The products `text` names, most likely first (empty when it names none). */
export function nameProducts(shop: ShopSnapshot, text: string): Product[] {
  const exact = byIdOrSku(shop, text);
  if (exact) return [exact];
  const hits = searchProducts(shop, text, 'name');
  const best = hits[0];
  if (!best) return [];
  return hits
    .filter((h) => h.score >= best.score * CLOSE)
    .slice(0, MAX)
    .map((h) => h.product);
}
