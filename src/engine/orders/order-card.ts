/** Order cards and short order lines for replies (phone numbers masked). */
import type { Order } from '../../domain/bundle.ts';
import type { MessagePart } from '../../domain/conversation.ts';
import { statusWords } from '../actions/action-definition.ts';
import { day, textIn } from '../replies/render.ts';
import type { TurnContext } from '../turn/turn-context.ts';
import { skuTitle } from './order-items.ts';

/** One line per order: "1. 202406180001 · 2024-06-18 · 纯棉T恤（白色 / M）等2件 · 已签收". */
export function orderChoices(ctx: TurnContext, orders: readonly Order[]): string {
  return orders
    .map((o, i) => {
      const first = o.items[0];
      const title = first ? skuTitle(ctx.shop, first.sku, ctx.lang) : '';
      const count = o.items.reduce((n, it) => n + it.quantity, 0);
      const more = count > 1 ? (ctx.lang === 'zh' ? ` 等${count}件` : ` +${count - 1} more`) : '';
      const date = day(o.created_at, ctx.shop.shop.timezone);
      return `${i + 1}. ${o.id} · ${date} · ${title}${more} · ${statusWords(o.status)[ctx.lang]}`;
    })
    .join('\n');
}

/** The structured order card the widget renders. */
export function orderCard(ctx: TurnContext, order: Order): MessagePart {
  const events = order.shipment?.events ?? [];
  return {
    kind: 'order',
    order_id: order.id,
    status: order.status,
    items: order.items.map((i) => ({
      sku: i.sku,
      title: skuTitle(ctx.shop, i.sku, ctx.lang),
      quantity: i.quantity,
      price: i.unit_price,
    })),
    ...(order.payment ? { total: order.payment.amount } : {}),
    ...(order.shipment
      ? { carrier: order.shipment.carrier, tracking_no: order.shipment.tracking_no }
      : {}),
    ...(events.length > 0
      ? {
          events: events
            .slice(-5)
            .reverse()
            .map((e) => ({
              at: e.at,
              text: textIn(e.text, ctx.lang),
              ...(e.location ? { location: e.location } : {}),
            })),
        }
      : {}),
  };
}
