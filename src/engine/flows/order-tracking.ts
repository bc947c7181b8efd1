/** Where an order is: status, carrier and tracking number, the latest events, expected dispatch. */
import type { Order } from '../../domain/bundle.ts';
import { addDays } from '../../domain/clock.ts';
import { orderCard } from '../orders/order-card.ts';
import { findOrder } from '../orders/find-order.ts';
import { dayTime, textIn } from '../replies/render.ts';
import { answered, say, type Flow, type TurnContext } from '../turn/turn-context.ts';

/** Answers "where is my order". */
export const orderTracking: Flow = async (ctx) => {
  const lookup = await findOrder(ctx, (o) => o.status === 'paid' || o.status === 'shipped');
  if (lookup.kind === 'reply') return lookup.result;
  const order = lookup.order;
  return answered({ text: describe(ctx, order), parts: [orderCard(ctx, order)] });
};

function describe(ctx: TurnContext, order: Order): string {
  const tz = ctx.shop.shop.timezone;
  const hours = ctx.shop.policies.shipping.dispatch_hours;
  const ship = order.shipment;
  const last = ship?.events.at(-1);
  const lastText = last
    ? say(ctx, {
        zh: `最新物流（${dayTime(last.at, tz)}${last.location ? ` ${last.location}` : ''}）：${textIn(last.text, 'zh')}`,
        en: `Latest update (${dayTime(last.at, tz)}${last.location ? `, ${last.location}` : ''}): ${textIn(last.text, 'en')}`,
      })
    : '';
  switch (order.status) {
    case 'pending':
      return say(ctx, {
        zh: `订单 ${order.id} 还没有付款。付款后我们会在 ${hours} 小时内发货。`,
        en: `Order ${order.id} hasn't been paid yet. Once it is, we ship within ${hours} hours.`,
      });
    case 'paid': {
      const by = dayTime(addDays(new Date(order.paid_at ?? order.created_at), hours / 24), tz);
      const late =
        addDays(new Date(order.paid_at ?? order.created_at), hours / 24).getTime() <
        ctx.now.getTime();
      return say(ctx, {
        zh: `订单 ${order.id} 已付款，正在备货，还没有发出。我们承诺付款后 ${hours} 小时内发货，也就是 ${by} 之前。${late ? '已经超过承诺时间，非常抱歉，需要的话我可以帮您转人工催促。' : ''}`,
        en: `Order ${order.id} is paid and being prepared; it hasn't shipped yet. We ship within ${hours} hours of payment, i.e. by ${by}.${late ? ' That time has passed — sorry. I can bring in a colleague to chase it if you like.' : ''}`,
      });
    }
    case 'shipped':
      return say(ctx, {
        zh: `订单 ${order.id} 已由 ${ship?.carrier ?? ''} 发出，运单号 ${ship?.tracking_no ?? ''}。${lastText}`,
        en: `Order ${order.id} has shipped with ${ship?.carrier ?? ''}, tracking number ${ship?.tracking_no ?? ''}. ${lastText}`,
      });
    case 'delivered':
      return say(ctx, {
        zh: `订单 ${order.id} 已于 ${dayTime(order.delivered_at ?? order.created_at, tz)} 签收${ship ? `（${ship.carrier} ${ship.tracking_no}）` : ''}。如果您没有收到，告诉我，我来帮您处理。`,
        en: `Order ${order.id} was delivered on ${dayTime(order.delivered_at ?? order.created_at, tz)}${ship ? ` (${ship.carrier} ${ship.tracking_no})` : ''}. If you didn't receive it, tell me and I'll sort it out.`,
      });
    default:
      return say(ctx, { zh: `订单 ${order.id} 已取消。`, en: `Order ${order.id} was cancelled.` });
  }
}
