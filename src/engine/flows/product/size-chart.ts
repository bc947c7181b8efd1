/**
 * A product's size chart (its category's, else the parent category's), the chart's optional
 * note, and how the advised size stands in stock in the customer's colour.
 */
import { z } from 'zod';
import { TextSchema, type Product, type SizeChart } from '../../../domain/bundle.ts';
import type { ShopSnapshot } from '../../../domain/ports.ts';
import { textIn } from '../../replies/render.ts';
import type { TurnContext } from '../../turn/turn-context.ts';
import { matchingVariants, optionValues, stockLists, variantStatus } from './variant-stock.ts';

/** The chart that sizes `product`, or null (accessories, socks). */
export function chartOf(shop: ShopSnapshot, product: Product): SizeChart | null {
  const category = shop.categories.find((c) => c.id === product.category);
  const parent = shop.categories.find((c) => c.id === category?.parent);
  const id = category?.size_chart ?? parent?.size_chart;
  const chart = id ? shop.sizeCharts[id] : undefined;
  const usable = chart?.rows.some(
    (r) => Array.isArray(r['height_cm']) || Array.isArray(r['weight_kg']),
  );
  return chart && usable ? chart : null;
}

const NoteSchema = z.object({ note: TextSchema }).loose();

/** The chart's own note ("go by waist for skirts"), as a sentence, or ''. */
export function chartNote(ctx: TurnContext, shop: ShopSnapshot, product: Product): string {
  const category = shop.categories.find((c) => c.id === product.category);
  const chart = category?.size_chart ? shop.sizeCharts[category.size_chart] : undefined;
  const parsed = NoteSchema.safeParse(chart);
  const note = parsed.success ? textIn(parsed.data.note, ctx.lang) : '';
  return note ? `${note}${ctx.lang === 'zh' ? '。' : '. '}` : '';
}

/** `size` if the product has it, else the product's size nearest in the chart's order. */
export function nearestSize(sizes: string[], size: string, chart: SizeChart | null): string {
  if (sizes.includes(size) || !chart) return sizes.includes(size) ? size : (sizes.at(-1) ?? size);
  const order = chart.rows.map((r) => r.size);
  const want = order.indexOf(size);
  const ranked = [...sizes].sort(
    (a, b) => Math.abs(order.indexOf(a) - want) - Math.abs(order.indexOf(b) - want),
  );
  return ranked[0] ?? size;
}

/** Stock of `size`: in the customer's colour when known, else per colour. */
export function sizeStock(
  ctx: TurnContext,
  product: Product,
  stock: Map<string, number>,
  size: string,
): string {
  const wanted = ctx.state.slots.color;
  const color = wanted && optionValues(product, 'color').includes(wanted) ? wanted : undefined;
  const variants = matchingVariants(product, { size, color });
  const [only] = variants;
  const end = ctx.lang === 'zh' ? '。' : '.';
  if (only && variants.length === 1) return `${variantStatus(ctx, product, stock, only)}${end}`;
  const { inStock, soldOut } = stockLists(ctx, product, stock, variants);
  const zh = `${inStock ? `${size} 码现在有货的：${inStock}。` : `${size} 码暂时都缺货。`}${soldOut ? `${soldOut}。` : ''}`;
  const en = `${inStock ? `In stock in ${size}: ${inStock}.` : `${size} is out of stock in every colour.`}${soldOut ? ` ${soldOut}.` : ''}`;
  return ctx.lang === 'zh' ? zh : en;
}
