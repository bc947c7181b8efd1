/**
 * "送男朋友买什么好" / "有没有适合夏天的" / "recommend something under 200": up to three
 * products in stock now (read fresh) within the budget, matching the request's words over
 * titles, categories, tags and attributes, shown as cards and remembered so "第二个" resolves.
 */
import type { Product, Variant } from '../../../domain/bundle.ts';
import { searchProducts } from '../../catalog/catalog-index.ts';
import { money, textIn } from '../../replies/render.ts';
import {
  answered,
  say,
  type Flow,
  type FlowResult,
  type TurnContext,
} from '../../turn/turn-context.ts';
import { freshStock } from '../fresh-stock.ts';
import { productCard, titleOf } from './product-card.ts';
import { audienceOf, recommendWords, suits } from './recommend-words.ts';

const MAX = 3;

interface Pick {
  product: Product;
  variant: Variant;
  stock: Map<string, number>;
}

/** Handles recommendation requests. */
export const recommendFlow: Flow = async (ctx) => {
  const budget = ctx.u.slots.budget ?? ctx.state.slots.budget;
  const audience = audienceOf(ctx.u.text);
  const pool = ctx.shop.products.filter((p) => suits(p, audience));
  const ranked = rank(ctx, pool);
  const picks: Pick[] = [];
  for (const product of ranked) {
    if (picks.length >= MAX) break;
    const pick = await inStockWithin(ctx, product, budget);
    if (pick) picks.push(pick);
  }
  if (picks.length === 0) return nothingFits(ctx, budget);
  ctx.state.shown = { kind: 'products', ids: picks.map((p) => p.product.id) };
  if (picks.length === 1 && picks[0]) ctx.state.productId = picks[0].product.id;
  return listed(ctx, picks, budget);
};

/** Products matching the request's words first; the rest of the pool after (bestsellers first). */
function rank(ctx: TurnContext, pool: Product[]): Product[] {
  const allowed = new Set(pool.map((p) => p.id));
  const hits = searchProducts(ctx.shop, recommendWords(ctx.u.text), 'all')
    .filter((h) => allowed.has(h.product.id))
    .map((h) => h.product);
  if (hits.length > 0) return hits;
  const popular = (p: Product) => ((p.tags ?? []).includes('bestseller') ? 0 : 1);
  return [...pool].sort((a, b) => popular(a) - popular(b));
}

async function inStockWithin(
  ctx: TurnContext,
  product: Product,
  budget: number | undefined,
): Promise<Pick | null> {
  const affordable = product.variants.filter((v) => budget === undefined || v.price <= budget);
  if (affordable.length === 0) return null;
  const stock = await freshStock(ctx, product);
  const available = affordable
    .filter((v) => (stock.get(v.sku) ?? 0) > 0)
    .sort((a, b) => a.price - b.price);
  const [variant] = available;
  return variant ? { product, variant, stock } : null;
}

function listed(ctx: TurnContext, picks: Pick[], budget: number | undefined): FlowResult {
  const currency = ctx.shop.shop.currency;
  const lines = picks.map((p, i) => {
    const material = textIn(p.product.attributes['material'], ctx.lang);
    const price = money(p.variant.price, currency);
    return `${i + 1}. ${titleOf(p.product, ctx.lang)} ${price}${material ? `（${material}）` : ''}`;
  });
  const within = budget !== undefined ? money(budget, currency) : '';
  return answered({
    text: say(ctx, {
      zh: `${within ? `${within} 以内、` : ''}现在有货的，可以看看这几款：\n${lines.join('\n')}\n想了解哪一款，回复序号就行。`,
      en: `${within ? `Within ${within} and ` : ''}${within ? 'in' : 'In'} stock now, you could look at:\n${lines.join('\n').replace(/（/g, ' (').replace(/）/g, ')')}\nReply with a number to hear more about one.`,
    }),
    parts: picks.map((p) => productCard(ctx, p.product, p.stock)),
  });
}

function nothingFits(ctx: TurnContext, budget: number | undefined): FlowResult {
  const within = budget !== undefined ? money(budget, ctx.shop.shop.currency) : '';
  return answered({
    text: say(ctx, {
      zh: `${within ? `${within} 以内` : '按您说的条件'}暂时没有有货的合适商品。可以放宽一点预算或换个品类，我再帮您找。`,
      en: `I couldn't find anything in stock ${within ? `within ${within}` : 'that matches'} right now. Could you widen the budget or try another category?`,
    }),
  });
}
