/** Background orders for customers c023–c036, drawn from a seeded PRNG (identical every run). */
import { PRODUCTS } from './catalog.ts';
import type { BuiltCustomer } from './customers.ts';
import type { AfterSale, OrderSpec } from './order-model.ts';
import { priceAt } from './pricing.ts';
import { MIN_SUBTOTAL, regionOf, TRANSIT_HOURS } from './regions.ts';
import type { Carrier } from './tracking.ts';
import { iso, NOW_MS, plusHours, Rng } from './util.ts';

const HOUR = 3_600_000;
const COUNT = 96;
const NON_RETURNABLE = new Set(['underwear', 'socks']);

function pickCarrier(rng: Rng): Carrier {
  const r = rng.next();
  return r < 0.45 ? 'SF' : r < 0.85 ? 'ZTO' : r < 0.95 ? 'YTO' : 'JD';
}

/** A shop-local time between 07:00 and 23:59, `ageHours` (roughly) before NOW. */
function createdTime(rng: Rng, ageHours: number): string {
  const ms = NOW_MS - ageHours * HOUR;
  const localHour = new Date(ms + 8 * HOUR).getUTCHours();
  const shift = localHour < 7 ? (localHour + 1 + rng.int(0, 3)) * HOUR : 0;
  return iso(Math.min(ms - shift, NOW_MS - 10 * 60_000));
}

export function randomOrders(customers: BuiltCustomer[]): OrderSpec[] {
  const rng = new Rng(618);
  const pool = customers.filter((c) => c.id >= 'c023');
  const specs: (OrderSpec & { created: string })[] = [];
  for (let n = 0; n < COUNT; n++) {
    const customer = pool[(n * 3) % pool.length];
    if (!customer) throw new Error('no background customers');
    const address = customer.addresses[0];
    if (!address) throw new Error(`customer ${customer.id} has no address`);
    const region = regionOf(address.region);
    const age =
      n < 10 ? rng.next() * 20 : n < 24 ? 20 + rng.next() * 100 : 24 * (5 + rng.next() * 50);
    const created = createdTime(rng, age);

    const items: [string, number][] = [];
    let subtotal = 0;
    const lines = rng.chance(0.55) ? 1 : rng.int(2, 4);
    while (items.length < lines || subtotal < MIN_SUBTOTAL[region.group]) {
      const product = rng.pick(PRODUCTS);
      const variant = rng.pick(product.variants);
      if (items.some(([sku]) => sku === variant.sku)) continue;
      const qty = rng.chance(0.15) ? 2 : 1;
      items.push([variant.sku, qty]);
      subtotal += qty * priceAt(variant.sku, created);
    }

    const base = { seq: 0, customer: customer.id, items, created, carrier: pickCarrier(rng) };
    const r = rng.next();
    if (r < 0.07) {
      const paidFirst = rng.chance(0.5);
      const paid = paidFirst ? plusHours(created, rng.int(1, 10) / 60) : undefined;
      const cancelled = iso(
        Math.min(Date.parse(plusHours(created, rng.int(1, 20) + 0.2)), NOW_MS - 5 * 60_000),
      );
      const after: AfterSale[] = [
        paid
          ? {
              type: 'cancel_order',
              status: 'refunded',
              at: cancelled,
              reason: 'changed_mind',
              refund_amount: Math.round(subtotal * 100) / 100,
              refunded_at: plusHours(cancelled, 0.02),
            }
          : { type: 'cancel_order', status: 'completed', at: cancelled, reason: 'changed_mind' },
      ];
      specs.push({
        ...base,
        status: 'cancelled',
        ...(paid ? { paid } : {}),
        cancelled,
        after_sales: after,
      });
      continue;
    }
    if (age < 20 && r < 0.3) {
      specs.push({ ...base, status: 'pending' });
      continue;
    }
    const paid = plusHours(created, rng.int(1, 15) / 60);
    const shipped = plusHours(paid, 5 + rng.int(0, 35));
    const delivered = plusHours(shipped, TRANSIT_HOURS[region.group] + rng.int(-4, 10));
    if (Date.parse(shipped) > NOW_MS) {
      specs.push({ ...base, status: 'paid', paid });
    } else if (Date.parse(delivered) > NOW_MS) {
      specs.push({ ...base, status: 'shipped', paid, shipped });
    } else {
      specs.push({
        ...base,
        status: 'delivered',
        paid,
        shipped,
        delivered,
        after_sales: afterSales(rng, items, created, delivered),
      });
    }
  }
  // Sequence numbers 0101+ per creation day, in creation order.
  specs.sort((a, b) => a.created.localeCompare(b.created));
  const perDay = new Map<string, number>();
  for (const spec of specs) {
    const day = spec.created.slice(0, 10);
    const next = (perDay.get(day) ?? 100) + 1;
    perDay.set(day, next);
    spec.seq = next;
  }
  return specs;
}

/** Occasionally an earlier return or exchange, made inside its window. */
function afterSales(
  rng: Rng,
  items: [string, number][],
  created: string,
  delivered: string,
): AfterSale[] {
  const first = items[0];
  if (!first || NOW_MS - Date.parse(delivered) < 4 * 24 * HOUR) return [];
  const [sku, quantity] = first;
  const product = PRODUCTS.find((p) => sku.startsWith(`${p.id}-`));
  if (!product || NON_RETURNABLE.has(product.category)) return [];
  const r = rng.next();
  const at = plusHours(delivered, 24 + rng.int(0, 72));
  if (r < 0.1) {
    const refund = Math.round(priceAt(sku, created) * quantity * 100) / 100;
    const received = plusHours(at, 60);
    if (Date.parse(plusHours(received, 72)) > NOW_MS) return [];
    return [
      {
        type: 'return',
        status: 'refunded',
        at,
        items: [{ sku, quantity }],
        reason: 'no_reason',
        refund_amount: refund,
        received_at: received,
        refunded_at: plusHours(received, 48),
      },
    ];
  }
  if (r < 0.17) {
    const from = product.variants.find((v) => v.sku === sku);
    const color = from?.options['color'];
    const candidates = product.variants.filter((v) => v.sku !== sku && v.stock > 0);
    const other = candidates.find((v) => v.options['color'] === color) ?? candidates[0];
    if (!other || Date.parse(plusHours(at, 100)) > NOW_MS) return [];
    return [
      {
        type: 'exchange',
        status: 'completed',
        at,
        items: [{ from_sku: sku, to_sku: other.sku }],
        reason: other.options['color'] === color ? 'size' : 'color',
        completed_at: plusHours(at, 96),
      },
    ];
  }
  return [];
}
