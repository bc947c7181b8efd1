/** Short, readable renderings of actions for failure messages. */
import { isActionType, type ActionType, type ExpectedAction } from './scenario-schema.ts';
import type { ExecutedAction } from './transcript.ts';

/** The fields scenario.md lists per action type (besides `order_id`). */
export const SPEC_FIELDS: Record<ActionType, readonly string[]> = {
  cancel_order: ['reason'],
  change_address: ['address'],
  change_items: ['items'],
  return: ['items', 'refund_amount', 'reason'],
  exchange: ['items'],
  price_protection: ['sku', 'refund_amount'],
  invoice_request: [],
};

/** `exchange on 202406180001 {"items":[…]}`: an expected action with the fields it lists. */
export function describeExpected(action: ExpectedAction): string {
  const { type, order_id: orderId, ...fields } = action;
  return describeAction(type, orderId ?? null, fields);
}

/** An executed action with its spec fields only (engine bookkeeping left out). */
export function describeExecuted(action: ExecutedAction): string {
  const names = isActionType(action.type) ? SPEC_FIELDS[action.type] : [];
  const fields = Object.fromEntries(
    names.filter((n) => action.fields[n] !== undefined).map((n) => [n, action.fields[n]]),
  );
  return describeAction(action.type, action.orderId, fields);
}

/** `[a, b]`, or `none`. */
export function listExecuted(actions: readonly ExecutedAction[]): string {
  return actions.length === 0 ? 'none' : `[${actions.map(describeExecuted).join(', ')}]`;
}

function describeAction(type: string, orderId: string | null, fields: object): string {
  const on = orderId === null ? '' : ` on ${orderId}`;
  const rest = Object.keys(fields).length === 0 ? '' : ` ${JSON.stringify(fields)}`;
  return `${type}${on}${rest}`;
}
