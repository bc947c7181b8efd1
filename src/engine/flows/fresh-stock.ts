/** Current stock of a product's variants, read from the store (the catalogue snapshot may lag). */
import type { Product } from '../../domain/bundle.ts';
import { optionsLabel } from '../orders/order-items.ts';
import { day, paren } from '../replies/render.ts';
import type { TurnContext } from '../turn/turn-context.ts';

/** sku → units in stock now. */
export async function freshStock(ctx: TurnContext, product: Product): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const v of product.variants) {
    out.set(v.sku, (await ctx.deps.stores.catalog.stockOf(ctx.shop.shop.id, v.sku)) ?? 0);
  }
  return out;
}

/** "白色 / L（p1-white-L）" for the in-stock variants sharing `keep` options, comma-joined. */
export function inStockList(
  ctx: TurnContext,
  product: Product,
  stock: Map<string, number>,
  keep: Record<string, string> = {},
): string {
  return product.variants
    .filter(
      (v) =>
        (stock.get(v.sku) ?? 0) > 0 &&
        Object.entries(keep).every(([k, val]) => v.options[k] === val),
    )
    .map((v) => `${optionsLabel(v.options, ctx.lang)}${paren(v.sku, ctx.lang)}`)
    .join(ctx.lang === 'zh' ? '、' : ', ');
}

/** When a variant (or its product) is expected back in stock, as a date; '' when unknown. */
export function restockDay(ctx: TurnContext, product: Product, sku: string): string {
  const variant = product.variants.find((v) => v.sku === sku);
  const when = variant?.restock_date ?? product.restock_date;
  return when ? day(when, ctx.shop.shop.timezone) : '';
}
