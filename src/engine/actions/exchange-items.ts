/**
 * exchange: after delivery, within the exchange window, up to the shop's exchanges per order.
 * A defective or wrong item is exchanged regardless of window and count.
 */
import { z } from 'zod';
import { exchangesUsed, withinExchangeWindow } from '../../domain/policy/order-windows.ts';
import { refuse, withAfterSale, type ActionDefinition } from './action-definition.ts';
import { checkSwaps, SwapsSchema, swapStock } from './check-swaps.ts';

const Params = z.object({ items: SwapsSchema, defect: z.boolean().default(false) });

/** Sends new variants for delivered ones; the new variants are reserved from stock now. */
export const exchangeItems: ActionDefinition<z.infer<typeof Params>> = {
  type: 'exchange',
  params: Params,
  skusOf: (p) => p.items.map((i) => i.to_sku),
  decide({ order, params, shop, now, stockOf }) {
    const p = shop.policies;
    if (order.status !== 'delivered') {
      return refuse(
        'delivered_only',
        {
          zh: '订单还没有签收，签收后才能换货',
          en: 'the order has not been delivered yet; exchanges start after delivery',
        },
        false,
      );
    }
    if (!params.defect && p.exchanges_per_order === 0) {
      return refuse('exchanges_per_order', {
        zh: '本店不支持换货',
        en: 'this shop does not offer exchanges',
      });
    }
    if (!params.defect && !withinExchangeWindow(order, p, now)) {
      return refuse('exchange_window_days', {
        zh: `已超过签收后${p.exchange_window_days}天的换货期`,
        en: `the ${p.exchange_window_days}-day exchange window after delivery has passed`,
      });
    }
    if (!params.defect && exchangesUsed(order) >= p.exchanges_per_order) {
      return refuse('exchanges_per_order', {
        zh: `每个订单最多换货${p.exchanges_per_order}次，这个订单已经换过了`,
        en: `each order can be exchanged ${p.exchanges_per_order} time(s) and this one already was`,
      });
    }
    const refusal = checkSwaps(order, params.items, shop, stockOf);
    if (refusal) return refusal;
    const at = now.toISOString();
    return {
      ok: true,
      order: withAfterSale(order, {
        type: 'exchange',
        status: 'requested',
        at,
        items: params.items,
        defect: params.defect,
      }),
      stock: swapStock(order, params.items),
      detail: {
        order_id: order.id,
        items: params.items,
        ...(params.defect ? { reason: 'defect' } : {}),
      },
    };
  },
};
