/**
 * A broken, defective or wrong item: the seller pays, whatever the category or the no-reason
 * window. The customer chooses a refund or a replacement; the bot states it and asks to confirm.
 */
import type { Order, OrderItem } from '../../domain/bundle.ts';
import { findOrder } from '../orders/find-order.ts';
import { skuTitle } from '../orders/order-items.ts';
import { money, paren } from '../replies/render.ts';
import {
  answered,
  say,
  type Flow,
  type FlowResult,
  type TurnContext,
} from '../turn/turn-context.ts';
import { proposeAction } from './action-replies.ts';
import { pickItem } from './pick-item.ts';

const WANTS_REFUND = /退货|退款|退钱|退了|退掉|refund|money back|return it|send it back/i;
const WANTS_NEW = /换|換|补发|補發|重发|重發|replace|replacement|new one|exchange|swap/i;
const WRONG =
  /发错|發錯|寄错|寄錯|不是我买的|不是我要的|wrong (?:item|size|colou?r|product)|not what I ordered/i;

/** Handles "it arrived broken" and "you sent the wrong item". */
export const damagedItemFlow: Flow = async (ctx) => {
  const lookup = await findOrder(ctx, (o) => o.status === 'delivered' || o.status === 'shipped');
  if (lookup.kind === 'reply') return lookup.result;
  const order = lookup.order;
  if (order.status !== 'delivered') {
    return answered({
      text: say(ctx, {
        zh: `订单 ${order.id} 还没有签收。如果包裹破损，可以当场拒收，我们会原路退款；签收后发现问题也可以找我处理。`,
        en: `Order ${order.id} hasn't been delivered yet. If the parcel arrives damaged you can refuse it and we refund you; problems found after delivery are covered too.`,
      }),
    });
  }
  const pick = pickItem(ctx, order);
  if (pick.kind === 'reply') return pick.result;
  const [line] = pick.items;
  if (!line)
    return answered({
      text: say(ctx, { zh: '是哪件商品有问题？', en: 'Which item has the problem?' }),
    });
  const wrong = WRONG.test(ctx.plain) || ctx.state.slots.product === 'wrong';
  const reason = wrong ? 'wrong_item' : 'defect';
  if (WANTS_REFUND.test(ctx.plain)) return refund(ctx, order, line, reason);
  if (WANTS_NEW.test(ctx.plain) && !wrong) return replace(ctx, order, line);
  ctx.state.awaiting = 'damage_remedy';
  const title = skuTitle(ctx.shop, line.sku, ctx.lang);
  return answered({
    text: say(ctx, {
      zh: `非常抱歉，${title}${wrong ? '发错了' : '有问题'}给您添麻烦了。质量问题由我们承担来回运费，不受七天无理由限制。您希望退货退款，还是${wrong ? '换成正确的商品' : '换一件新的'}？`,
      en: `I'm sorry about the ${wrong ? 'wrong' : 'faulty'} ${title}. We cover shipping both ways for this, whatever the return window. Would you like a refund, or ${wrong ? 'the correct item' : 'a replacement'}?`,
    }),
    parts: [
      {
        kind: 'choices',
        choices: [
          {
            label: say(ctx, { zh: '退货退款', en: 'Refund' }),
            value: say(ctx, { zh: '退货退款', en: 'refund' }),
          },
          {
            label: say(ctx, { zh: '换新', en: 'Replacement' }),
            value: say(ctx, { zh: '换一件新的', en: 'replacement' }),
          },
        ],
      },
    ],
  });
};

function refund(
  ctx: TurnContext,
  order: Order,
  line: OrderItem,
  reason: string,
): Promise<FlowResult> {
  const asked = ctx.u.slots.quantity;
  const qty = asked && asked > 0 && asked <= line.quantity ? asked : line.quantity;
  const amount = money(line.unit_price * qty, ctx.shop.shop.currency);
  const title = `${skuTitle(ctx.shop, line.sku, ctx.lang)}${paren(line.sku, ctx.lang)} × ${qty}`;
  return proposeAction(ctx, {
    type: 'return',
    order,
    params: { items: [{ sku: line.sku, quantity: qty }], reason, defect: true },
    summary: say(ctx, {
      zh: `订单 ${order.id} 质量问题退货：${title}，退款 ${amount}，来回运费由我们承担`,
      en: `return for a ${reason === 'wrong_item' ? 'wrong item' : 'defect'} on order ${order.id}: ${title}, refund ${amount}, shipping paid by us`,
    }),
  });
}

function replace(ctx: TurnContext, order: Order, line: OrderItem): Promise<FlowResult> {
  const title = `${skuTitle(ctx.shop, line.sku, ctx.lang)}${paren(line.sku, ctx.lang)}`;
  return proposeAction(ctx, {
    type: 'exchange',
    order,
    params: { items: [{ from_sku: line.sku, to_sku: line.sku }], defect: true },
    summary: say(ctx, {
      zh: `订单 ${order.id} 质量问题换新：${title} 换一件同款新品，来回运费由我们承担`,
      en: `replace the faulty ${title} on order ${order.id} with a new one, shipping paid by us`,
    }),
    otherwise: say(ctx, { zh: '也可以选择退货退款。', en: 'You can choose a refund instead.' }),
  });
}
