/**
 * "满减怎么算" / "618 多少钱": the product's current price, the promotions running now, and the
 * real price of the cart the customer describes (product × quantity) by the bundle's stacking
 * rules (quoteCart), naming the promotions that apply. Coupon codes the customer mentions are
 * remembered for later quotes.
 */
import type { Product, Promotion } from '../../../domain/bundle.ts';
import { isActive, quoteCart, type CartQuote } from '../../../domain/policy/cart-price.ts';
import { money, textIn } from '../../replies/render.ts';
import { answered, say, type Flow, type TurnContext } from '../../turn/turn-context.ts';
import { freshStock } from '../fresh-stock.ts';
import { priceLabel, productCard, titleOf } from './product-card.ts';
import { findFocus, focusProduct } from './product-focus.ts';
import { describePromotion } from './promotion-words.ts';
import { cartVariant } from './cart-variant.ts';

/** Handles price and promotion questions. */
export const pricePromotionFlow: Flow = async (ctx) => {
  rememberCodes(ctx);
  const active = ctx.shop.promotions.filter((p) => isActive(p, ctx.now));
  const list = promotionList(ctx, active);
  const focus = findFocus(ctx);
  if (focus.kind === 'many')
    return answered({ text: `${candidates(ctx, focus.products)}\n${list}` });
  if (focus.kind === 'none') return answered({ text: list });
  const picked = focusProduct(ctx, focus);
  if ('result' in picked) return picked.result;
  const { product } = picked;
  const stock = await freshStock(ctx, product);
  const quote = await cartQuote(ctx, product, stock);
  const own = promotionList(
    ctx,
    active.filter((p) => coversCategory(p, product.category)),
  );
  return answered({ text: `${quote}\n${own}`, parts: [productCard(ctx, product, stock)] });
};

function candidates(ctx: TurnContext, products: Product[]): string {
  ctx.state.shown = { kind: 'products', ids: products.map((p) => p.id) };
  const currency = ctx.shop.shop.currency;
  const lines = products.map(
    (p, i) => `${i + 1}. ${titleOf(p, ctx.lang)} ${priceLabel(p, currency)}`,
  );
  return say(ctx, {
    zh: `相关商品的现价：\n${lines.join('\n')}\n告诉我是哪一款和件数，我帮您算到手价。`,
    en: `Current prices:\n${lines.join('\n')}\nTell me which one and how many, and I'll work out the final price.`,
  });
}

const coversCategory = (p: Promotion, category: string): boolean =>
  !p.categories || p.categories.length === 0 || p.categories.includes(category);

function rememberCodes(ctx: TurnContext): void {
  const text = ctx.u.text.toUpperCase();
  for (const p of ctx.shop.promotions) {
    const code = p.code?.toUpperCase();
    if (!code || !new RegExp(`(^|[^A-Z0-9])${code}([^A-Z0-9]|$)`).test(text)) continue;
    if (!ctx.state.couponCodes.includes(code)) ctx.state.couponCodes.push(code);
  }
}

function promotionList(ctx: TurnContext, active: Promotion[]): string {
  if (active.length === 0) {
    return say(ctx, {
      zh: '目前没有进行中的优惠活动。',
      en: 'There are no promotions running right now.',
    });
  }
  const lines = active.map((p, i) => `${i + 1}. ${describePromotion(ctx, p)}`).join('\n');
  return say(ctx, {
    zh: `当前优惠：\n${lines}\n结算时按规则自动为您选择更省的组合。`,
    en: `Promotions now:\n${lines}\nCheckout picks the cheaper combination the rules allow.`,
  });
}

const applied = (ctx: TurnContext, quote: CartQuote): string =>
  quote.applied
    .map((a) => {
      const p = ctx.shop.promotions.find((x) => x.id === a.id);
      return `${textIn(p?.title, ctx.lang) || a.id} −${money(a.saving, ctx.shop.shop.currency)}`;
    })
    .join(ctx.lang === 'zh' ? '、' : ', ');

async function cartQuote(ctx: TurnContext, product: Product, stock: Map<string, number>) {
  const quantity = Math.max(1, ctx.u.slots.quantity ?? ctx.state.slots.quantity ?? 1);
  const { variant, note } = cartVariant(ctx, product, stock);
  const line = { sku: variant.sku, category: product.category, unitPrice: variant.price, quantity };
  const quote = quoteCart([line], ctx.shop.promotions, ctx.now, ctx.state.couponCodes);
  const m = (n: number) => money(n, ctx.shop.shop.currency);
  const name = `${titleOf(product, ctx.lang)}（${variant.sku}）× ${quantity}`;
  const used = applied(ctx, quote);
  const withCode = couponHint(ctx, line, quote);
  return say(ctx, {
    zh: `${titleOf(product, 'zh')}现价 ${priceLabel(product, ctx.shop.shop.currency)}。${name}：原价 ${m(quote.subtotal)}，${used ? `可用 ${used}，到手 ${m(quote.total)}` : `暂无可用优惠，合计 ${m(quote.total)}`}。${withCode}${note}`,
    en: `${titleOf(product, 'en')} costs ${priceLabel(product, ctx.shop.shop.currency)}. ${name.replace('（', ' (').replace('）', ')')}: ${m(quote.subtotal)} before discounts; ${used ? `with ${used} you pay ${m(quote.total)}` : `no promotion applies, total ${m(quote.total)}`}.${withCode ? ` ${withCode}` : ''}${note ? ` ${note}` : ''}`,
  });
}

/** What a coupon the customer does not hold yet would bring the total to, if lower. */
function couponHint(
  ctx: TurnContext,
  line: Parameters<typeof quoteCart>[0][number],
  now: CartQuote,
) {
  const codes = ctx.shop.promotions
    .filter((p) => p.kind === 'coupon' && p.code && isActive(p, ctx.now))
    .map((p) => (p.code ?? '').toUpperCase())
    .filter((c) => !ctx.state.couponCodes.includes(c));
  for (const code of codes) {
    const q = quoteCart([line], ctx.shop.promotions, ctx.now, [...ctx.state.couponCodes, code]);
    if (q.total < now.total - 1e-9) {
      const m = money(q.total, ctx.shop.shop.currency);
      const promo = ctx.shop.promotions.find((p) => p.code?.toUpperCase() === code);
      const title = textIn(promo?.title, ctx.lang);
      return say(ctx, {
        zh: `如可使用券码 ${code}${title ? `（${title}）` : ''}，到手 ${m}。`,
        en: `With code ${code}${title ? ` (${title})` : ''} it would be ${m}.`,
      });
    }
  }
  return '';
}
