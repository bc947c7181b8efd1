/** Cancels an order the policy allows to cancel, after the customer confirms; else says why. */
import { statusWords } from '../actions/action-definition.ts';
import { findOrder } from '../orders/find-order.ts';
import { skuTitle } from '../orders/order-items.ts';
import { money } from '../replies/render.ts';
import { say, type Flow } from '../turn/turn-context.ts';
import { proposeAction } from './action-replies.ts';

/** Handles "cancel my order". */
export const cancelOrderFlow: Flow = async (ctx) => {
  const allowed = ctx.shop.policies.cancel_statuses;
  const lookup = await findOrder(ctx, (o) => allowed.includes(o.status));
  if (lookup.kind === 'reply') return lookup.result;
  const order = lookup.order;
  const items = order.items
    .map((i) => `${skuTitle(ctx.shop, i.sku, ctx.lang)} × ${i.quantity}`)
    .join(ctx.lang === 'zh' ? '、' : ', ');
  const paid = order.status === 'pending' ? 0 : (order.payment?.amount ?? 0);
  const refund = paid > 0 ? money(paid, ctx.shop.shop.currency) : '';
  const p = ctx.shop.policies;
  const sum = order.items.reduce((s, i) => s + i.unit_price * i.quantity, 0);
  const total = money(order.payment?.amount ?? sum, ctx.shop.shop.currency);
  const otherwise =
    order.status === 'shipped' || order.status === 'delivered'
      ? say(ctx, {
          zh: `订单${statusWords(order.status).zh}，您可以${order.status === 'shipped' ? '拒收，或' : ''}在签收后 ${p.return_window_days} 天内申请无理由退货，我可以帮您办理。`,
          en: `It is ${statusWords(order.status).en}: you can ${order.status === 'shipped' ? 'refuse the delivery, or ' : ''}return it within ${p.return_window_days} days of delivery, and I can set that up for you.`,
        })
      : undefined;
  return proposeAction(ctx, {
    type: 'cancel_order',
    order,
    params: {},
    summary: say(ctx, {
      zh: `取消订单 ${order.id}（${items}，合计 ${total}）${refund ? `，已付 ${refund} 原路退回` : '，订单未付款，无需退款'}`,
      en: `cancel order ${order.id} (${items}, total ${total})${refund ? `, refunding ${refund} to your original payment method` : '; it is unpaid, so nothing to refund'}`,
    }),
    ...(otherwise ? { otherwise } : {}),
  });
};
