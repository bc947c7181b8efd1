/**
 * Stock in words for the catalogue flows: one variant ("白色 / L（p1001-white-L）有货"), or the
 * variants sharing a size or colour, each sold-out one with its restock date when the bundle has
 * one. A variant with stock 0 is never offered as available.
 */
import type { Product, Variant } from '../../../domain/bundle.ts';
import { colorWord, optionsLabel } from '../../orders/order-items.ts';
import type { TurnContext } from '../../turn/turn-context.ts';
import { restockDay } from '../fresh-stock.ts';

/** Which variants the customer means; an option the product lacks is reported, not guessed. */
export interface VariantWish {
  size?: string | undefined;
  color?: string | undefined;
}

const LOW = 5;

const sep = (ctx: TurnContext) => (ctx.lang === 'zh' ? '、' : ', ');

/** The product's variants matching `wish`. */
export const matchingVariants = (product: Product, wish: VariantWish): Variant[] =>
  product.variants.filter(
    (v) =>
      (!wish.size || v.options['size'] === wish.size) &&
      (!wish.color || v.options['color'] === wish.color),
  );

/** "白色 / L（p1001-white-L）" in Chinese, "white / L (p1001-white-L)" in English. */
export function variantLabel(ctx: TurnContext, v: Variant): string {
  const [open, close] = ctx.lang === 'zh' ? ['（', '）'] : [' (', ')'];
  return `${optionsLabel(v.options, ctx.lang)}${open}${v.sku}${close}`;
}

/** "白色 / L（sku）有货" or "… 暂时缺货，预计 2025-06-24 补货". */
export function variantStatus(
  ctx: TurnContext,
  product: Product,
  stock: Map<string, number>,
  v: Variant,
): string {
  const label = variantLabel(ctx, v);
  const units = stock.get(v.sku) ?? 0;
  if (units > 0) {
    const few = units <= LOW;
    return ctx.lang === 'zh'
      ? `${label}有货${few ? `（仅剩 ${units} 件）` : ''}`
      : `${label} is in stock${few ? ` (only ${units} left)` : ''}`;
  }
  const back = restockDay(ctx, product, v.sku);
  return ctx.lang === 'zh'
    ? `${label}暂时缺货${back ? `，预计 ${back} 补货` : '，暂无补货日期'}`
    : `${label} is out of stock${back ? `, expected back on ${back}` : ', with no restock date yet'}`;
}

/** In-stock and sold-out variants among `variants`, as two short lists. */
export function stockLists(
  ctx: TurnContext,
  product: Product,
  stock: Map<string, number>,
  variants: Variant[],
): { inStock: string; soldOut: string } {
  const inStock = variants.filter((v) => (stock.get(v.sku) ?? 0) > 0);
  const soldOut = variants.filter((v) => (stock.get(v.sku) ?? 0) <= 0);
  return {
    inStock: inStock.map((v) => variantLabel(ctx, v)).join(sep(ctx)),
    soldOut: soldOut
      .map((v) => variantStatus(ctx, product, stock, v))
      .join(ctx.lang === 'zh' ? '；' : '; '),
  };
}

/** The options of a product the wish names but the product does not have, in words. */
export function missingOption(
  product: Product,
  wish: VariantWish,
  ctx: TurnContext,
): string | null {
  if (wish.size && !product.variants.some((v) => v.options['size'] === wish.size)) {
    return wish.size === 'ONE_SIZE' ? optionsLabel({ size: wish.size }, ctx.lang) : wish.size;
  }
  if (wish.color && !product.variants.some((v) => v.options['color'] === wish.color)) {
    return colorWord(wish.color, ctx.lang);
  }
  return null;
}

/** Every value of option `key` the product has, in catalogue order. */
export const optionValues = (product: Product, key: string): string[] => [
  ...new Set(product.variants.map((v) => v.options[key]).filter((x): x is string => Boolean(x))),
];
