/**
 * The price of a cart in a short reply: each item (the named variant with its sku, else the
 * product at its cheapest in-stock price), the subtotal, each discount the stacking rules take
 * (quoteCart), and the total. Only promotions this customer can use count; a coupon they do
 * not hold yet is offered when it lowers the total, with its first-order condition said.
 */
import type { Promotion } from '../../../domain/bundle.ts';
import { quoteCart, type CartLine, type CartQuote } from '../../../domain/policy/cart-price.ts';
import type { MessagePart } from '../../../domain/conversation.ts';
import { money } from '../../replies/render.ts';
import { say, type TurnContext } from '../../turn/turn-context.ts';
import { freshStock } from '../fresh-stock.ts';
import { cartVariant } from './cart-variant.ts';
import type { CartItem } from './cart-request.ts';
import { firstOrderOnly } from './coupon-rules.ts';
import { productCard, titleOf } from './product-card.ts';
import { promotionName } from './promotion-words.ts';

/** The quote's text and a card per product. */
export interface QuoteReply {
  text: string;
  parts: MessagePart[];
}

const firstOrderNote = (ctx: TurnContext, p: Promotion | undefined) =>
  p && firstOrderOnly(p) ? say(ctx, { zh: '（限首单）', en: ' (first order only)' }) : '';

/** Quotes `items` under the promotions the customer can use. */
export async function quoteItems(
  ctx: TurnContext,
  items: readonly CartItem[],
  usable: readonly Promotion[],
): Promise<QuoteReply> {
  const m = (n: number) => money(n, ctx.shop.shop.currency);
  const rows: string[] = [];
  const notes: string[] = [];
  const lines: CartLine[] = [];
  const parts: MessagePart[] = [];
  for (const item of items) {
    const stock = await freshStock(ctx, item.product);
    const { variant, label, note } = cartVariant(ctx, item.product, stock);
    const fallback = items.length === 1 ? (ctx.u.slots.quantity ?? ctx.state.slots.quantity) : 1;
    const quantity = Math.max(1, item.quantity ?? fallback ?? 1);
    lines.push({
      sku: variant.sku,
      category: item.product.category,
      unitPrice: variant.price,
      quantity,
    });
    const times = quantity > 1 ? ` × ${quantity}` : '';
    rows.push(
      `${titleOf(item.product, ctx.lang)}${label ? ` ${label}` : ''} ${m(variant.price)}${times}`,
    );
    if (note) notes.push(note);
    parts.push(productCard(ctx, item.product, stock));
  }
  const quote = quoteCart(lines, usable, ctx.now, ctx.state.couponCodes);
  const text = [...rows, ...totalRows(ctx, quote), ...notes, hint(ctx, lines, usable, quote)];
  return { text: text.filter(Boolean).join('\n'), parts };
}

function totalRows(ctx: TurnContext, quote: CartQuote): string[] {
  const m = (n: number) => money(n, ctx.shop.shop.currency);
  if (quote.applied.length === 0) {
    return [
      say(ctx, {
        zh: `合计 ${m(quote.total)}（目前没有适用的优惠）`,
        en: `Total ${m(quote.total)} (no promotion applies)`,
      }),
    ];
  }
  const discounts = quote.applied.map((a) => {
    const p = ctx.shop.promotions.find((x) => x.id === a.id);
    const name = p ? promotionName(ctx, p) : a.id;
    return `${name}${firstOrderNote(ctx, p)} −${m(a.saving)}`;
  });
  return [
    say(ctx, { zh: `小计 ${m(quote.subtotal)}`, en: `Subtotal ${m(quote.subtotal)}` }),
    ...discounts,
    say(ctx, { zh: `到手价 ${m(quote.total)}`, en: `Total ${m(quote.total)}` }),
  ];
}

/** The coupons the customer does not hold that would lower the total, in one sentence. */
function hint(
  ctx: TurnContext,
  lines: readonly CartLine[],
  usable: readonly Promotion[],
  now: CartQuote,
): string {
  const held = ctx.state.couponCodes;
  const extra = usable
    .filter((p) => p.kind === 'coupon' && p.code && !held.includes(p.code.toUpperCase()))
    .map((p) => (p.code ?? '').toUpperCase());
  if (extra.length === 0) return '';
  const better = quoteCart(lines, usable, ctx.now, [...held, ...extra]);
  if (better.total >= now.total - 1e-9) return '';
  const added = better.applied
    .map((a) => usable.find((p) => p.id === a.id))
    .filter((p): p is Promotion => Boolean(p?.code && !held.includes(p.code.toUpperCase())));
  const codes = added.map((p) => `${p.code ?? ''}${firstOrderNote(ctx, p)}`);
  const m = money(better.total, ctx.shop.shop.currency);
  return say(ctx, {
    zh: `结算时用券码 ${codes.join('、')}，到手价是 ${m}。`,
    en: `With code ${codes.join(' and ')} at checkout, the total would be ${m}.`,
  });
}
