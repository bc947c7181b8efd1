/** price_protection: refund a price drop on one sku within the shop's days after payment. */
import { z } from 'zod';
import { priceProtectionRefund } from '../../domain/policy/price-protection.ts';
import { findVariant, refuse, withAfterSale, type ActionDefinition } from './action-definition.ts';

const Params = z.object({ sku: z.string().min(1) });

/** Refunds the difference when the sku got cheaper (spec arithmetic in domain/policy). */
export const priceProtection: ActionDefinition<z.infer<typeof Params>> = {
  type: 'price_protection',
  params: Params,
  skusOf: () => [],
  decide({ order, params, shop, now }) {
    const days = shop.policies.price_protection_days;
    if (days <= 0) {
      return refuse('price_protection_days', {
        zh: '本店不提供价格保护',
        en: 'this shop does not offer price protection',
      });
    }
    const line = order.items.find((i) => i.sku === params.sku);
    if (!line || !order.paid_at || order.status === 'cancelled') {
      return refuse(
        'paid_item',
        {
          zh: `订单里没有已付款的 ${params.sku}`,
          en: `${params.sku} is not a paid item of this order`,
        },
        false,
      );
    }
    const returned = order.after_sales.some(
      (a) =>
        a.type === 'return' &&
        Array.isArray(a['items']) &&
        (a['items'] as Array<{ sku?: unknown }>).some((i) => i.sku === params.sku),
    );
    if (returned) {
      return refuse(
        'returned_item',
        {
          zh: `${params.sku} 已经退货退款，不再享受价保`,
          en: `${params.sku} was returned and refunded, so price protection no longer applies`,
        },
        false,
      );
    }
    const done = order.after_sales.some(
      (a) => a.type === 'price_protection' && a['sku'] === params.sku,
    );
    if (done) {
      return refuse(
        'once_per_item',
        {
          zh: `${params.sku} 已经申请过价保`,
          en: `price protection for ${params.sku} was already granted`,
        },
        false,
      );
    }
    const currentPrice = findVariant(shop, params.sku)?.variant.price ?? line.unit_price;
    const refund = priceProtectionRefund({
      item: line,
      paidAt: order.paid_at,
      now,
      days,
      history: shop.priceHistory,
      currentPrice,
    });
    if (refund <= 0) {
      return refuse(
        'price_dropped',
        {
          zh: `付款后${days}天内 ${params.sku} 没有降价`,
          en: `${params.sku} has not been cheaper within ${days} days of payment`,
        },
        false,
      );
    }
    const at = now.toISOString();
    return {
      ok: true,
      order: withAfterSale(order, {
        type: 'price_protection',
        status: 'refunded',
        at,
        sku: params.sku,
        refund_amount: refund,
      }),
      stock: [],
      detail: { order_id: order.id, sku: params.sku, refund_amount: refund },
    };
  },
};
