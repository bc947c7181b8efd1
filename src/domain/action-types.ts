/** The order actions of the scenario spec (../shared/spec/scenario.md): ids shared by every layer. */

export const ACTION_TYPES = [
  'cancel_order',
  'change_address',
  'change_items',
  'return',
  'exchange',
  'price_protection',
  'invoice_request',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** Whether `type` is one of the spec's action types. */
export const isActionType = (type: string): type is ActionType =>
  ACTION_TYPES.some((t) => t === type);
