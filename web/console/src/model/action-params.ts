/** Turns the order panel's form into the parameters of an order action (engine/actions/*). */
import type { ActionType } from '../../../../src/engine/actions/action-definition.ts';

/** Everything the order panel's form can hold; each action reads its own fields. */
export interface ActionFields {
  fromSku: string;
  toSku: string;
  sku: string;
  quantity: number;
  reason: string;
  defect: boolean;
  kind: string;
  address: { name: string; phone: string; region: string; line: string; zip: string };
}

/** A blank form for an order whose first line is `sku`. */
export const blankFields = (sku = ''): ActionFields => ({
  fromSku: sku,
  toSku: '',
  sku,
  quantity: 1,
  reason: '',
  defect: false,
  kind: 'electronic',
  address: { name: '', phone: '', region: '', line: '', zip: '' },
});

/** The `params` of `type` from the form. */
export function actionParams(type: ActionType, f: ActionFields): Record<string, unknown> {
  const swap = [{ from_sku: f.fromSku, to_sku: f.toSku.trim() }];
  switch (type) {
    case 'cancel_order':
      return {};
    case 'change_address': {
      const { zip, ...rest } = f.address;
      return { address: zip ? { ...rest, zip } : rest };
    }
    case 'change_items':
      return { items: swap };
    case 'exchange':
      return { items: swap, defect: f.defect };
    case 'return':
      return {
        items: [{ sku: f.sku, quantity: f.quantity }],
        defect: f.defect,
        ...(f.reason.trim() ? { reason: f.reason.trim() } : {}),
      };
    case 'price_protection':
      return { sku: f.sku };
    case 'invoice_request':
      return f.kind ? { kind: f.kind } : {};
  }
}
