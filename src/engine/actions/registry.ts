/** Every action type of the scenario spec, by its id. */
import type { ActionDefinition, ActionType } from './action-definition.ts';
import { cancelOrder } from './cancel-order.ts';
import { changeAddress } from './change-address.ts';
import { changeItems } from './change-items.ts';
import { exchangeItems } from './exchange-items.ts';
import { invoiceRequest } from './invoice-request.ts';
import { priceProtection } from './price-protection.ts';
import { returnItems } from './return-items.ts';

/** The definition of each action type (params are checked by each definition's schema). */
export const ACTIONS: Record<ActionType, ActionDefinition<never>> = {
  cancel_order: cancelOrder as ActionDefinition<never>,
  change_address: changeAddress as ActionDefinition<never>,
  change_items: changeItems as ActionDefinition<never>,
  return: returnItems as ActionDefinition<never>,
  exchange: exchangeItems as ActionDefinition<never>,
  price_protection: priceProtection as ActionDefinition<never>,
  invoice_request: invoiceRequest as ActionDefinition<never>,
};
