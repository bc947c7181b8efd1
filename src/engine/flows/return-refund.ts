/**
 * A no-reason return: the delivered order, the item, the refund, who pays return shipping —
 * stated for the customer to confirm. Before shipment it offers a cancel instead.
 */
import type { Order } from '../../domain/bundle.ts';
import { withinExchangeWindow, withinReturnWindow } from '../../domain/policy/order-windows.ts';
import { findOrder } from '../orders/find-order.ts';
import { skuTitle } from '../orders/order-items.ts';
import { money, paren } from '../replies/render.ts';
import { say, type Flow, type TurnContext } from '../turn/turn-context.ts';
import { proposeAction } from './action-replies.ts';
import { cancelOrderFlow } from './cancel-order.ts';
import { damagedItemFlow } from './damaged-item.ts';
import { pickItem } from './pick-item.ts';

/** Words that say the item is faulty or wrong: a defect return, not a no-reason one. */
const DEFECT =
  /破了|破洞|有洞|坏了|壞了|损坏|損壞|瑕疵|质量问题|質量問題|品質問題|开线|開線|脱线|掉色严重|发错|發錯|寄错|寄錯|少发|漏发|\b(?:broken|damaged|defect(?:ive)?|torn|ripped|faulty|wrong item|stain(?:ed)?)\b/i;

/** Handles "I want to return this". */
export const returnRefundFlow: Flow = async (ctx) => {
  if (DEFECT.test(ctx.plain)) {
    ctx.state.topic = 'damaged_item';
    return damagedItemFlow(ctx);
  }
  const lookup = await findOrder(ctx, (o) => o.status === 'delivered');
  if (lookup.kind === 'reply') return lookup.result;
  const order = lookup.order;
  if (ctx.shop.policies.cancel_statuses.includes(order.status)) {
    ctx.state.topic = 'cancel_order';
    return cancelOrderFlow(ctx);
  }
  if (order.status === 'delivered' && !withinReturnWindow(order, ctx.shop.policies, ctx.now)) {
    return proposeAction(ctx, {
      type: 'return',
      order,
      params: { items: order.items.map((i) => ({ sku: i.sku, quantity: i.quantity })) },
      summary: '',
      otherwise: alternatives(ctx, order),
    });
  }
  const pick = pickItem(ctx, order, true);
  if (pick.kind === 'reply') return pick.result;
  const qty = ctx.u.slots.quantity;
  const items = pick.items.map((i) => ({
    sku: i.sku,
    quantity: pick.items.length === 1 && qty && qty <= i.quantity ? qty : i.quantity,
  }));
  const refund = items.reduce(
    (s, it) => s + (order.items.find((l) => l.sku === it.sku)?.unit_price ?? 0) * it.quantity,
    0,
  );
  const what = items
    .map((i) => `${skuTitle(ctx.shop, i.sku, ctx.lang)}${paren(i.sku, ctx.lang)} × ${i.quantity}`)
    .join(ctx.lang === 'zh' ? '、' : ', ');
  const p = ctx.shop.policies;
  const paidBy = p.return_shipping_paid_by === 'seller';
  return proposeAction(ctx, {
    type: 'return',
    order,
    params: { items, reason: 'no_reason' },
    summary: say(ctx, {
      zh: `订单 ${order.id} 退货：${what}，退款 ${money(refund, ctx.shop.shop.currency)}，${paidBy ? '寄回运费由我们承担' : '寄回运费由您承担'}`,
      en: `return from order ${order.id}: ${what}, refund ${money(refund, ctx.shop.shop.currency)}; ${paidBy ? 'we pay the return shipping' : 'return shipping is paid by you'}`,
    }),
    otherwise: alternatives(ctx, order),
  });
};

/** What remains possible when a no-reason return is not: an exchange in its window, defects. */
function alternatives(ctx: TurnContext, order: Order): string {
  const p = ctx.shop.policies;
  const exchangeOk = withinExchangeWindow(order, p, ctx.now) && p.exchanges_per_order > 0;
  return say(ctx, {
    zh: `${exchangeOk ? `您仍可以在签收后 ${p.exchange_window_days} 天内换货。` : ''}如果商品有质量问题，告诉我具体情况，质量问题不受这个限制。`,
    en: `${exchangeOk ? `You can still exchange it within ${p.exchange_window_days} days of delivery. ` : ''}If the item is faulty, tell me what's wrong — defects are covered regardless.`,
  });
}
