/** Price history (what price protection compares against) and promotions. */
import { PRODUCTS, variantOf } from './catalog.ts';
import { t } from './util.ts';

/**
 * Per product: the list prices in effect from each date, oldest first. The last entry always
 * equals the variant's current price, so "price in effect" never depends on reading the
 * current price separately.
 */
const PRODUCT_PRICE_STEPS: Record<string, [string, number][]> = {
  // 618 peak cut on 16 June: orders paid 17 May – 15 June at 169 get 20 back per unit.
  p2101: [
    ['2025-03-01T00:00:00+08:00', 169],
    ['2025-06-16T00:00:00+08:00', 149],
  ],
  // Two steps: 259 → 229 (1 June) → 199 (16 June).
  p1201: [
    ['2025-02-01T00:00:00+08:00', 259],
    ['2025-06-01T00:00:00+08:00', 229],
    ['2025-06-16T00:00:00+08:00', 199],
  ],
  // 299 → 259 from 10 June.
  p3001: [
    ['2025-03-01T00:00:00+08:00', 299],
    ['2025-06-10T00:00:00+08:00', 259],
  ],
  // A flash sale 1–7 June at 339, back to 399, then 359 from 16 June.
  p6002: [
    ['2025-03-01T00:00:00+08:00', 399],
    ['2025-06-01T00:00:00+08:00', 339],
    ['2025-06-08T00:00:00+08:00', 399],
    ['2025-06-16T00:00:00+08:00', 359],
  ],
  // Early-summer cut on 20 May: 159 → 129.
  p4001: [
    ['2025-03-01T00:00:00+08:00', 159],
    ['2025-05-20T00:00:00+08:00', 129],
  ],
  // 149 → 129 from 1 June.
  p8202: [
    ['2025-03-01T00:00:00+08:00', 149],
    ['2025-06-01T00:00:00+08:00', 129],
  ],
  // A price rise: 59 → 69 on 10 June (no refund for anybody).
  p7001: [
    ['2025-03-01T00:00:00+08:00', 59],
    ['2025-06-10T00:00:00+08:00', 69],
  ],
};

export interface PricePoint {
  sku: string;
  price: number;
  from: string;
}

export const PRICE_HISTORY: PricePoint[] = [];
for (const product of PRODUCTS) {
  const steps = PRODUCT_PRICE_STEPS[product.id];
  if (!steps) continue;
  for (const variant of product.variants) {
    for (const [from, price] of steps) PRICE_HISTORY.push({ sku: variant.sku, price, from });
  }
}

/** The list price of a sku at a time: the latest history point not after it, else the current price. */
export function priceAt(sku: string, time: string): number {
  const ms = Date.parse(time);
  let best: PricePoint | undefined;
  for (const p of PRICE_HISTORY) {
    if (p.sku !== sku || Date.parse(p.from) > ms) continue;
    if (!best || Date.parse(p.from) > Date.parse(best.from)) best = p;
  }
  return best ? best.price : variantOf(sku).variant.price;
}

const S618 = '2025-05-30T20:00:00+08:00';
const E618 = '2025-06-20T23:59:59+08:00';

export const PROMOTIONS = [
  {
    id: '618-300-50',
    kind: 'threshold',
    threshold: 300,
    off: 50,
    repeat: true,
    stackable: true,
    starts: S618,
    ends: E618,
    title: t('618每满300减50，上不封顶', '618: 50 off every 300, no cap'),
  },
  {
    id: '618-vip-30',
    kind: 'coupon',
    code: '618VIP',
    off: 30,
    min_spend: 199,
    stackable: true,
    starts: S618,
    ends: E618,
    title: t(
      '618会员券：满199减30（券码618VIP）',
      '618 member coupon: 30 off orders of 199+ (code 618VIP)',
    ),
  },
  {
    id: 'new-20',
    kind: 'coupon',
    code: 'NEW20',
    off: 20,
    min_spend: 99,
    stackable: true,
    title: t(
      '新人券：满99减20（券码NEW20，限首单）',
      'New customer: 20 off 99+ (code NEW20, first order only)',
    ),
    first_order_only: true,
  },
  {
    id: 'summer-tee-85',
    kind: 'percent',
    percent: 85,
    categories: ['tshirt', 'shorts'],
    stackable: false,
    starts: '2025-06-01T00:00:00+08:00',
    ends: E618,
    title: t(
      '夏日T恤短裤85折（不与其他优惠同享）',
      'Summer tees & shorts 15% off (cannot be combined)',
    ),
  },
  {
    id: 'home-200-30',
    kind: 'threshold',
    threshold: 200,
    off: 30,
    repeat: false,
    stackable: true,
    categories: ['towels', 'bedding', 'drinkware', 'umbrellas'],
    starts: S618,
    ends: E618,
    title: t('家居日用满200减30（每单限一次）', 'Home goods: 30 off 200+ (once per order)'),
  },
  {
    id: 'mayday-200-20',
    kind: 'threshold',
    threshold: 200,
    off: 20,
    repeat: true,
    stackable: true,
    starts: '2025-04-28T00:00:00+08:00',
    ends: '2025-05-05T23:59:59+08:00',
    title: t('五一每满200减20（已结束）', 'May Day: 20 off every 200 (ended)'),
  },
];
