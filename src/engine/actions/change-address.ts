/** change_address: allowed in the statuses the shop lists. */
import { z } from 'zod';
import { AddressSchema } from '../../domain/bundle.ts';
import { refuse, statusList, statusWords, type ActionDefinition } from './action-definition.ts';

const Params = z.object({ address: AddressSchema });

/** Replaces the delivery address of an order that has not shipped. */
export const changeAddress: ActionDefinition<z.infer<typeof Params>> = {
  type: 'change_address',
  params: Params,
  skusOf: () => [],
  decide({ order, params, shop }) {
    const allowed = shop.policies.address_change_statuses;
    if (!allowed.includes(order.status)) {
      const s = statusWords(order.status);
      const a = statusList(allowed);
      return refuse('address_change_statuses', {
        zh: `订单${s.zh}，只有${a.zh}的订单可以改地址`,
        en: `the order is ${s.en}; the address can be changed only while it is ${a.en}`,
      });
    }
    return {
      ok: true,
      order: { ...order, address: params.address },
      stock: [],
      detail: {
        order_id: order.id,
        address: params.address,
        before: { address: order.address },
        after: { address: params.address },
      },
    };
  },
};
