/**
 * Swaps an item for another size or colour: before shipment as an item change, after delivery as
 * an exchange within the shop's window and count. Offers only variants that are in stock, and
 * says when a sold-out one is due back.
 */
import { paren } from '../replies/render.ts';
import type { Order } from '../../domain/bundle.ts';
import { findOrder } from '../orders/find-order.ts';
import { optionsLabel, skuTitle } from '../orders/order-items.ts';
import {
  answered,
  say,
  type Flow,
  type FlowResult,
  type TurnContext,
} from '../turn/turn-context.ts';
import { describeRefusal, proposeAction } from './action-replies.ts';
import { exchangeItems } from '../actions/exchange-items.ts';
import { chooseVariant, type VariantChoice } from './choose-variant.ts';
import { freshStock, inStockList, restockDay } from './fresh-stock.ts';
import { pickItem } from './pick-item.ts';

/** Handles "exchange for a bigger size". */
export const exchangeFlow: Flow = async (ctx) => {
  const changeable = ctx.shop.policies.item_change_statuses;
  if (ctx.shop.policies.exchanges_per_order === 0 && changeable.length === 0)
    return noExchanges(ctx);
  const lookup = await findOrder(
    ctx,
    (o) => o.status === 'delivered' || changeable.includes(o.status),
  );
  if (lookup.kind === 'reply') return lookup.result;
  const order = lookup.order;
  const pick = pickItem(ctx, order);
  if (pick.kind === 'reply') return pick.result;
  const [line] = pick.items;
  if (!line) return pickNothing(ctx);
  const closed = policyRefusal(ctx, order, line.sku);
  if (closed) return closed;
  const choice = chooseVariant(ctx.shop, line.sku, { ...ctx.state.slots, ...ctx.u.slots });
  return swapFor(ctx, order, choice, line.sku);
};

async function swapFor(
  ctx: TurnContext,
  order: Order,
  choice: VariantChoice,
  fromSku: string,
): Promise<FlowResult> {
  if (choice.kind === 'no_catalogue') {
    return {
      replies: [
        {
          text: say(ctx, {
            zh: '这件商品已下架，我没法直接换，帮您转给同事处理。',
            en: "That item is no longer in our catalogue, so I'll pass this to a colleague.",
          }),
        },
      ],
      progress: true,
      handoff: { reason: 'bot_cannot', note: 'exchange of a discontinued item' },
    };
  }
  const stock = await freshStock(ctx, choice.product);
  const options = inStockList(
    ctx,
    choice.product,
    stock,
    choice.from.options['color'] ? { color: choice.from.options['color'] } : {},
  );
  const title = skuTitle(ctx.shop, fromSku, ctx.lang);
  if (choice.kind !== 'found') {
    ctx.state.awaiting = 'target_variant';
    const none = choice.kind === 'no_such';
    return answered({
      text: say(ctx, {
        zh: `${none ? `这款没有您要的规格（${choice.wanted}）。` : `您想把 ${title} 换成哪个尺码或颜色？`}${options ? `目前有货的有：${options}。` : '这款暂时没有其他有货的规格。'}`,
        en: `${none ? `This item doesn't come in what you asked for (${choice.wanted}). ` : `What size or colour would you like instead of ${title}? `}${options ? `In stock now: ${options}.` : 'No other variant is in stock right now.'}`,
      }),
    });
  }
  const target = choice.to;
  if ((stock.get(target.sku) ?? 0) <= 0) {
    ctx.state.awaiting = 'target_variant';
    const back = restockDay(ctx, choice.product, target.sku);
    const label = optionsLabel(target.options, ctx.lang);
    return answered({
      text: say(ctx, {
        zh: `抱歉，${label}（${target.sku}）目前缺货${back ? `，预计 ${back} 补货` : ''}。${options ? `现在有货的有：${options}，要换成其中一个吗？` : ''}`,
        en: `Sorry, ${label} (${target.sku}) is out of stock${back ? `; it is expected back on ${back}` : ''}.${options ? ` In stock now: ${options} — would one of those work?` : ''}`,
      }),
    });
  }
  ctx.state.awaiting = null;
  const before = order.status !== 'delivered' && order.status !== 'shipped';
  const items = [{ from_sku: fromSku, to_sku: target.sku }];
  const swap = `${title}${paren(fromSku, ctx.lang)} → ${skuTitle(ctx.shop, target.sku, ctx.lang)}${paren(target.sku, ctx.lang)}`;
  return proposeAction(ctx, {
    type: before ? 'change_items' : 'exchange',
    order,
    params: { items },
    summary: say(ctx, {
      zh: `订单 ${order.id}${before ? '发货前改规格' : '换货'}：${swap}`,
      en: `${before ? 'change the item on' : 'exchange on'} order ${order.id}: ${swap}`,
    }),
    otherwise: say(ctx, {
      zh: '如果是质量问题，告诉我具体情况，我来帮您处理。',
      en: "If the item is faulty, tell me what's wrong and I'll help.",
    }),
  });
}

function pickNothing(ctx: TurnContext): FlowResult {
  return answered({
    text: say(ctx, { zh: '您想换哪一件商品？', en: 'Which item would you like to exchange?' }),
  });
}

/** Refuses at once when the policy rules out any exchange of this order (window, count). */
function policyRefusal(ctx: TurnContext, order: Order, sku: string): FlowResult | null {
  if (order.status !== 'delivered') return null;
  const decision = exchangeItems.decide({
    order,
    params: { items: [{ from_sku: sku, to_sku: sku }], defect: false },
    shop: ctx.shop,
    now: ctx.now,
    stockOf: () => Number.MAX_SAFE_INTEGER,
  });
  if (decision.ok || decision.rule === 'in_stock') return null;
  return answered({
    text: describeRefusal(
      ctx,
      decision,
      say(ctx, {
        zh: '如果商品有质量问题，告诉我具体情况，质量问题不受这个限制。',
        en: "If the item is faulty, tell me what's wrong — defects are covered regardless.",
      }),
    ),
  });
}

/** A shop without exchanges: say so at once, and what is possible instead. */
function noExchanges(ctx: TurnContext): FlowResult {
  const p = ctx.shop.policies;
  const paidBy = p.return_shipping_paid_by === 'seller';
  return answered({
    text: say(ctx, {
      zh: `抱歉，本店不提供换货。您可以在签收后 ${p.return_window_days} 天内申请退货${paidBy ? '（寄回运费由我们承担）' : ''}，再重新下单需要的尺码或颜色；如果商品有质量问题，告诉我具体情况。`,
      en: `Sorry, this shop doesn't do exchanges. You can return the item within ${p.return_window_days} days of delivery${paidBy ? ' (we pay the return shipping)' : ''} and order the size or colour you need; if the item is faulty, tell me what's wrong.`,
    }),
  });
}
