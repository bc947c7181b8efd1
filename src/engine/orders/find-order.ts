/**
 * Finds the order a turn is about, within what the customer may see: the number they gave, one
 * picked from a list just shown, the one in focus, or — for a signed-in customer — the only one
 * that fits the request. Otherwise asks, and never reveals another customer's order.
 */
import type { Order } from '../../domain/bundle.ts';
import { say, stalled, answered, type FlowResult, type TurnContext } from '../turn/turn-context.ts';
import { pickShown } from '../turn/pick-shown.ts';
import { orderChoices } from './order-card.ts';
import { phoneMatches } from './order-access.ts';
import { itemMatchesWords } from './order-items.ts';

export type OrderLookup = { kind: 'found'; order: Order } | { kind: 'reply'; result: FlowResult };

/** Which orders suit the request when the customer did not name one. */
export type OrderFilter = (order: Order) => boolean;

/** The order in question, or the reply that asks for it. */
export async function findOrder(
  ctx: TurnContext,
  fits: OrderFilter = () => true,
): Promise<OrderLookup> {
  const id = candidateId(ctx);
  if (ctx.customer) return id ? ownOrder(ctx, id) : chooseOwnOrder(ctx, fits);
  return id ? verifiedOrder(ctx, id) : askForOrderNumber(ctx);
}

function candidateId(ctx: TurnContext): string | null {
  if (ctx.u.slots.order_id) return ctx.u.slots.order_id;
  if (ctx.state.shown?.kind === 'orders') {
    const picked = pickShown(ctx.plain, ctx.state.shown.ids);
    if (picked) return picked;
  }
  return ctx.state.orderId;
}

async function ownOrder(ctx: TurnContext, id: string): Promise<OrderLookup> {
  const order = await ctx.deps.stores.orders.getOrder(ctx.shop.shop.id, id);
  if (order && order.customer_id === ctx.customer?.id) return focus(ctx, order);
  ctx.state.orderId = null;
  return {
    kind: 'reply',
    result: stalled({
      text: say(ctx, {
        zh: `您的账户里没有找到订单 ${id}，请核对一下订单号；也可以直接告诉我是哪件商品。`,
        en: `I couldn't find order ${id} in your account. Please check the number, or tell me which item it is.`,
      }),
    }),
  };
}

async function chooseOwnOrder(ctx: TurnContext, fits: OrderFilter): Promise<OrderLookup> {
  const all = await ctx.deps.stores.orders.listOrdersOfCustomer(
    ctx.shop.shop.id,
    ctx.customer?.id ?? '',
  );
  const words = ctx.u.slots.product ?? ctx.state.slots.product;
  const byItem = (o: Order) =>
    !words || o.items.some((i) => itemMatchesWords(ctx.shop, i.sku, words));
  const fitting = all.filter((o) => fits(o) && byItem(o));
  const candidates =
    fitting.length > 0 ? fitting : all.filter(fits).length > 0 ? all.filter(fits) : all;
  const [only] = candidates;
  if (candidates.length === 1 && only) return focus(ctx, only);
  if (candidates.length === 0) {
    return {
      kind: 'reply',
      result: answered({
        text: say(ctx, {
          zh: '您的账户里还没有订单。',
          en: 'There are no orders in your account yet.',
        }),
      }),
    };
  }
  const shown = candidates.slice(0, 5);
  ctx.state.shown = { kind: 'orders', ids: shown.map((o) => o.id) };
  ctx.state.awaiting = 'order_choice';
  return {
    kind: 'reply',
    result: answered({
      text:
        say(ctx, {
          zh: '您说的是哪一个订单？回复序号或订单号即可：',
          en: 'Which order do you mean? Reply with its number in the list or the order number:',
        }) +
        '\n' +
        orderChoices(ctx, shown),
      parts: [
        {
          kind: 'choices',
          choices: shown.map((o, i) => ({ label: `${i + 1}. ${o.id}`, value: o.id })),
        },
      ],
    }),
  };
}

