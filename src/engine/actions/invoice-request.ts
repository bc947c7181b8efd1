/** invoice_request: when the shop issues invoices, for a paid order, once per order. */
import { z } from 'zod';
import { refuse, withAfterSale, type ActionDefinition } from './action-definition.ts';

const Params = z.object({ kind: z.string().optional(), title: z.string().optional() });

/** Records an invoice request for the shop to issue. */
export const invoiceRequest: ActionDefinition<z.infer<typeof Params>> = {
  type: 'invoice_request',
  params: Params,
  skusOf: () => [],
  decide({ order, params, shop, now }) {
    const invoice = shop.policies.invoice;
    if (!invoice.available) {
      return refuse('invoice', { zh: '本店暂不开具发票', en: 'this shop does not issue invoices' });
    }
    if (!order.paid_at || order.status === 'cancelled' || order.status === 'pending') {
      return refuse(
        'paid_order',
        {
          zh: '只有已付款且未取消的订单可以开票',
          en: 'invoices are issued for paid orders that are not cancelled',
        },
        false,
      );
    }
    if (order.after_sales.some((a) => a.type === 'invoice')) {
      return refuse(
        'once_per_order',
        {
          zh: '这个订单已经申请过发票',
          en: 'an invoice was already requested for this order',
        },
        false,
      );
    }
    const kind =
      params.kind && invoice.kinds.includes(params.kind)
        ? params.kind
        : (invoice.kinds[0] ?? 'electronic');
    const at = now.toISOString();
    return {
      ok: true,
      order: withAfterSale(order, {
        type: 'invoice',
        status: 'requested',
        at,
        kind,
        ...(params.title ? { title: params.title } : {}),
      }),
      stock: [],
      detail: { order_id: order.id, kind, ...(params.title ? { title: params.title } : {}) },
    };
  },
};
