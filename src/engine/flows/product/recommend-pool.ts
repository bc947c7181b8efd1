/**
 * What a recommendation may pick from: the kind of product named ("T恤" keeps to T-shirts), for
 * the person it is for, and the budget, read from the slots or else from the words ("200以内",
 * "under 300") so a number misread as a height still bounds the price.
 */
import type { Product } from '../../../domain/bundle.ts';
import { normalizeText } from '../../catalog/catalog-tokens.ts';
import { productsOfType } from '../../catalog/products-of-type.ts';
import type { TurnContext } from '../../turn/turn-context.ts';
import { audienceOf, suits } from './recommend-words.ts';

/** The products to choose among and whether the request named a kind of product. */
export interface RecommendPool {
  products: Product[];
  kind: string | null;
}

const WITHIN = /(\d+(?:\.\d+)?)\s*(?:元|块|塊|rmb|¥|hk\$)?\s*(?:以内|以下|之内|內|内)/i;
const UNDER =
  /(?:under|below|less than|within|up to|at most|max|不超过|预算|預算)\s*[¥$]?\s*(\d+(?:\.\d+)?)/i;

/** The budget: the slot when understood, else a price ceiling in the words. */
export function budgetOf(ctx: TurnContext): number | undefined {
  const slot = ctx.u.slots.budget ?? ctx.state.slots.budget;
  if (slot !== undefined) return slot;
  const text = normalizeText(ctx.u.text);
  const found = WITHIN.exec(text)?.[1] ?? UNDER.exec(text)?.[1];
  return found ? Number(found) : undefined;
}

/** The products a request may pick from, by kind and audience. */
export function recommendPool(ctx: TurnContext): RecommendPool {
  const audience = audienceOf(ctx.u.text);
  const word = ctx.u.slots.product;
  const ofKind = word ? productsOfType(ctx.shop, word) : [];
  const base = ofKind.length > 0 ? ofKind : ctx.shop.products;
  return {
    products: base.filter((p) => suits(p, audience)),
    kind: ofKind.length > 0 && word ? word : null,
  };
}
