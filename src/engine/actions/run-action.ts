/**
 * Runs one order action: idempotency check → policy check → execute → audit, in one
 * transaction. The only code path that changes orders; the bot and human agents both call it.
 * A replayed idempotency key returns the first result and changes nothing.
 */
import type { Order } from '../../domain/bundle.ts';
import { conflict, invalidInput, notFound } from '../../domain/errors.ts';
import type { AuditEntry, ShopSnapshot, Stores } from '../../domain/ports.ts';
import type { ActionType, Refusal } from './action-definition.ts';
import { ACTIONS } from './registry.ts';

/** Who acts, and for which conversation. */
export interface RunActionInput {
  stores: Stores;
  shop: ShopSnapshot;
  type: ActionType;
  orderId: string;
  params: unknown;
  actor: { kind: 'bot' | 'agent' | 'system'; id: string | null };
  conversationId: string | null;
  idempotencyKey: string;
  now: Date;
  newId: () => string;
  /** A supervisor's written reason to override an overridable policy refusal. */
  override?: { reason: string } | null;
}

export type RunActionResult =
  | { status: 'executed'; detail: Record<string, unknown>; order: Order; replayed: boolean }
  | { status: 'refused'; refusal: Refusal };

/** Executes the action if the policy allows it; always leaves an audit entry. */
export async function runAction(input: RunActionInput): Promise<RunActionResult> {
  const definition = ACTIONS[input.type];
  const parsed = definition.params.safeParse(input.params);
  if (!parsed.success)
    throw invalidInput(
      `Bad parameters for ${input.type}.`,
      parsed.error.issues.map((i) => i.message),
    );
  const shopId = input.shop.shop.id;
  return input.stores.transaction(async (tx) => {
    const prior = await tx.audit.findAuditByKey(shopId, input.idempotencyKey);
    if (prior) return replay(prior, tx, shopId);
    const order = await tx.orders.getOrder(shopId, input.orderId);
    if (!order) throw notFound(`Order ${input.orderId}`);
    const stock = new Map<string, number>();
    for (const sku of definition.skusOf(parsed.data)) {
      stock.set(sku, (await tx.catalog.stockOf(shopId, sku)) ?? 0);
    }
    const decision = definition.decide({
      order,
      params: parsed.data,
      shop: input.shop,
      now: input.now,
      stockOf: (sku) => stock.get(sku) ?? 0,
    });
    const overriding = !decision.ok && decision.overridable && input.override;
    if (!decision.ok && !overriding) {
      await tx.audit.recordAudit(
        shopId,
        entry(input, 'refused', {
          order_id: order.id,
          rule: decision.rule,
          reason: decision.reason.en,
        }),
      );
      return { status: 'refused', refusal: decision };
    }
    const plan = decision.ok ? decision : forcedPlan(input, order, decision);
    for (const move of plan.stock) {
      const ok = await tx.catalog.adjustStock(shopId, move.sku, move.delta);
      if (!ok) throw conflict(`${move.sku} ran out of stock just now.`);
    }
    await tx.orders.saveOrder(shopId, plan.order);
    const outcome = decision.ok ? 'executed' : 'overridden';
    await tx.audit.recordAudit(
      shopId,
      entry(input, outcome, {
        ...plan.detail,
        ...(input.override ? { override_reason: input.override.reason } : {}),
      }),
    );
    return { status: 'executed', detail: plan.detail, order: plan.order, replayed: false };
  });
}

let sequence = 0;

/** An id that sorts by time and, within one instant, by order of creation in this process. */
function sortableId(now: Date, unique: string): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${now.getTime().toString(36).padStart(9, '0')}-${String(sequence).padStart(6, '0')}-${unique}`;
}

function entry(
  input: RunActionInput,
  outcome: AuditEntry['outcome'],
  detail: Record<string, unknown>,
): AuditEntry {
  return {
    id: sortableId(input.now, input.newId()),
    idempotencyKey: input.idempotencyKey,
    conversationId: input.conversationId,
    orderId: input.orderId,
    action: input.type,
    outcome,
    actor: input.actor.kind,
    actorId: input.actor.id,
    detail,
    createdAt: input.now.toISOString(),
  };
}

async function replay(prior: AuditEntry, tx: Stores, shopId: string): Promise<RunActionResult> {
  if (prior.outcome === 'refused') {
    const reason = String(prior.detail['reason'] ?? '');
    return {
      status: 'refused',
      refusal: {
        ok: false,
        rule: String(prior.detail['rule'] ?? ''),
        reason: { zh: reason, en: reason },
        overridable: false,
      },
    };
  }
  const order = prior.orderId ? await tx.orders.getOrder(shopId, prior.orderId) : null;
  if (!order) throw notFound(`Order ${prior.orderId ?? ''}`);
  return { status: 'executed', detail: prior.detail, order, replayed: true };
}

/**
 * A supervisor override: the action's effect computed as if the refused rule did not apply.
 * Only cancel, address and item changes, returns and exchanges have a forced form; others refuse.
 */
function forcedPlan(input: RunActionInput, order: Order, refusal: Refusal) {
  const relaxed: ShopSnapshot = {
    ...input.shop,
    policies: {
      ...input.shop.policies,
      cancel_statuses: ['pending', 'paid', 'shipped', 'delivered'],
      address_change_statuses: ['pending', 'paid', 'shipped'],
      item_change_statuses: ['pending', 'paid', 'shipped'],
      return_window_days: 36_500,
      exchange_window_days: 36_500,
      exchanges_per_order: 1_000,
      non_returnable_categories: [],
      price_protection_days: Math.max(input.shop.policies.price_protection_days, 36_500),
    },
  };
  const decision = ACTIONS[input.type].decide({
    order,
    params: input.params as never,
    shop: relaxed,
    now: input.now,
    stockOf: () => Number.MAX_SAFE_INTEGER,
  });
  if (!decision.ok) throw conflict(`Cannot override: ${refusal.reason.en}; ${decision.reason.en}.`);
  return decision;
}
