/**
 * Checks a list of variant swaps (change_items, exchange): each `from_sku` is on the order, each
 * `to_sku` is a variant of the same product with enough stock.
 */
import { z } from 'zod';
import type { Order } from '../../domain/bundle.ts';
import type { ShopSnapshot } from '../../domain/ports.ts';
import { findVariant, refuse, type Refusal } from './action-definition.ts';

export const SwapsSchema = z
  .array(z.object({ from_sku: z.string().min(1), to_sku: z.string().min(1) }))
  .min(1);
export type Swaps = z.infer<typeof SwapsSchema>;

/** A refusal for the first swap that cannot be made, or null when all can. */
export function checkSwaps(
  order: Order,
  swaps: Swaps,
  shop: ShopSnapshot,
  stockOf: (sku: string) => number,
): Refusal | null {
  for (const swap of swaps) {
    const line = order.items.find((i) => i.sku === swap.from_sku);
    if (!line) {
      return refuse(
        'item_on_order',
        { zh: `订单里没有 ${swap.from_sku}`, en: `${swap.from_sku} is not on this order` },
        false,
      );
    }
    const from = findVariant(shop, swap.from_sku);
    const to = findVariant(shop, swap.to_sku);
    if (!to || (from && from.product.id !== to.product.id)) {
      return refuse(
        'same_product',
        {
          zh: `${swap.to_sku} 不是同一款商品的规格，只能换同款的其他尺码或颜色`,
          en: `${swap.to_sku} is not a variant of the same product; swaps stay within one product`,
        },
        false,
      );
    }
    if (stockOf(swap.to_sku) < line.quantity) {
      return refuse(
        'in_stock',
        { zh: `${swap.to_sku} 目前缺货`, en: `${swap.to_sku} is out of stock` },
        false,
      );
    }
  }
  return null;
}

/** Stock moves of a swap: the new variant is taken now. */
export const swapStock = (order: Order, swaps: Swaps) =>
  swaps.map((s) => ({
    sku: s.to_sku,
    delta: -(order.items.find((i) => i.sku === s.from_sku)?.quantity ?? 1),
  }));
