/** change_items: swap a variant (size/colour) before shipment, in the statuses the shop lists. */
import { z } from 'zod';
import { refuse, statusList, statusWords, type ActionDefinition } from './action-definition.ts';
import { checkSwaps, SwapsSchema, swapStock } from './check-swaps.ts';

const Params = z.object({ items: SwapsSchema });

/** Changes variants on an order that has not shipped; the old variants go back to stock. */
export const changeItems: ActionDefinition<z.infer<typeof Params>> = {
  type: 'change_items',
  params: Params,
  skusOf: (p) => p.items.map((i) => i.to_sku),
  decide({ order, params, shop, stockOf }) {
    const allowed = shop.policies.item_change_statuses;
    if (!allowed.includes(order.status)) {
      const s = statusWords(order.status);
      return refuse('item_change_statuses', {
        zh: `订单${s.zh}，${allowed.length ? `只有${statusList(allowed).zh}的订单` : '本店不支持发货前'}改商品规格`,
        en: `the order is ${s.en}; ${allowed.length ? `items can be changed only while it is ${statusList(allowed).en}` : 'this shop does not change items before shipment'}`,
      });
    }
    const refusal = checkSwaps(order, params.items, shop, stockOf);
    if (refusal) return refusal;
    const items = order.items.map((line) => {
      const swap = params.items.find((s) => s.from_sku === line.sku);
      return swap ? { ...line, sku: swap.to_sku } : line;
    });
    return {
      ok: true,
      order: { ...order, items },
      stock: [
        ...swapStock(order, params.items),
        ...params.items.map((s) => ({
          sku: s.from_sku,
          delta: order.items.find((i) => i.sku === s.from_sku)?.quantity ?? 1,
        })),
      ],
      detail: {
        order_id: order.id,
        items: params.items,
        before: { items: order.items },
        after: { items },
      },
    };
  },
};
