/**
 * The shape of an order action (STYLE.md item 2): a pure `decide` that checks the shop's policy
 * and computes the order after the change, then `run-action.ts` executes and audits it. Bot and
 * human agents run the same definitions.
 */
import type { z } from 'zod';
import type { Order } from '../../domain/bundle.ts';
import type { ShopSnapshot } from '../../domain/ports.ts';

export { ACTION_TYPES, type ActionType } from '../../domain/action-types.ts';
import type { ActionType } from '../../domain/action-types.ts';

/** Wording in both reply languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A refusal: the rule that forbids it, in words, and whether a supervisor may override it. */
export interface Refusal {
  ok: false;
  rule: string;
  reason: Bilingual;
  overridable: boolean;
}

/** An accepted change. */
export interface Plan {
  ok: true;
  order: Order;
  /** Stock moves (negative takes stock). */
  stock: Array<{ sku: string; delta: number }>;
  /** The action's fields as the scenario spec names them (order_id, items, refund_amount …). */
  detail: Record<string, unknown>;
}

export type Decision = Plan | Refusal;

/** What `decide` may look at. */
export interface DecideInput<P> {
  order: Order;
  params: P;
  shop: ShopSnapshot;
  now: Date;
  /** Fresh stock of the skus the params name. */
  stockOf: (sku: string) => number;
}

/** One action type. */
export interface ActionDefinition<P> {
  type: ActionType;
  params: z.ZodType<P>;
  /** Skus whose fresh stock `decide` needs. */
  skusOf(params: P): string[];
  decide(input: DecideInput<P>): Decision;
}

/** Shorthand for a refusal. */
export const refuse = (rule: string, reason: Bilingual, overridable = true): Refusal => ({
  ok: false,
  rule,
  reason,
  overridable,
});

/** A copy of the order with an after-sales record appended. */
export function withAfterSale(order: Order, record: Record<string, unknown>): Order {
  return { ...order, after_sales: [...order.after_sales, { type: 'unknown', ...record }] };
}

/** The variant of `sku` in the shop's catalogue, with its product. */
export function findVariant(shop: ShopSnapshot, sku: string) {
  for (const product of shop.products) {
    const variant = product.variants.find((v) => v.sku === sku);
    if (variant) return { product, variant };
  }
  return null;
}

const STATUS_WORDS: Record<string, Bilingual> = {
  pending: { zh: '待付款', en: 'awaiting payment' },
  paid: { zh: '待发货', en: 'paid, awaiting shipment' },
  shipped: { zh: '已发货', en: 'shipped' },
  delivered: { zh: '已签收', en: 'delivered' },
  cancelled: { zh: '已取消', en: 'cancelled' },
};

/** An order status in words. */
export const statusWords = (status: string): Bilingual =>
  STATUS_WORDS[status] ?? { zh: status, en: status };

/** The statuses of a list, in words (for a rule that names the allowed ones). */
export const statusList = (statuses: readonly string[]): Bilingual => ({
  zh: statuses.map((s) => statusWords(s).zh).join('、') || '无',
  en: statuses.map((s) => statusWords(s).en).join(', ') || 'none',
});
