/**
 * The variant a price quote is for: the size and colour the customer named, else the first one
 * in stock. A sold-out choice is still priced but said to be sold out (never promised).
 */
import type { Product, Variant } from '../../../domain/bundle.ts';
import type { TurnContext } from '../../turn/turn-context.ts';
import { matchingVariants, optionValues, variantStatus } from './variant-stock.ts';

/** The variant to price and a note when it cannot be bought now. */
export function cartVariant(
  ctx: TurnContext,
  product: Product,
  stock: Map<string, number>,
): { variant: Variant; note: string } {
  const { size, color } = ctx.state.slots;
  const wish = {
    size: size && optionValues(product, 'size').includes(size) ? size : undefined,
    color: color && optionValues(product, 'color').includes(color) ? color : undefined,
  };
  const candidates = matchingVariants(product, wish);
  const pool = candidates.length ? candidates : product.variants;
  const variant = pool.find((v) => (stock.get(v.sku) ?? 0) > 0) ?? pool[0] ?? product.variants[0];
  if (!variant) throw new Error(`product ${product.id} has no variants`);
  const soldOut = (stock.get(variant.sku) ?? 0) <= 0;
  return {
    variant,
    note: soldOut
      ? `${variantStatus(ctx, product, stock, variant)}${ctx.lang === 'zh' ? '。' : '.'}`
      : '',
  };
}
