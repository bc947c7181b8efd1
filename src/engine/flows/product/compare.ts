/**
 * "A款和B款有什么区别": two products side by side on price, material, fit and the other
 * attributes both list, in neutral words. The two come from the message (two names, or
 * "第一个和第二个" / "这两个" from what was shown), or one name plus the product in focus.
 */
import type { Product } from '../../../domain/bundle.ts';
import { normalizeText } from '../../catalog/catalog-tokens.ts';
import { nameProducts } from '../../catalog/name-products.ts';
import { textIn } from '../../replies/render.ts';
import {
  answered,
  say,
  stalled,
  type Flow,
  type FlowResult,
  type TurnContext,
} from '../../turn/turn-context.ts';
import { freshStock } from '../fresh-stock.ts';
import { attributeLabel, SUMMARY_KEYS } from './attribute-words.ts';
import { pricePromotionFlow } from './price-promotion.ts';
import { priceLabel, productCard, titleOf } from './product-card.ts';
import { productInfoFlow } from './product-info.ts';
import { shownProduct } from './product-focus.ts';

const SPLIT =
  /和|与|跟|還是|还是|或者|对比|對比|比较|比較|\bvs\.?\b|\bversus\b|\band\b|\bor\b|、|,|，|\//i;
const BOTH = /这两|這兩|两个|兩個|两款|兩款|\bthese two\b|\bboth\b|\bthe two\b/i;

// "A和B一起多少钱" is a price question about a cart, not a comparison.
const TOTAL = /一起|一共|总共|加起来|together|in total|\btotal\b/i;
const COMPARING = /区别|不同|对比|比较|哪个|哪款|差别|差异|vs|versus|differ|compare|which/i;

/** Handles comparisons. */
export const compareFlow: Flow = async (ctx) => {
  const plain = normalizeText(ctx.u.text);
  if (TOTAL.test(plain) && /多少|价|钱|how much|price|cost/i.test(plain)) {
    return pricePromotionFlow(ctx);
  }
  const pair = pairOf(ctx);
  if (!pair && !COMPARING.test(plain) && nameProducts(ctx.shop, plain).length === 1) {
    return productInfoFlow(ctx);
  }
  if (!pair) return askPair(ctx);
  const [a, b] = pair;
  ctx.state.awaiting = null;
  ctx.state.shown = { kind: 'products', ids: [a.id, b.id] };
  const [sa, sb] = [await freshStock(ctx, a), await freshStock(ctx, b)];
  return answered({
    text: comparison(ctx, a, b),
    parts: [productCard(ctx, a, sa), productCard(ctx, b, sb)],
  });
};

/** The two products the message means, or null. */
function pairOf(ctx: TurnContext): [Product, Product] | null {
  const shown = ctx.state.shown;
  const byId = (id: string | undefined | null) => ctx.shop.products.find((p) => p.id === id);
  if (shown?.kind === 'products' && shown.ids.length === 2 && BOTH.test(ctx.u.text)) {
    const [a, b] = [byId(shown.ids[0]), byId(shown.ids[1])];
    if (a && b) return [a, b];
  }
  const found: Product[] = [];
  for (const part of normalizeText(ctx.u.text).split(SPLIT)) {
    const one = shownProduct(ctx, part) ?? single(ctx, part);
    if (one && !found.includes(one)) found.push(one);
  }
  const focus = byId(ctx.state.productId);
  if (found.length === 1 && focus && !found.includes(focus)) found.unshift(focus);
  const [a, b] = found;
  return a && b ? [a, b] : null;
}

function single(ctx: TurnContext, part: string): Product | null {
  const named = nameProducts(ctx.shop, part);
  return named.length === 1 ? (named[0] ?? null) : null;
}

function comparison(ctx: TurnContext, a: Product, b: Product): string {
  const currency = ctx.shop.shop.currency;
  const colon = ctx.lang === 'zh' ? '：' : ': ';
  const both = say(ctx, { zh: '都是', en: 'both ' });
  const row = (label: string, x: string, y: string) =>
    `${capital(label)}${colon}${x === y ? `${both}${ctx.lang === 'en' ? lower(x) : x}` : `${x} / ${y}`}`;
  const shared = [
    ...SUMMARY_KEYS,
    ...Object.keys(a.attributes).filter((k) => !SUMMARY_KEYS.includes(k)),
  ].filter((k) => a.attributes[k] !== undefined && b.attributes[k] !== undefined);
  const rows = [
    row(say(ctx, { zh: '价格', en: 'Price' }), priceLabel(a, currency), priceLabel(b, currency)),
    ...shared
      .slice(0, 5)
      .map((k) =>
        row(
          attributeLabel(k, ctx.lang),
          textIn(a.attributes[k], ctx.lang),
          textIn(b.attributes[k], ctx.lang),
        ),
      ),
  ];
  return say(ctx, {
    zh: `${titleOf(a, 'zh')} 和 ${titleOf(b, 'zh')} 的对比（前者 / 后者）：\n${rows.join('\n')}\n想了解尺码或库存，告诉我就行。`,
    en: `${titleOf(a, 'en')} vs ${titleOf(b, 'en')} (first / second):\n${rows.join('\n')}\nAsk me about sizes or stock if you like.`,
  });
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function askPair(ctx: TurnContext): FlowResult {
  const again = ctx.state.awaiting === 'product';
  ctx.state.awaiting = 'product';
  const reply = {
    text: say(ctx, {
      zh: '您想对比哪两款？把两件商品的名称告诉我就行。',
      en: 'Which two products would you like to compare? Just give me their names.',
    }),
    alternatives: [
      say(ctx, {
        zh: '我还没找到要对比的两件商品，能再说一下它们的名称吗？',
        en: "I couldn't find the two products yet. Could you name them again?",
      }),
    ],
  };
  return again ? stalled(reply) : answered(reply);
}
