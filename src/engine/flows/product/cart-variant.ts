/**
 * The variant a price quote is for: the size and colour the customer named, else the cheapest
 * one in stock (a product-level quote, which names no sku). A sold-out choice is still priced
 * but said to be sold out (never promised).
 */
import type { Product, Variant } from '../../../domain/bundle.ts';
import { optionsLabel } from '../../orders/order-items.ts';
import { say, type TurnContext } from '../../turn/turn-context.ts';
import { restockDay } from '../fresh-stock.ts';
import { titleOf } from './product-card.ts';
import { matchingVariants, optionValues, variantLabel, variantStatus } from './variant-stock.ts';

/** The variant to price, how the customer named it, and a note when it cannot be bought now. */
export interface CartVariant {
  variant: Variant;
  /** "白色 / L（p1001-white-L）" for one named variant, "白色" for a colour, '' for the product. */
  label: string;
  note: string;
}

/** The variant of `product` to price, by the rules in the header. */
export function cartVariant(
  ctx: TurnContext,
  product: Product,
  stock: Map<string, number>,
): CartVariant {
  const { size, color } = ctx.state.slots;
  const wish = {
    size: size && optionValues(product, 'size').includes(size) ? size : undefined,
    color: color && optionValues(product, 'color').includes(color) ? color : undefined,
  };
  const candidates = matchingVariants(product, wish);
  const pool = [...candidates].sort((a, b) => a.price - b.price);
  const variant = pool.find((v) => (stock.get(v.sku) ?? 0) > 0) ?? pool[0];
  if (!variant) throw new Error(`product ${product.id} has no variants`);
  const inStock = (stock.get(variant.sku) ?? 0) > 0;
  const one = candidates.length === 1 && candidates.length < product.variants.length;
  const partial = Object.fromEntries(
    Object.entries(wish).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const label = one ? variantLabel(ctx, variant) : optionsLabel(partial, ctx.lang);
  if (inStock) return { variant, label, note: '' };
  const end = ctx.lang === 'zh' ? '。' : '.';
  if (one) return { variant, label, note: `${variantStatus(ctx, product, stock, variant)}${end}` };
  const back = restockDay(ctx, product, variant.sku);
  const title = titleOf(product, ctx.lang);
  const note = say(ctx, {
    zh: `${title}${label}目前缺货${back ? `，预计 ${back} 补货` : ''}。`,
    en: `${title}${label ? ` in ${label}` : ''} is out of stock now${back ? `, expected back on ${back}` : ''}.`,
  });
  return { variant, label, note };
}
