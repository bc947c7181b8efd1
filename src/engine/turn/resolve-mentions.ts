/**
 * Reads what the understanding engine cannot know about this shop from the raw text: order ids
 * are opaque (letters allowed, e.g. "HK2506160007"), so any token that IS an order of the shop
 * counts as the order number; and once an order is in play, a bare 4-digit or 8–11-digit number
 * is the phone (or its last four digits) that proves who the visitor is.
 */
import type { TurnContext } from './turn-context.ts';

const TOKEN = /[A-Za-z0-9][A-Za-z0-9_-]{3,39}/g;
const LAST4 = /(?:^|[^\d])(\d{4})(?!\d)/;
const LONG_PHONE = /(?:^|[^\d])(\+?\d[\d -]{6,14}\d)(?!\d)/;

/** Updates `ctx.u.slots` with the shop's own order ids and phone answers found in the text. */
export async function resolveMentions(ctx: TurnContext): Promise<void> {
  const text = ctx.u.text.normalize('NFKC');
  const slots = { ...ctx.u.slots };
  const known = slots.order_id
    ? await ctx.deps.stores.orders.getOrder(ctx.shop.shop.id, slots.order_id)
    : null;
  if (!known) {
    for (const token of (text.match(TOKEN) ?? []).slice(0, 8)) {
      if (!/\d{4}/.test(token)) continue;
      if (await ctx.deps.stores.orders.getOrder(ctx.shop.shop.id, token)) {
        slots.order_id = token;
        break;
      }
    }
  }
  const orderInPlay = slots.order_id ?? ctx.state.orderId;
  if (!ctx.customer && orderInPlay && !slots.phone && !slots.phone_last4) {
    const rest = text.split(orderInPlay).join(' ');
    const long = LONG_PHONE.exec(rest)?.[1]?.replace(/\D/g, '');
    const last4 = LAST4.exec(rest)?.[1];
    if (long && long.length >= 8 && long.length <= 13) slots.phone = long;
    else if (last4) slots.phone_last4 = last4;
  }
  ctx.u = { ...ctx.u, slots };
}
