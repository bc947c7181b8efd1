/**
 * Proposing, confirming and reporting order actions in words. Consequential actions are stated
 * exactly and wait for the customer's yes; price protection and invoices run at once. Every
 * refusal states the rule and what is possible instead.
 */
import type { Order } from '../../domain/bundle.ts';
import { ACTIONS } from '../actions/registry.ts';
import type { ActionType, Refusal } from '../actions/action-definition.ts';
import { runAction } from '../actions/run-action.ts';
import { skuTitle } from '../orders/order-items.ts';
import { maskPhone, money, paren } from '../replies/render.ts';
import {
  answered,
  say,
  type FlowResult,
  type Reply,
  type TurnContext,
} from '../turn/turn-context.ts';

const NEEDS_CONFIRMATION: readonly ActionType[] = [
  'cancel_order',
  'change_address',
  'change_items',
  'return',
  'exchange',
];

/** What a flow wants done. */
export interface Proposal {
  type: ActionType;
  order: Order;
  params: Record<string, unknown>;
  /** The exact change in the customer's language, e.g. "订单 X：T恤 M → L". */
  summary: string;
  /** What to offer if the policy refuses. */
  otherwise?: string;
}

/** Checks the proposal against the policy, then asks for confirmation or runs it. */
export async function proposeAction(ctx: TurnContext, p: Proposal): Promise<FlowResult> {
  const definition = ACTIONS[p.type];
  const params = definition.params.parse(p.params);
  const stock = new Map<string, number>();
  for (const sku of definition.skusOf(params))
    stock.set(sku, (await ctx.deps.stores.catalog.stockOf(ctx.shop.shop.id, sku)) ?? 0);
  const decision = definition.decide({
    order: p.order,
    params,
    shop: ctx.shop,
    now: ctx.now,
    stockOf: (s) => stock.get(s) ?? 0,
  });
  if (!decision.ok) return answered({ text: describeRefusal(ctx, decision, p.otherwise) });
  if (!NEEDS_CONFIRMATION.includes(p.type)) return execute(ctx, p);
  ctx.state.pending = { type: p.type, orderId: p.order.id, params: p.params, summary: p.summary };
  ctx.state.awaiting = null;
  return answered({
    text: say(ctx, {
      zh: `我将为您办理：${p.summary}。确认办理吗？回复“确认”即可。`,
      en: `Here is what I'll do: ${p.summary}. Shall I go ahead? Reply "yes" to confirm.`,
    }),
    parts: [
      { kind: 'confirm', action: p.type, summary: p.summary },
      {
        kind: 'choices',
        choices: [
          {
            label: say(ctx, { zh: '确认', en: 'Yes, go ahead' }),
            value: say(ctx, { zh: '确认', en: 'yes' }),
          },
          {
            label: say(ctx, { zh: '不用了', en: 'No' }),
            value: say(ctx, { zh: '不用了', en: 'no' }),
          },
        ],
      },
    ],
  });
}

async function execute(ctx: TurnContext, p: Proposal): Promise<FlowResult> {
  const result = await runAction({
    stores: ctx.deps.stores,
    shop: ctx.shop,
    type: p.type,
    orderId: p.order.id,
    params: p.params,
    actor: { kind: 'bot', id: null },
    conversationId: ctx.conversation.id,
    idempotencyKey: `${ctx.conversation.id}:${ctx.messageId}:${p.type}:${p.order.id}:${JSON.stringify(p.params)}`,
    now: ctx.now,
    newId: ctx.deps.newId ?? (() => crypto.randomUUID()),
  });
  if (result.status === 'refused')
    return answered({ text: describeRefusal(ctx, result.refusal, p.otherwise) });
  return answered(describeDone(ctx, p.type, result.detail, result.order));
}

/** "抱歉，这个订单无法取消：… 。您可以 …" */
export function describeRefusal(ctx: TurnContext, refusal: Refusal, otherwise?: string): string {
  const base = say(ctx, {
    zh: `抱歉，无法办理：${refusal.reason.zh}。`,
    en: `Sorry, I can't do that: ${refusal.reason.en}.`,
  });
  return otherwise ? `${base}${ctx.lang === 'zh' ? '' : ' '}${otherwise}` : base;
}

