/**
 * return: a no-reason return within the window from delivery, except non-returnable categories
 * (a category or any of its parents). Defective or wrong items are always returnable, shipping
 * paid by the seller. The refund is what was paid for the lines returned.
 */
import { z } from 'zod';
import type { Order } from '../../domain/bundle.ts';
import type { ShopSnapshot } from '../../domain/ports.ts';
import { withinReturnWindow } from '../../domain/policy/order-windows.ts';
import { findVariant, refuse, withAfterSale, type ActionDefinition } from './action-definition.ts';

const Params = z.object({
  items: z.array(z.object({ sku: z.string(), quantity: z.number().int().positive() })).min(1),
  reason: z.string().optional(),
  defect: z.boolean().default(false),
});

/** Whether `categoryId` or one of its parents is in `ids`. */
export function inCategories(shop: ShopSnapshot, categoryId: string, ids: readonly string[]) {
  let current: string | null | undefined = categoryId;
  for (let depth = 0; current && depth < 10; depth++) {
    if (ids.includes(current)) return true;
    const id: string = current;
    current = shop.categories.find((c) => c.id === id)?.parent;
  }
  return false;
}

const returned = (order: Order, sku: string) =>
  order.after_sales
    .filter((a) => a.type === 'return')
    .flatMap((a) =>
      Array.isArray(a['items']) ? (a['items'] as Array<{ sku?: unknown; quantity?: unknown }>) : [],
    )
    .filter((i) => i.sku === sku)
    .reduce((n, i) => n + (typeof i.quantity === 'number' ? i.quantity : 0), 0);

/** Accepts a return request; the refund follows when the parcel arrives. */
export const returnItems: ActionDefinition<z.infer<typeof Params>> = {
  type: 'return',
  params: Params,
  skusOf: () => [],
  decide({ order, params, shop, now }) {
    const p = shop.policies;
    if (order.status !== 'delivered') {
      return refuse(
        'delivered_only',
        {
          zh: '订单还没有签收，签收后才能退货',
          en: 'the order has not been delivered yet; returns start after delivery',
        },
        false,
      );
    }
    if (!params.defect && !withinReturnWindow(order, p, now)) {
      return refuse('return_window_days', {
        zh: `已超过签收后${p.return_window_days}天的无理由退货期`,
        en: `the ${p.return_window_days}-day no-reason return window after delivery has passed`,
      });
    }
    let refund = 0;
    for (const item of params.items) {
      const line = order.items.find((i) => i.sku === item.sku);
      if (!line || item.quantity > line.quantity - returned(order, item.sku)) {
        return refuse(
          'item_on_order',
          {
            zh: `订单里没有可退的 ${item.sku} × ${item.quantity}`,
            en: `${item.sku} × ${item.quantity} is not on this order to return`,
          },
          false,
        );
      }
      const category = findVariant(shop, item.sku)?.product.category;
      if (!params.defect && category && inCategories(shop, category, p.non_returnable_categories)) {
        return refuse('non_returnable_categories', {
          zh: `${item.sku} 属于不支持七天无理由退货的品类（质量问题除外）`,
          en: `${item.sku} is in a category that cannot be returned without a reason (defects are still covered)`,
        });
      }
      refund += line.unit_price * item.quantity;
    }
    const refundAmount = Math.round(refund * 100) / 100;
    const paidBy = params.defect ? 'seller' : p.return_shipping_paid_by;
    const at = now.toISOString();
    return {
      ok: true,
      order: withAfterSale(order, {
        type: 'return',
        status: 'requested',
        at,
        items: params.items,
        refund_amount: refundAmount,
        reason: params.reason ?? (params.defect ? 'defect' : 'no_reason'),
        return_shipping_paid_by: paidBy,
      }),
      stock: [],
      detail: {
        order_id: order.id,
        items: params.items,
        refund_amount: refundAmount,
        reason: params.reason ?? (params.defect ? 'defect' : 'no_reason'),
        return_shipping_paid_by: paidBy,
      },
    };
  },
};