async function verifiedOrder(ctx: TurnContext, id: string): Promise<OrderLookup> {
  const order = await ctx.deps.stores.orders.getOrder(ctx.shop.shop.id, id);
  if (order && ctx.state.verifiedOrders.includes(order.id)) return focus(ctx, order);
  const phone =
    ctx.u.slots.phone ??
    ctx.u.slots.phone_last4 ??
    ctx.state.slots.phone ??
    ctx.state.slots.phone_last4;
  const asked = ctx.state.awaiting === 'phone' && ctx.state.orderId === id && !ctx.u.slots.order_id;
  ctx.state.orderId = id;
  if (!phone) {
    ctx.state.awaiting = 'phone';
    const reply = {
      text: say(ctx, {
        zh: `为了保护您的隐私，请再提供订单 ${id} 的下单手机号（或手机号后四位）。`,
        en: `To protect your privacy, please also give the phone number on order ${id} (or its last 4 digits).`,
      }),
    };
    return { kind: 'reply', result: asked ? stalled(reply) : answered(reply) };
  }
  const owner = order
    ? await ctx.deps.stores.customers.getCustomer(ctx.shop.shop.id, order.customer_id)
    : null;
  if (ctx.state.verifyFailures >= MAX_VERIFY_FAILURES) return tooManyAttempts(ctx);
  if (order && phoneMatches(order, owner, phone)) {
    ctx.state.verifiedOrders.push(order.id);
    return focus(ctx, order);
  }
  ctx.state.verifyFailures += 1;
  delete ctx.state.slots.phone;
  delete ctx.state.slots.phone_last4;
  ctx.state.awaiting = 'phone';
  return {
    kind: 'reply',
    result: stalled({
      text: say(ctx, {
        zh: '订单号和手机号对不上，我没法查看这个订单。请核对后再发一次订单号和下单手机号（或后四位）。',
        en: "The order number and phone number don't match, so I can't open that order. Please check both and send them again.",
      }),
    }),
  };
}

/** Wrong order-number/phone pairs allowed in one conversation before the bot stops checking. */
const MAX_VERIFY_FAILURES = 3;

function tooManyAttempts(ctx: TurnContext): OrderLookup {
  return {
    kind: 'reply',
    result: {
      replies: [
        {
          text: say(ctx, {
            zh: '为了保护订单信息，这次对话里验证失败次数太多，我不能再核对了。我请同事来帮您确认身份。',
            en: "To protect order details I can't check any more numbers in this chat after several mismatches. I'm asking a colleague to verify you.",
          }),
        },
      ],
      progress: false,
      handoff: { reason: 'bot_cannot', note: 'too many failed order/phone checks' },
    },
  };
}

function askForOrderNumber(ctx: TurnContext): OrderLookup {
  const again = ctx.state.awaiting === 'order_id';
  ctx.state.awaiting = 'order_id';
  const reply = {
    text: say(ctx, {
      zh: '请发一下订单号，以及下单时的手机号（或后四位），我来帮您查。',
      en: 'Please send the order number and the phone number used for it (or its last 4 digits), and I will look it up.',
    }),
    alternatives: [
      say(ctx, {
        zh: '我需要订单号和下单手机号（或后四位）才能查看订单，订单号可以在订单详情页找到。',
        en: 'I need the order number and the phone number on the order (or its last 4 digits); the order number is on the order details page.',
      }),
    ],
  };
  return { kind: 'reply', result: again ? stalled(reply) : answered(reply) };
}

function focus(ctx: TurnContext, order: Order): OrderLookup {
  if (ctx.state.orderId !== order.id) ctx.state.itemSku = null;
  ctx.state.orderId = order.id;
  if (
    ctx.state.awaiting === 'order_choice' ||
    ctx.state.awaiting === 'order_id' ||
    ctx.state.awaiting === 'phone'
  ) {
    ctx.state.awaiting = null;
  }
  return { kind: 'found', order };
}
