/**
 * "满减怎么算" / "618 多少钱" / "A和B一起多少钱": the promotions this customer can use now,
 * or the real price of the cart the message describes (one product × quantity, or several
 * products) by the bundle's stacking rules. Coupon codes the customer mentions are remembered
 * for later quotes; one they cannot use is said so, not applied.
 */
import type { Product, Promotion } from '../../../domain/bundle.ts';
import {
  answered,
  say,
  type Flow,
  type FlowResult,
  type TurnContext,
} from '../../turn/turn-context.ts';
import { quoteItems } from './cart-quote.ts';
import { cartRequest } from './cart-request.ts';
import { usablePromotions } from './coupon-rules.ts';
import { priceLabel, productChoices, titleOf } from './product-card.ts';
import { findFocus, focusProduct } from './product-focus.ts';
import { describePromotion } from './promotion-words.ts';

/** Handles price and promotion questions. */
export const pricePromotionFlow: Flow = async (ctx) => {
  rememberCodes(ctx);
  const { usable, refused } = await usablePromotions(ctx);
  const refusal = refusedNote(ctx, refused);
  const cart = cartRequest(ctx);
  if (cart.kind === 'cart') {
    ctx.state.awaiting = null;
    ctx.state.shown = { kind: 'products', ids: cart.items.map((i) => i.product.id) };
    const quote = await quoteItems(ctx, cart.items, usable);
    return answered({ text: join(refusal, quote.text), parts: quote.parts });
  }
  if (cart.kind === 'unclear') return whichOf(ctx, cart.options, cart.known);
  const focus = findFocus(ctx);
  if (focus.kind === 'many') return whichOf(ctx, focus.products, []);
  const aboutOffers = ASKS_FOR_OFFERS.test(ctx.plain) && !ctx.u.slots.product;
  if (focus.kind === 'none' || aboutOffers) {
    return answered({ text: join(refusal, promotionList(ctx, usable)) });
  }
  const picked = focusProduct(ctx, focus);
  if ('result' in picked) return picked.result;
  const quote = await quoteItems(ctx, [{ product: picked.product, quantity: null }], usable);
  return answered({ text: join(refusal, quote.text), parts: quote.parts });
};

const join = (...texts: string[]) => texts.filter(Boolean).join('\n');

/** "Any coupons / codes / what offers are on?" — the list, not a quote for the product in view. */
const ASKS_FOR_OFFERS =
  /优惠券|券码|优惠码|折扣码|有什么优惠|有没有优惠|什么活动|哪些活动|\bcoupons?\b|\b(?:discount|promo|promotion|voucher) ?codes?\b|\bcodes?\b|any (?:deals|offers|promotions|discounts)|what (?:deals|offers|promotions|discounts)/i;

/** Lists the products a word matched with their prices, to pick one. */
function whichOf(ctx: TurnContext, products: Product[], known: Product[]): FlowResult {
  ctx.state.shown = { kind: 'products', ids: products.map((p) => p.id) };
  ctx.state.awaiting = 'product';
  const currency = ctx.shop.shop.currency;
  const lines = products.map(
    (p, i) => `${i + 1}. ${titleOf(p, ctx.lang)} ${priceLabel(p, currency)}`,
  );
  const list = lines.join('\n');
  if (known.length === 0) {
    return answered({
      text: say(ctx, {
        zh: `您说的是哪一款？\n${list}\n告诉我是哪一款和件数，我帮您算到手价。`,
        en: `Which one do you mean?\n${list}\nTell me which one and how many, and I'll work out the final price.`,
      }),
      parts: [productChoices(products, ctx.lang)],
    });
  }
  const zhWith = known.map((p) => titleOf(p, 'zh')).join('、');
  const enWith = known.map((p) => titleOf(p, 'en')).join(', ');
  const example = products[0];
  const [zhFirst, enFirst] = example ? [titleOf(example, 'zh'), titleOf(example, 'en')] : ['', ''];
  return answered({
    text: say(ctx, {
      zh: `和${zhWith}一起买的是哪一款？\n${list}\n把完整名称告诉我（比如“${zhWith}和${zhFirst}”），我把总价一起算好。`,
      en: `Which one goes with the ${enWith}?\n${list}\nName both items in full (e.g. "${enWith} and ${enFirst}") and I'll total them.`,
    }),
    parts: [productChoices(products, ctx.lang)],
  });
}

function rememberCodes(ctx: TurnContext): void {
  const text = ctx.u.text.toUpperCase();
  for (const p of ctx.shop.promotions) {
    const code = p.code?.toUpperCase();
    if (!code || !new RegExp(`(^|[^A-Z0-9])${code}([^A-Z0-9]|$)`).test(text)) continue;
    if (!ctx.state.couponCodes.includes(code)) ctx.state.couponCodes.push(code);
  }
}

function refusedNote(ctx: TurnContext, refused: Promotion[]): string {
  if (refused.length === 0) return '';
  const codes = refused.map((p) => p.code ?? p.id).join(ctx.lang === 'zh' ? '、' : ', ');
  return say(ctx, {
    zh: `券码 ${codes} 限首单使用，您的账号已经下过单，这次用不了。`,
    en: `Code ${codes} is for first orders only, and your account already has an order, so it can't be used this time.`,
  });
}

function promotionList(ctx: TurnContext, usable: Promotion[]): string {
  if (usable.length === 0) {
    return say(ctx, {
      zh: '目前没有进行中的优惠活动。',
      en: 'There are no promotions running right now.',
    });
  }
  const lines = usable.map((p, i) => `${i + 1}. ${describePromotion(ctx, p)}`).join('\n');
  return say(ctx, {
    zh: `现在可用的优惠：\n${lines}\n能叠加的会一起算，结算时自动按规则取到手价更低的组合。告诉我想买哪几件，我帮您算总价。`,
    en: `Promotions you can use now:\n${lines}\nOffers that combine are added together, and checkout takes the combination with the lower total. Tell me what you'd like to buy and I'll work out the total.`,
  });
}
