/**
 * Price protection: the spec's arithmetic on each paid item of the order; refunds what dropped,
 * or explains the window and the prices when nothing did.
 */
import { priceProtectionRefund } from '../../domain/policy/price-protection.ts';
import { findVariant } from '../actions/action-definition.ts';
import { findOrder } from '../orders/find-order.ts';
import { matchingLines } from '../orders/order-items.ts';
import { answered, say, type Flow, type FlowResult } from '../turn/turn-context.ts';
import { proposeAction } from './action-replies.ts';

/** Handles "the price dropped after I bought it". */
export const priceProtectionFlow: Flow = async (ctx) => {
  const days = ctx.shop.policies.price_protection_days;
  if (days <= 0) {
    return answered({
      text: say(ctx, {
        zh: '抱歉，本店不提供价格保护（降价补差）服务。',
        en: "Sorry, this shop doesn't offer price protection.",
      }),
    });
  }
  const lookup = await findOrder(ctx, (o) => Boolean(o.paid_at) && o.status !== 'cancelled');
  if (lookup.kind === 'reply') return lookup.result;
  const order = lookup.order;
  const named = matchingLines(ctx.shop, order, ctx.u.slots);
  const lines = named.length > 0 && named.length < order.items.length ? named : order.items;
  const due = lines
    .map((line) => ({
      line,
      refund: order.paid_at
        ? priceProtectionRefund({
            item: line,
            paidAt: order.paid_at,
            now: ctx.now,
            days,
            history: ctx.shop.priceHistory,
            currentPrice: findVariant(ctx.shop, line.sku)?.variant.price ?? line.unit_price,
          })
        : 0,
    }))
    .filter(
      (d) =>
        d.refund > 0 &&
        !order.after_sales.some((a) => a.type === 'price_protection' && a['sku'] === d.line.sku),
    );
  if (due.length === 0) {
    return answered({
      text: say(ctx, {
        zh: `我查了订单 ${order.id}：付款后 ${days} 天内这些商品的价格没有低于您的购买价，所以没有差价可退。之后 ${days} 天内如果降价，随时来找我。`,
        en: `I checked order ${order.id}: within ${days} days of payment none of its items was cheaper than what you paid, so there's no difference to refund.`,
      }),
    });
  }
  const results: FlowResult[] = [];
  for (const d of due) {
    results.push(
      await proposeAction(ctx, {
        type: 'price_protection',
        order,
        params: { sku: d.line.sku },
        summary: d.line.sku,
      }),
    );
  }
  return answered(...results.flatMap((r) => r.replies));
};
