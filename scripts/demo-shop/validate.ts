/** Validates a bundle against the zod schema and checks referential integrity. */
import { BundleSchema, type Bundle } from '../../src/domain/bundle.ts';

export interface CheckOptions {
  /** A house style for order ids (the format itself treats ids as opaque). */
  orderId?: RegExp;
}

/** Returns the parsed bundle or throws with every problem listed by JSON path. */
export function validateBundle(raw: unknown, label: string, options: CheckOptions = {}): Bundle {
  const parsed = BundleSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.map(String).join('.') || '(root)'}: ${i.message}`,
    );
    throw new Error(`${label}: schema validation failed\n${lines.join('\n')}`);
  }
  const problems = integrityProblems(parsed.data, options);
  if (problems.length > 0) {
    throw new Error(
      `${label}: ${problems.length} integrity problems\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  return parsed.data;
}

function dupes(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

const ms = (time: string | null | undefined): number | null => (time ? Date.parse(time) : null);

export function integrityProblems(b: Bundle, options: CheckOptions = {}): string[] {
  const out: string[] = [];
  const categories = new Set(b.categories.map((c) => c.id));
  const skus = new Map<string, { price: number }>();
  const skuCategory = new Map<string, string>();

  for (const d of dupes(b.categories.map((c) => c.id))) out.push(`categories: duplicate id ${d}`);
  b.categories.forEach((c, i) => {
    if (c.parent && !categories.has(c.parent))
      out.push(`categories.${i}.parent: unknown category ${c.parent}`);
    if (c.size_chart && !b.size_charts[c.size_chart])
      out.push(`categories.${i}.size_chart: unknown chart ${c.size_chart}`);
  });
  for (const key of ['non_returnable_categories'] as const) {
    b.policies[key].forEach((id, i) => {
      if (!categories.has(id)) out.push(`policies.${key}.${i}: unknown category ${id}`);
    });
  }
  for (const d of dupes(b.products.map((p) => p.id))) out.push(`products: duplicate id ${d}`);
  b.products.forEach((p, i) => {
    if (!categories.has(p.category))
      out.push(`products.${i}.category: unknown category ${p.category}`);
    p.variants.forEach((v, j) => {
      if (skus.has(v.sku)) out.push(`products.${i}.variants.${j}.sku: duplicate sku ${v.sku}`);
      skus.set(v.sku, { price: v.price });
      skuCategory.set(v.sku, p.category);
    });
  });
  const lastPoint = new Map<string, { from: number; price: number }>();
  b.price_history.forEach((p, i) => {
    if (!skus.has(p.sku)) out.push(`price_history.${i}.sku: unknown sku ${p.sku}`);
    const at = Date.parse(p.from);
    const last = lastPoint.get(p.sku);
    if (!last || at > last.from) lastPoint.set(p.sku, { from: at, price: p.price });
  });
  for (const [sku, last] of lastPoint) {
    const current = skus.get(sku)?.price;
    if (current !== undefined && current !== last.price) {
      out.push(
        `price_history: latest price of ${sku} is ${last.price}, variant price is ${current}`,
      );
    }
  }
  b.promotions.forEach((p, i) => {
    p.categories?.forEach((c, j) => {
      if (!categories.has(c)) out.push(`promotions.${i}.categories.${j}: unknown category ${c}`);
    });
  });

  const customers = new Map(b.customers.map((c) => [c.id, c]));
  for (const d of dupes(b.customers.map((c) => c.id))) out.push(`customers: duplicate id ${d}`);
  for (const d of dupes(b.customers.flatMap((c) => (c.phone ? [c.phone] : []))))
    out.push(`customers: duplicate phone ${d}`);
  for (const d of dupes(b.orders.map((o) => o.id))) out.push(`orders: duplicate id ${d}`);
  b.orders.forEach((o, i) => {
    const at = `orders.${i} (${o.id})`;
    if (options.orderId && !options.orderId.test(o.id))
      out.push(`${at}.id: does not match ${options.orderId}`);
    const customer = customers.get(o.customer_id);
    if (!customer) out.push(`${at}.customer_id: unknown customer ${o.customer_id}`);
    o.items.forEach((item, j) => {
      if (!skus.has(item.sku)) out.push(`${at}.items.${j}.sku: unknown sku ${item.sku}`);
    });
    const total =
      Math.round(o.items.reduce((s, it) => s + it.quantity * it.unit_price, 0) * 100) / 100;
    if (o.payment && o.payment.amount !== total)
      out.push(`${at}.payment.amount: ${o.payment.amount} ≠ items ${total}`);
    if (
      o.payment &&
      customer &&
      !customer.payment_methods.some((m) => m.id === o.payment?.method_id)
    ) {
      out.push(`${at}.payment.method_id: not a method of ${customer.id}`);
    }
    const times = [ms(o.created_at), ms(o.paid_at), ms(o.shipped_at), ms(o.delivered_at)];
    const present = times.filter((t): t is number => t !== null);
    for (let k = 1; k < present.length; k++) {
      if ((present[k] ?? 0) <= (present[k - 1] ?? 0)) out.push(`${at}: timestamps out of order`);
    }
    const has = (t: string | null | undefined): boolean => Boolean(t);
    const shape: Record<string, [boolean, boolean, boolean, boolean]> = {
      pending: [false, false, false, false],
      paid: [true, false, false, false],
      shipped: [true, true, false, false],
      delivered: [true, true, true, false],
    };
    const expected = shape[o.status];
    const actual = [has(o.paid_at), has(o.shipped_at), has(o.delivered_at), has(o.cancelled_at)];
    if (expected && expected.some((e, k) => e !== actual[k]))
      out.push(`${at}: timestamps do not fit status ${o.status}`);
    if (o.status === 'cancelled' && (!o.cancelled_at || has(o.shipped_at)))
      out.push(`${at}: cancelled needs cancelled_at, no shipment`);
    if (o.paid_at && !o.payment) out.push(`${at}: paid but no payment`);
    if (!o.paid_at && o.payment) out.push(`${at}: payment without paid_at`);
    if (has(o.shipped_at) !== Boolean(o.shipment))
      out.push(`${at}: shipment does not match shipped_at`);
    const events = o.shipment?.events ?? [];
    events.forEach((e, j) => {
      const t = Date.parse(e.at);
      const prev = events[j - 1];
      if (prev && Date.parse(prev.at) > t) out.push(`${at}.shipment.events.${j}: out of order`);
      if (o.shipped_at && t < Date.parse(o.shipped_at))
        out.push(`${at}.shipment.events.${j}: before shipped_at`);
    });
    o.after_sales.forEach((a, j) => {
      const items = Array.isArray(a['items']) ? (a['items'] as Record<string, unknown>[]) : [];
      for (const it of items) {
        for (const key of ['sku', 'from_sku', 'to_sku']) {
          const sku = it[key];
          if (typeof sku === 'string' && !skus.has(sku))
            out.push(`${at}.after_sales.${j}: unknown sku ${sku}`);
        }
      }
    });
  });
  return out;
}
