/**
 * Price protection (shop-bundle.md): refund = (unit price paid − the lowest price of the same
 * sku in effect between payment and the earlier of now and payment + N days) × quantity.
 */
import type { OrderItem, PricePoint } from '../bundle.ts';
import { addDays } from '../clock.ts';

/** A price and the instant it took effect. */
interface Effective {
  price: number;
  from: number;
}

/**
 * The lowest price of `sku` in effect at any time in [start, end]: history points, and the
 * variant's current price from the last point on (throughout when there is no history).
 */
export function lowestPriceBetween(
  sku: string,
  history: readonly PricePoint[],
  currentPrice: number,
  start: Date,
  end: Date,
  paidPrice: number,
): number {
  const points: Effective[] = history
    .filter((p) => p.sku === sku)
    .map((p) => ({ price: p.price, from: new Date(p.from).getTime() }))
    .sort((a, b) => a.from - b.from);
  const s = start.getTime();
  const e = end.getTime();
  if (points.length === 0) return currentPrice;
  // In effect at `start`: the last point at or before it; with none, what the customer paid.
  const before = points.filter((p) => p.from <= s).at(-1);
  const inEffect: number[] = [before ? before.price : paidPrice];
  for (const p of points) if (p.from > s && p.from <= e) inEffect.push(p.price);
  // The variant's current price is in effect from the last history point on.
  const last = points.at(-1);
  if (!last || last.from <= e) inEffect.push(currentPrice);
  return Math.min(...inEffect);
}

/** The refund owed for one order line, 0 when none (rounded to cents). */
export function priceProtectionRefund(input: {
  item: OrderItem;
  paidAt: string;
  now: Date;
  days: number;
  history: readonly PricePoint[];
  currentPrice: number;
}): number {
  if (input.days <= 0) return 0;
  const start = new Date(input.paidAt);
  const limit = addDays(start, input.days);
  if (input.now.getTime() < start.getTime()) return 0;
  const end = input.now.getTime() < limit.getTime() ? input.now : limit;
  const { sku, unit_price: paid } = input.item;
  const lowest = lowestPriceBetween(sku, input.history, input.currentPrice, start, end, paid);
  const refund = (input.item.unit_price - lowest) * input.item.quantity;
  return refund > 0 ? Math.round(refund * 100) / 100 : 0;
}
