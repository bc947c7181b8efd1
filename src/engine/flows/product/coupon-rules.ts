/**
 * Which promotions this customer can use. `first_order_only` is an optional field a shop may
 * add to a promotion (outside the bundle contract, so read defensively): a signed-in customer
 * who already has an order (not cancelled) cannot use it; a visitor is told it is for first
 * orders only.
 */
import { z } from 'zod';
import type { Promotion } from '../../../domain/bundle.ts';
import { isActive } from '../../../domain/policy/cart-price.ts';
import type { TurnContext } from '../../turn/turn-context.ts';

const FirstOrderSchema = z.object({ first_order_only: z.literal(true) }).loose();

/** Whether `p` is for a customer's first order only. */
export const firstOrderOnly = (p: Promotion): boolean => FirstOrderSchema.safeParse(p).success;

/** Whether the signed-in customer has placed an order before (a visitor: unknown, false). */
async function hasOrdered(ctx: TurnContext): Promise<boolean> {
  if (!ctx.customer) return false;
  const orders = await ctx.deps.stores.orders.listOrdersOfCustomer(
    ctx.shop.shop.id,
    ctx.customer.id,
  );
  return orders.some((o) => o.status !== 'cancelled');
}

/** The running promotions the customer may use, and the codes they hold but may not. */
export async function usablePromotions(
  ctx: TurnContext,
): Promise<{ usable: Promotion[]; refused: Promotion[] }> {
  const active = ctx.shop.promotions.filter((p) => isActive(p, ctx.now));
  const ordered = await hasOrdered(ctx);
  const usable = active.filter((p) => !(ordered && firstOrderOnly(p)));
  const refused = active.filter(
    (p) => !usable.includes(p) && p.code && ctx.state.couponCodes.includes(p.code.toUpperCase()),
  );
  return { usable, refused };
}
