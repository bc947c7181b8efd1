/** Expands the hand-written catalogue into products, variants, stock and price history. */
import { ACCESSORIES } from './products-accessories.ts';
import { BOTTOMS } from './products-bottoms.ts';
import { DRESSES_OUTERWEAR } from './products-dresses-outer.ts';
import { HOME } from './products-home.ts';
import { INTIMATES_SHOES } from './products-intimates-shoes.ts';
import { HOODIES_BLOUSES } from './products-tops2.ts';
import { TOPS } from './products-tops.ts';
import type { ProductDef } from './types.ts';
import { hash, Rng, type BiText } from './util.ts';

export const PRODUCT_DEFS: ProductDef[] = [
  ...TOPS,
  ...HOODIES_BLOUSES,
  ...BOTTOMS,
  ...DRESSES_OUTERWEAR,
  ...INTIMATES_SHOES,
  ...ACCESSORIES,
  ...HOME,
];

export interface BuiltVariant {
  sku: string;
  options: Record<string, string>;
  price: number;
  stock: number;
  restock_date?: string;
}

export interface BuiltProduct {
  id: string;
  category: string;
  title: BiText;
  description: BiText;
  attributes: Record<string, BiText>;
  variants: BuiltVariant[];
  restock_date?: string;
  tags?: string[];
}

/** Stock the scripted cases rely on; everything else is drawn from the PRNG. */
const STOCK_OVERRIDES: Record<string, { stock: number; restock_date?: string }> = {
  'p1001-white-M': { stock: 86 },
  'p1001-white-L': { stock: 42 },
  'p1001-white-XL': { stock: 3 },
  'p1001-black-L': { stock: 0, restock_date: '2025-06-24T00:00:00+08:00' },
  'p2001-blue-M': { stock: 25 },
  'p2001-blue-L': { stock: 0, restock_date: '2025-06-25T00:00:00+08:00' },
  'p2001-blue-XL': { stock: 0 },
  'p2001-black-L': { stock: 18 },
  'p3001-blue-M': { stock: 12 },
  'p3001-blue-L': { stock: 7 },
  'p3001-blue-S': { stock: 9 },
  'p6002-black-42': { stock: 15 },
  'p6002-black-43': { stock: 0, restock_date: '2025-06-28T00:00:00+08:00' },
  'p6002-white-43': { stock: 6 },
  'p6001-white-39': { stock: 20 },
  'p6001-white-40': { stock: 14 },
  'p1101-blue-XL': { stock: 30 },
  'p1101-blue-XXL': { stock: 11 },
  'p2301-black-M': { stock: 16 },
  'p2301-black-L': { stock: 0, restock_date: '2025-06-30T00:00:00+08:00' },
  'p7001-navy-ONE_SIZE': { stock: 40 },
  'p7001-beige-ONE_SIZE': { stock: 0, restock_date: '2025-06-26T00:00:00+08:00' },
  'p1201-grey-L': { stock: 24 },
  'p1201-grey-XL': { stock: 19 },
  'p1002-black-XL': { stock: 8 },
  'p2102-green-XL': { stock: 0, restock_date: '2025-06-23T00:00:00+08:00' },
  'p2003-black-L': { stock: 0 },
};

/** Products entirely out of stock, with the product-level restock date. */
const SOLD_OUT: Record<string, string> = {
  p4003: '2025-09-01T00:00:00+08:00',
  p5003: '2025-06-27T00:00:00+08:00',
};

export function skuOf(productId: string, ...options: string[]): string {
  return [productId, ...options].join('-');
}

function drawStock(
  sku: string,
  size: string | undefined,
): { stock: number; restock_date?: string } {
  const rng = new Rng(hash(sku));
  const r = rng.next();
  const edge = size === 'XS' || size === 'XXXL' || size === '35' || size === '45';
  if (r < (edge ? 0.2 : 0.06)) {
    if (rng.chance(0.5)) return { stock: 0 };
    const day = rng.int(20, 30);
    return { stock: 0, restock_date: `2025-06-${day}T00:00:00+08:00` };
  }
  if (r < 0.2) return { stock: rng.int(1, 9) };
  return { stock: edge ? rng.int(10, 40) : rng.int(15, 240) };
}

function expand(def: ProductDef): BuiltProduct {
  const variants: BuiltVariant[] = [];
  const soldOut = SOLD_OUT[def.id];
  for (const color of def.colors) {
    const second = def.specs ?? def.sizes ?? [];
    const key = def.specs ? 'spec' : 'size';
    for (const value of second) {
      const sku = skuOf(def.id, color, value);
      const stock = soldOut ? { stock: 0 } : (STOCK_OVERRIDES[sku] ?? drawStock(sku, value));
      variants.push({
        sku,
        options: { color, [key]: value },
        price: def.price + (def.specPrice?.[value] ?? 0),
        ...stock,
      });
    }
  }
  return {
    id: def.id,
    category: def.category,
    title: def.title,
    description: def.description,
    attributes: def.attributes,
    variants,
    ...(soldOut ? { restock_date: soldOut } : {}),
    ...(def.tags ? { tags: def.tags } : {}),
  };
}

export const PRODUCTS: BuiltProduct[] = PRODUCT_DEFS.map(expand);

export const VARIANTS = new Map<string, { product: BuiltProduct; variant: BuiltVariant }>();
for (const product of PRODUCTS) {
  for (const variant of product.variants) VARIANTS.set(variant.sku, { product, variant });
}

/** Unknown overrides are a bug in this file. */
for (const sku of Object.keys(STOCK_OVERRIDES)) {
  if (!VARIANTS.has(sku)) throw new Error(`stock override for unknown sku ${sku}`);
}

export function variantOf(sku: string): { product: BuiltProduct; variant: BuiltVariant } {
  const found = VARIANTS.get(sku);
  if (!found) throw new Error(`unknown sku ${sku}`);
  return found;
}
