/** cancel_order: allowed in the statuses the shop lists; the payment is refunded, stock returns. */
import { z } from 'zod';
import {
  refuse,
  statusList,
  statusWords,
  withAfterSale,
  type ActionDefinition,
} from './action-definition.ts';

const Params = z.object({ reason: z.string().optional() });

/** Cancels an order before it ships. */
export const cancelOrder: ActionDefinition<z.infer<typeof Params>> = {
  type: 'cancel_order',
  params: Params,
  skusOf: () => [],
  decide({ order, params, shop, now }) {
    const allowed = shop.policies.cancel_statuses;
    if (!allowed.includes(order.status)) {
      const s = statusWords(order.status);
      const a = statusList(allowed);
      return refuse('cancel_statuses', {
        zh: `订单${s.zh}，本店只有${a.zh}的订单可以取消`,
        en: `the order is ${s.en}; this shop cancels only orders that are ${a.en}`,
      });
    }
    const refund = order.status === 'pending' ? 0 : (order.payment?.amount ?? 0);
    const next = withAfterSale(
      { ...order, status: 'cancelled', cancelled_at: now.toISOString() },
      { type: 'cancel_order', status: 'refunded', at: now.toISOString(), refund_amount: refund },
    );
    return {
      ok: true,
      order: next,
      stock: order.items.map((i) => ({ sku: i.sku, delta: i.quantity })),
      detail: {
        order_id: order.id,
        ...(params.reason ? { reason: params.reason } : {}),
        refund_amount: refund,
        before: { status: order.status },
        after: { status: 'cancelled' },
      },
    };
  },
};
