/** A product as the widget shows it: a card with price and per-variant stock, and its price. */
import type { Product } from '../../../domain/bundle.ts';
import type { MessagePart } from '../../../domain/conversation.ts';
import { optionsLabel } from '../../orders/order-items.ts';
import { money, textIn, type Lang } from '../../replies/render.ts';
import type { TurnContext } from '../../turn/turn-context.ts';

/** The product card, with `stock` (sku → units) read fresh. */
export function productCard(
  ctx: TurnContext,
  product: Product,
  stock: Map<string, number>,
): MessagePart {
  return {
    kind: 'product',
    product_id: product.id,
    title: textIn(product.title, ctx.lang),
    price: Math.min(...product.variants.map((v) => v.price)),
    ...(product.image ? { image: product.image } : {}),
    stock: product.variants.map((v) => ({
      sku: v.sku,
      label: optionsLabel(v.options, ctx.lang),
      stock: stock.get(v.sku) ?? 0,
    })),
  };
}

/** "¥79.00", or "¥299.00–¥339.00" when variants differ in price. */
export function priceLabel(product: Product, currency: string): string {
  const prices = product.variants.map((v) => v.price);
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  return low === high ? money(low, currency) : `${money(low, currency)}–${money(high, currency)}`;
}

/** A product's title in `lang`. */
export const titleOf = (product: Product, lang: Lang): string => textIn(product.title, lang);

/** Choices to pick one of `products` (the widget shows them as buttons). */
export function productChoices(products: readonly Product[], lang: Lang): MessagePart {
  return {
    kind: 'choices',
    choices: products.map((p, i) => ({ label: `${i + 1}. ${titleOf(p, lang)}`, value: p.id })),
  };
}
