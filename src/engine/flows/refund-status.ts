/** Where the customer's money is: the refunds recorded on the order and when they arrive. */
import type { Order } from '../../domain/bundle.ts';
import { addDays } from '../../domain/clock.ts';
import { findOrder } from '../orders/find-order.ts';
import { day, money } from '../replies/render.ts';
import { answered, say, type Flow, type TurnContext } from '../turn/turn-context.ts';

const REFUNDING = ['return', 'cancel', 'price_protection', 'refund'];

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
  const at = r.at ? day(r.at, tz) : '';
  const due = r.at ? day(addDays(new Date(r.at), days), tz) : '';
  const done = r.status === 'refunded' || r.status === 'completed';
  if (r.type === 'return' && !done) {
    return say(ctx, {
      zh: `订单 ${order.id} 的退货${at ? `（${at} 申请）` : ''}${r.status === 'received' ? '已经收到' : '还在等待退回商品'}。我们收到退货后 ${days} 个工作日内原路退款${amount ? ` ${amount}` : ''}。`,
      en: `The return on order ${order.id}${at ? ` (requested ${at})` : ''} is ${r.status === 'received' ? 'received' : 'waiting for the item to arrive'}. The refund${amount ? ` of ${amount}` : ''} is issued within ${days} days after it arrives.`,
    });
  }
  return say(ctx, {
    zh: `订单 ${order.id} 的退款${amount ? ` ${amount}` : ''}${at ? ` 已于 ${at} 发起` : '已发起'}，原路退回，一般在 ${due || `${days} 天内`} 前到账。`,
    en: `The refund${amount ? ` of ${amount}` : ''} on order ${order.id} was issued${at ? ` on ${at}` : ''} to your original payment method and should arrive by ${due || `within ${days} days`}.`,
  });
}
