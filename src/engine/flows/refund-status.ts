/** Where the customer's money is: the refunds recorded on the order and when they arrive. */
import type { Order } from '../../domain/bundle.ts';
import { addDays } from '../../domain/clock.ts';
import { findOrder } from '../orders/find-order.ts';
import { day, money } from '../replies/render.ts';
import { answered, say, type Flow, type TurnContext } from '../turn/turn-context.ts';

const REFUNDING = ['return', 'cancel', 'cancel_order', 'price_protection', 'refund'];

/** Handles "when will I get my refund". */
export const refundStatusFlow: Flow = async (ctx) => {
  const lookup = await findOrder(
    ctx,
    (o) => o.status === 'cancelled' || o.after_sales.some((a) => REFUNDING.includes(a.type)),
  );
  if (lookup.kind === 'reply') return lookup.result;
  const order = lookup.order;
  const records = order.after_sales.filter((a) => REFUNDING.includes(a.type));
  if (records.length === 0) {
    return answered({
      text: say(ctx, {
        zh: `订单 ${order.id} 目前没有退款记录。如果想退货或取消，告诉我就可以办理。`,
        en: `There's no refund on order ${order.id} yet. If you'd like to return or cancel something, I can set that up.`,
      }),
    });
  }
  return answered({ text: records.map((r) => describe(ctx, order, r)).join('\n') });
};

function describe(ctx: TurnContext, order: Order, r: Order['after_sales'][number]): string {
  const tz = ctx.shop.shop.timezone;
  const amount =
    typeof r['refund_amount'] === 'number' ? money(r['refund_amount'], ctx.shop.shop.currency) : '';
  const days = ctx.shop.policies.refund_days;
  const stamp = (key: string) => (typeof r[key] === 'string' ? (r[key] as string) : null);
  const received = stamp('received_at');
  const refundedAt = stamp('refunded_at') ?? (r.type !== 'return' ? (r.at ?? null) : null);
  const asked = r.at ? day(r.at, tz) : '';
  if (r.type === 'return' && r.status !== 'refunded' && r.status !== 'completed') {
    const due = received ? day(addDays(new Date(received), days), tz) : '';
    return received
      ? say(ctx, {
          zh: `订单 ${order.id} 的退货已于 ${day(received, tz)} 收到，退款${amount ? ` ${amount}` : ''}会在 ${days} 天内原路退回，最晚 ${due} 到账。`,
          en: `We received the return on order ${order.id} on ${day(received, tz)}. The refund${amount ? ` of ${amount}` : ''} goes back to your original payment method within ${days} days, by ${due} at the latest.`,
        })
      : say(ctx, {
          zh: `订单 ${order.id} 的退货${asked ? `（${asked} 申请）` : ''}还在等待退回的商品。我们收到后 ${days} 天内原路退款${amount ? ` ${amount}` : ''}。`,
          en: `The return on order ${order.id}${asked ? ` (requested ${asked})` : ''} is waiting for the item to arrive. The refund${amount ? ` of ${amount}` : ''} is issued within ${days} days after it arrives.`,
        });
  }
  const when = refundedAt ? day(refundedAt, tz) : '';
  return say(ctx, {
    zh: `订单 ${order.id} 的退款${amount ? ` ${amount}` : ''}${when ? `已于 ${when} ` : '已'}原路退回。不同支付方式到账时间不同，如 ${days} 天后仍未到账，告诉我，我帮您转人工核查。`,
    en: `The refund${amount ? ` of ${amount}` : ''} on order ${order.id} was sent back to your original payment method${when ? ` on ${when}` : ''}. If it hasn't arrived within ${days} days, tell me and I'll have a colleague check.`,
  });
}
