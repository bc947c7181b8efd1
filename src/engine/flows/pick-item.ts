/**
 * Which line of an order the customer means: the one their words, colour or a pick from a list
 * point at; the only line; or a question listing the lines.
 */
import { paren } from '../replies/render.ts';
import type { Order, OrderItem } from '../../domain/bundle.ts';
import { matchingLines, mentionedLines, skuTitle } from '../orders/order-items.ts';
import { pickShown } from '../turn/pick-shown.ts';
import { answered, say, type FlowResult, type TurnContext } from '../turn/turn-context.ts';

export type ItemPick =
  { kind: 'found'; items: OrderItem[] } | { kind: 'reply'; result: FlowResult };

const ALL = /全部|都退|都换|全退|整单|所有|一起|\ball\b|\beverything\b|\bwhole order\b|\bboth\b/i;

/** The lines meant; `allowAll` accepts "all of them". */
export function pickItem(ctx: TurnContext, order: Order, allowAll = false): ItemPick {
  if (order.items.length === 1 && order.items[0]) return { kind: 'found', items: [order.items[0]] };
  if (ctx.state.shown?.kind === 'items') {
    const sku = pickShown(ctx.plain, ctx.state.shown.ids);
    const line = order.items.find((i) => i.sku === sku);
    if (line) return found(ctx, [line]);
  }
  if (allowAll && ALL.test(ctx.plain)) return found(ctx, order.items);
  const bySku = order.items.filter((i) => ctx.plain.includes(i.sku.toLowerCase()));
  if (bySku.length > 0) return found(ctx, bySku);
  const named = mentionedLines(ctx.shop, order, ctx.plain);
  if (named.length === 1 && named[0]) return found(ctx, named);
  const matching = matchingLines(ctx.shop, order, ctx.u.slots);
  if (matching.length === 1 && matching[0] && Object.keys(ctx.u.slots).length > 0)
    return found(ctx, matching);
  const remembered = order.items.find((i) => i.sku === ctx.state.itemSku);
  if (remembered) return { kind: 'found', items: [remembered] };
  const contextual = matchingLines(ctx.shop, order, ctx.state.slots);
  if (contextual.length === 1 && contextual[0] && ctx.state.slots.product)
    return found(ctx, contextual);
  ctx.state.shown = { kind: 'items', ids: order.items.map((i) => i.sku) };
  ctx.state.awaiting = 'item_choice';
  const list = order.items
    .map(
      (i, n) =>
        `${n + 1}. ${skuTitle(ctx.shop, i.sku, ctx.lang)} × ${i.quantity}${paren(i.sku, ctx.lang)}`,
    )
    .join('\n');
  return {
    kind: 'reply',
    result: answered({
      text: `${say(ctx, { zh: `订单 ${order.id} 里有几件商品，您说的是哪一件？`, en: `Order ${order.id} has several items — which one do you mean?` })}\n${list}`,
      parts: [
        {
          kind: 'choices',
          choices: order.items.map((i, n) => ({
            label: `${n + 1}. ${skuTitle(ctx.shop, i.sku, ctx.lang)}`,
            value: i.sku,
          })),
        },
      ],
    }),
  };
}

function found(ctx: TurnContext, items: OrderItem[]): ItemPick {
  if (items.length === 1 && items[0]) ctx.state.itemSku = items[0].sku;
  if (ctx.state.awaiting === 'item_choice') ctx.state.awaiting = null;
  return { kind: 'found', items };
}
