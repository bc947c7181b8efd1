/**
 * The price of a cart under the shop's promotions (shop-bundle.md): item-level percent
 * discounts first, then thresholds and coupons on the discounted subtotal; a non-stackable
 * promotion combines with nothing. The quote is the lowest total the rules allow.
 */
import type { Promotion } from '../bundle.ts';

/** One cart line, priced at the variant's current price. */
export interface CartLine {
  sku: string;
  category: string;
  unitPrice: number;
  quantity: number;
}

/** The best total and the promotions that reach it. */
export interface CartQuote {
  subtotal: number;
  total: number;
  discount: number;
  applied: Array<{ id: string; saving: number }>;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** Whether `p` is running at `now` (missing bounds are open). */
export function isActive(p: Promotion, now: Date): boolean {
  const t = now.getTime();
  if (p.starts && new Date(p.starts).getTime() > t) return false;
  if (p.ends && new Date(p.ends).getTime() < t) return false;
  return true;
}

const eligible = (p: Promotion, line: CartLine) =>
  !p.categories || p.categories.length === 0 || p.categories.includes(line.category);

function priceWith(set: readonly Promotion[], lines: readonly CartLine[], codes: Set<string>) {
  const applied: Array<{ id: string; saving: number }> = [];
  const lineTotals = lines.map((l) => l.unitPrice * l.quantity);
  for (const p of set.filter((q) => q.kind === 'percent')) {
    let saving = 0;
    lines.forEach((line, i) => {
      if (!eligible(p, line)) return;
      const before = lineTotals[i] ?? 0;
      const after = (before * (p.percent ?? 100)) / 100;
      saving += before - after;
      lineTotals[i] = after;
    });
    if (saving > 0) applied.push({ id: p.id, saving: cents(saving) });
  }
  let total = lineTotals.reduce((a, b) => a + b, 0);
  for (const p of set.filter((q) => q.kind !== 'percent')) {
    const base = lines.reduce((sum, l, i) => sum + (eligible(p, l) ? (lineTotals[i] ?? 0) : 0), 0);
    const saving = orderLevelSaving(p, base, codes);
    if (saving > 0) {
      applied.push({ id: p.id, saving: cents(saving) });
      total -= saving;
    }
  }
  return { total: cents(Math.max(0, total)), applied };
}

function orderLevelSaving(p: Promotion, base: number, codes: Set<string>): number {
  const off = p.off ?? 0;
  if (p.kind === 'threshold') {
    const threshold = p.threshold ?? 0;
    if (threshold <= 0 || base < threshold) return 0;
    return p.repeat ? Math.floor(base / threshold + 1e-9) * off : off;
  }
  if (p.kind === 'coupon') {
    if (!p.code || !codes.has(p.code.toUpperCase())) return 0;
    return base >= (p.min_spend ?? 0) ? Math.min(off, base) : 0;
  }
  return 0;
}

function allowedSets(promotions: readonly Promotion[]): Promotion[][] {
  const stackable = promotions.filter((p) => p.stackable !== false);
  const sets: Promotion[][] = promotions.filter((p) => p.stackable === false).map((p) => [p]);
  const n = Math.min(stackable.length, 12);
  for (let mask = 0; mask < 1 << n; mask++) {
    sets.push(stackable.slice(0, n).filter((_, i) => (mask >> i) & 1));
  }
  return sets;
}

/** The lowest total for `lines` at `now`, given the coupon codes the customer holds. */
export function quoteCart(
  lines: readonly CartLine[],
  promotions: readonly Promotion[],
  now: Date,
  couponCodes: readonly string[] = [],
): CartQuote {
  const subtotal = cents(lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0));
  const codes = new Set(couponCodes.map((c) => c.toUpperCase()));
  const active = promotions.filter((p) => isActive(p, now));
  let best = { total: subtotal, applied: [] as Array<{ id: string; saving: number }> };
  for (const set of allowedSets(active)) {
    const priced = priceWith(set, lines, codes);
    if (priced.total < best.total - 1e-9) best = priced;
  }
  return {
    subtotal,
    total: best.total,
    discount: cents(subtotal - best.total),
    applied: best.applied,
  };
}
