/**
 * "送男朋友买什么好" / "推荐一件200以内的夏天穿的T恤" / "recommend something under 200": up to
 * three products of the kind asked for, in stock now (read fresh) and within the budget, ranked
 * by the request's words over titles, categories, tags and attributes; shown as cards and
 * remembered so "第二个" resolves. When nothing fits, it says so and offers the nearest, labelled.
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
import { budgetOf, recommendPool } from './recommend-pool.ts';
import { recommendWords } from './recommend-words.ts';

const MAX = 3;

interface Pick {
  product: Product;
  variant: Variant;
  stock: Map<string, number>;
}

/** Handles recommendation requests. */
export const recommendFlow: Flow = async (ctx) => {
  const budget = budgetOf(ctx);
  const pool = recommendPool(ctx);
  const picks = await pickFrom(ctx, rank(ctx, pool.products), budget);
  if (picks.length > 0) return listed(ctx, picks, budget);
  const over = await pickFrom(ctx, pool.products, undefined, pool.products.length);
  over.sort((a, b) => a.variant.price - b.variant.price);
  if (over.length > 0) return nearest(ctx, over.slice(0, 2), 'over_budget', pool.kind, budget);
  const others = pool.kind ? await pickFrom(ctx, rank(ctx, ctx.shop.products), budget) : [];
  if (others.length > 0) return nearest(ctx, others, 'other_kind', pool.kind, budget);
  return nothingFits(ctx, budget);
};

async function pickFrom(
  ctx: TurnContext,
  ranked: Product[],
  budget: number | undefined,
  max = MAX,
): Promise<Pick[]> {
  const picks: Pick[] = [];
  for (const product of ranked) {
    if (picks.length >= max) break;
    const pick = await inStockWithin(ctx, product, budget);
    if (pick) picks.push(pick);
  }
  return picks;
}

/** The pool, products matching the request's words first, the rest after (bestsellers first). */
function rank(ctx: TurnContext, pool: Product[]): Product[] {
  const popular = (p: Product) => ((p.tags ?? []).includes('bestseller') ? 0 : 1);
  const rest = [...pool].sort((a, b) => popular(a) - popular(b));
  const allowed = new Set(pool.map((p) => p.id));
  const hits = searchProducts(ctx.shop, recommendWords(ctx.u.text), 'all')
    .filter((h) => allowed.has(h.product.id))
    .map((h) => h.product);
  return [...new Set([...hits, ...(hits.length > 0 && pool.length > MAX ? [] : rest)])];
}

async function inStockWithin(
  ctx: TurnContext,
  product: Product,
  budget: number | undefined,
): Promise<Pick | null> {
  const affordable = product.variants.filter((v) => budget === undefined || v.price <= budget);
  if (affordable.length === 0) return null;
  const stock = await freshStock(ctx, product);
  const [variant] = affordable
    .filter((v) => (stock.get(v.sku) ?? 0) > 0)
    .sort((a, b) => a.price - b.price);
  return variant ? { product, variant, stock } : null;
}

function lines(ctx: TurnContext, picks: Pick[]): string {
  const currency = ctx.shop.shop.currency;
  return picks
    .map((p, i) => {
      const material = textIn(p.product.attributes['material'], ctx.lang);
      const price = money(p.variant.price, currency);
      const about = material ? say(ctx, { zh: `（${material}）`, en: ` (${material})` }) : '';
      return `${i + 1}. ${titleOf(p.product, ctx.lang)} ${price}${about}`;
    })
    .join('\n');
}

function shown(ctx: TurnContext, picks: Pick[]): FlowResult['replies'][number]['parts'] {
  ctx.state.shown = { kind: 'products', ids: picks.map((p) => p.product.id) };
  if (picks.length === 1 && picks[0]) ctx.state.productId = picks[0].product.id;
  return picks.map((p) => productCard(ctx, p.product, p.stock));
}

function listed(ctx: TurnContext, picks: Pick[], budget: number | undefined): FlowResult {
  const within = budget !== undefined ? money(budget, ctx.shop.shop.currency) : '';
  return answered({
    text: say(ctx, {
      zh: `${within ? `${within} 以内、` : ''}现在有货的，可以看看这几款：\n${lines(ctx, picks)}\n想了解哪一款，回复序号就行。`,
      en: `${within ? `Within ${within} and in` : 'In'} stock now, you could look at:\n${lines(ctx, picks)}\nReply with a number to hear more about one.`,
    }),
    parts: shown(ctx, picks),
  });
}

function nearest(
  ctx: TurnContext,
  picks: Pick[],
  why: 'over_budget' | 'other_kind',
  kind: string | null,
  budget: number | undefined,
): FlowResult {
  const within = budget !== undefined ? money(budget, ctx.shop.shop.currency) : '';
  const what = kind ?? say(ctx, { zh: '商品', en: 'item' });
  const none = say(ctx, {
    zh: `${within ? `${within} 以内` : ''}暂时没有有货的${what}。`,
    en: `There's no ${what} in stock${within ? ` within ${within}` : ''} right now.`,
  });
  const offer =
    why === 'over_budget'
      ? say(ctx, {
          zh: '有货但超出预算的有：',
          en: 'In stock but over your budget:',
        })
      : say(ctx, {
          zh: `预算内有货的其他品类（不是${what}）：`,
          en: `Other kinds of item within budget, not ${what}:`,
        });
  return answered({
    text: `${none}\n${offer}\n${lines(ctx, picks)}\n${say(ctx, { zh: '想了解哪一款，回复序号就行。', en: 'Reply with a number to hear more about one.' })}`,
    parts: shown(ctx, picks),
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
