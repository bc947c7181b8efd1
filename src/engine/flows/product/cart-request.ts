/**
 * The cart a price question describes: "风衣和牛仔裤一起多少钱", "A plus B with code 618VIP",
 * "第一个和第二个一起", or "两件一起" about the two products just shown. Each part of the
 * message names one product (a part naming several leaves the cart unclear); a count in a part
 * ("3件T恤") is that product's quantity, while "两件一起" counts the products, not units.
 */
import type { Product } from '../../../domain/bundle.ts';
import { normalizeText } from '../../catalog/catalog-tokens.ts';
import { nameProducts } from '../../catalog/name-products.ts';
import type { TurnContext } from '../../turn/turn-context.ts';
import { shownProduct } from './product-focus.ts';

/** One product of the cart; `quantity` null when the part gave none. */
export interface CartItem {
  product: Product;
  quantity: number | null;
}

/** A cart of two or more products, one whose part names several products, or no cart. */
export type CartRequest =
  | { kind: 'cart'; items: CartItem[] }
  | { kind: 'unclear'; known: Product[]; options: Product[] }
  | { kind: 'none' };

const SPLIT = /和|与|與|跟|加上|还有|還有|以及|\+|、|,|，|;|；|\band\b|\bplus\b|\bwith\b|\b&\b/i;
const TOGETHER =
  /一起|一共|总共|總共|合计|合計|加起来|加起來|together|in total|\bboth\b|\btotal\b|这两|這兩/i;
// "两件一起" counts the products, so it is no quantity.
const COUNT_OF_ITEMS =
  /(?:这|這)?(?:两|兩|2)\s*(?:件|样|樣|个|個|款)(?=\s*(?:一起|一共|总共|加起))/g;
const NUMBERS: Record<string, number> = {
  一: 1,
  两: 2,
  兩: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const QUANTITY =
  /(\d+|[一两兩二三四五六七八九十])\s*(?:件|条|條|双|雙|个|個|只|顶|頂|套|把|盒|pcs?\b|pieces?\b|pairs?\b)|[x×]\s*(\d+)\b/i;

function quantityIn(part: string): number | null {
  const m = QUANTITY.exec(part);
  const raw = m?.[1] ?? m?.[2];
  if (!raw) return null;
  const n = NUMBERS[raw] ?? Number(raw);
  return Number.isInteger(n) && n > 0 ? n : null;
}

function byId(ctx: TurnContext, id: string | null | undefined): Product | undefined {
  return ctx.shop.products.find((p) => p.id === id);
}

/** The cart the message describes, by the rules in the header. */
export function cartRequest(ctx: TurnContext): CartRequest {
  const text = normalizeText(ctx.u.text).replace(COUNT_OF_ITEMS, ' ');
  const items: CartItem[] = [];
  let options: Product[] = [];
  for (const part of text.split(SPLIT)) {
    const shown = shownProduct(ctx, part);
    const named = shown ? [shown] : nameProducts(ctx.shop, part);
    const [one] = named;
    if (named.length > 1 && options.length === 0) options = named;
    if (!one || named.length > 1 || items.some((i) => i.product.id === one.id)) continue;
    items.push({ product: one, quantity: quantityIn(part) });
  }
  const together = TOGETHER.test(text);
  const focus = byId(ctx, ctx.state.productId);
  const [first] = items;
  if (items.length === 1 && first && together && focus && focus.id !== first.product.id) {
    items.unshift({ product: focus, quantity: null });
  }
  if (items.length === 0 && together && ctx.state.shown?.kind === 'products') {
    const pair = ctx.state.shown.ids.map((id) => byId(ctx, id));
    if (pair.length === 2) {
      for (const p of pair) if (p) items.push({ product: p, quantity: null });
    }
  }
  const known = items.map((i) => i.product);
  // A part naming several products, one of them already in the cart, is that product again.
  if (options.length > 0 && known.length > 0 && !options.some((o) => known.includes(o))) {
    return { kind: 'unclear', known, options };
  }
  return items.length >= 2 ? { kind: 'cart', items } : { kind: 'none' };
}