type Swap = { from_sku: string; to_sku: string };
const swaps = (ctx: TurnContext, items: unknown) =>
  (Array.isArray(items) ? (items as Swap[]) : [])
    .map(
      (s) =>
        `${skuTitle(ctx.shop, s.from_sku, ctx.lang)}${paren(s.from_sku, ctx.lang)} → ${skuTitle(ctx.shop, s.to_sku, ctx.lang)}${paren(s.to_sku, ctx.lang)}`,
    )
    .join(ctx.lang === 'zh' ? '；' : '; ');

/** The confirmation that an action was carried out, with what happens next. */
export function describeDone(
  ctx: TurnContext,
  type: ActionType,
  detail: Record<string, unknown>,
  order: Order,
): Reply {
  const cur = ctx.shop.shop.currency;
  const days = ctx.shop.policies.refund_days;
  const amount = money(Number(detail['refund_amount'] ?? 0), cur);
  const texts: Record<ActionType, () => { zh: string; en: string }> = {
    cancel_order: () => ({
      zh: `已为您取消订单 ${order.id}。${Number(detail['refund_amount']) > 0 ? `已付款 ${amount} 将在 ${days} 天内原路退回。` : ''}`,
      en: `Order ${order.id} is cancelled.${Number(detail['refund_amount']) > 0 ? ` The ${amount} you paid goes back to your original payment method within ${days} days.` : ''}`,
    }),
    change_address: () => ({
      zh: `订单 ${order.id} 的收货地址已改为：${order.address.name} ${maskPhone(order.address.phone)} ${order.address.region} ${order.address.line}。`,
      en: `The delivery address of order ${order.id} is now: ${order.address.name}, ${maskPhone(order.address.phone)}, ${order.address.region} ${order.address.line}.`,
    }),
    change_items: () => ({
      zh: `已修改订单 ${order.id}：${swaps(ctx, detail['items'])}，发货时按新规格发出。`,
      en: `Order ${order.id} is updated: ${swaps(ctx, detail['items'])}. It will ship with the new item.`,
    }),
    return: () => ({
      zh: `退货申请已提交（订单 ${order.id}），退款金额 ${amount}。请把商品寄回，${detail['return_shipping_paid_by'] === 'seller' ? '运费由我们承担' : '寄回运费由您承担'}；我们收到退货后 ${days} 天内原路退款。`,
      en: `Your return for order ${order.id} is registered: refund ${amount}. Please send the item back (${detail['return_shipping_paid_by'] === 'seller' ? 'we pay the return shipping' : 'return shipping is on you'}); the refund is issued within ${days} days after it arrives.`,
    }),
    exchange: () => ({
      zh: `换货已办理：订单 ${order.id}，${swaps(ctx, detail['items'])}。新商品已为您预留，请把原商品寄回，我们收到后尽快发出新商品并告知单号。`,
      en: `Exchange done for order ${order.id}: ${swaps(ctx, detail['items'])}. The new item is reserved for you; send the original back and we will ship the new one as soon as it arrives.`,
    }),
    price_protection: () => ({
      zh: `价保已办理：订单 ${order.id} 的 ${skuTitle(ctx.shop, String(detail['sku']), 'zh')}（${String(detail['sku'])}）退差价 ${amount}，将在 ${days} 天内原路退回。`,
      en: `Price protection applied to order ${order.id}: ${amount} back for ${skuTitle(ctx.shop, String(detail['sku']), 'en')} (${String(detail['sku'])}), refunded to your original payment method within ${days} days.`,
    }),
    invoice_request: () => ({
      zh: `已为订单 ${order.id} 申请${detail['kind'] === 'paper' ? '纸质' : '电子'}发票，开具后会发送给您。`,
      en: `I've requested ${detail['kind'] === 'paper' ? 'a paper' : 'an electronic'} invoice for order ${order.id}; it will be sent to you once issued.`,
    }),
  };
  return { text: say(ctx, texts[type]()) };
}
