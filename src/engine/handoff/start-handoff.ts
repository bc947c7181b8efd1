/**
 * Puts a conversation in the human queue, in the same turn, and tells the customer what happens:
 * their place and the estimated wait, or — outside business hours or with nobody online — when
 * a person will reply. The handoff carries a summary so nobody has to repeat themselves.
 */
import { isOpen, nextOpening } from '../../domain/business-hours.ts';
import type { Handoff, HandoffReason } from '../../domain/conversation.ts';
import { dayTime } from '../replies/render.ts';
import { say, type Reply, type TurnContext } from '../turn/turn-context.ts';
import { estimateWait } from './estimate-wait.ts';

/** Lower goes first: threats, safety and money before everything else. */
export const HANDOFF_PRIORITY: Record<HandoffReason, number> = {
  safety_money: 0,
  threat: 0,
  anger: 1,
  asked_human: 2,
  repetition: 2,
  no_progress: 2,
  bot_cannot: 2,
};

/** Opens (or reuses) the conversation's handoff and returns the reply that announces it. */
export async function startHandoff(ctx: TurnContext, reason: HandoffReason, note: string) {
  const { stores, newId } = ctx.deps;
  const shopId = ctx.shop.shop.id;
  const existing = await stores.handoffs.openHandoffOf(shopId, ctx.conversation.id);
  const handoff: Handoff = existing ?? {
    id: `${ctx.now.getTime().toString(36).padStart(9, '0')}-${newId?.() ?? crypto.randomUUID()}`,
    conversationId: ctx.conversation.id,
    reason,
    priority: HANDOFF_PRIORITY[reason],
    detail: summary(ctx, reason, note),
    createdAt: ctx.now.toISOString(),
    assignedTo: null,
    assignedAt: null,
    closedAt: null,
  };
  if (!existing) await stores.handoffs.createHandoff(shopId, handoff);
  return { handoff, created: !existing, reply: await queueReply(ctx, handoff, !existing) };
}

function summary(ctx: TurnContext, reason: HandoffReason, note: string): Record<string, unknown> {
  return {
    reason,
    note,
    intent: ctx.u.intent,
    topic: ctx.state.topic,
    slots: { ...ctx.state.slots, ...ctx.u.slots },
    order_id: ctx.state.orderId,
    frustration: ctx.u.frustration,
    customer_id: ctx.customer?.id ?? null,
    last_customer_text: ctx.u.text.slice(0, 500),
    last_bot_text: ctx.state.lastBotText,
  };
}

/** What the customer is told about their place in the queue. */
export async function queueReply(ctx: TurnContext, handoff: Handoff, fresh = true): Promise<Reply> {
  const shopId = ctx.shop.shop.id;
  const queue = (await ctx.deps.stores.handoffs.openHandoffs(shopId)).filter((h) => !h.assignedTo);
  const index = queue.findIndex((h) => h.id === handoff.id);
  const position = index < 0 ? 1 : index + 1;
  const online = await ctx.deps.presence.onlineAgents(shopId, ctx.deps.stores.agents);
  const tz = ctx.shop.shop.timezone;
  if (online > 0 && isOpen(ctx.shop.shop, ctx.now)) {
    const eta = await estimateWait(ctx.deps.stores, shopId, position, online);
    const text = fresh
      ? say(ctx, {
          zh: `好的，正在为您转接人工客服。${position > 1 ? `您前面还有 ${position - 1} 位，` : '您是下一位，'}预计等待约 ${eta} 分钟。我已把刚才的情况转给同事，您不用再重复说明。`,
          en: `Sure — I'm bringing in a person from our team. ${position > 1 ? `There ${position - 1 === 1 ? 'is 1 customer' : `are ${position - 1} customers`} ahead of you; the` : "You're next in line; the"} estimated wait is about ${eta} min. They will see everything we said, so you won't need to repeat yourself.`,
        })
      : say(ctx, {
          zh: `您已经在人工客服的队列里了，前面还有 ${position - 1} 位，预计还要约 ${eta} 分钟。同事接入前，我也可以先帮您查询。`,
          en: `You're already in the queue for a person: ${position - 1} ahead of you, about ${eta} min to go. Until they join, I can still look things up for you.`,
        });
    return { text, parts: [{ kind: 'queue', position, eta_minutes: eta, opens_at: null }] };
  }
  const opens = nextOpening(ctx.shop.shop, ctx.now);
  const when = opens && opens.getTime() > ctx.now.getTime() ? dayTime(opens, tz) : null;
  const text = when
    ? say(ctx, {
        zh: `现在人工客服不在线（非工作时间）。您的问题已登记，人工客服会在 ${when} 上班后第一时间回复您，您不用重复说明。在此之前，我也可以继续帮您查询订单、物流等。`,
        en: `Our team is offline right now (outside business hours). Your request is queued and a person will reply after we open at ${when}; you won't need to repeat yourself. Meanwhile I can still look things up for you.`,
      })
    : say(ctx, {
        zh: '现在暂时没有人工客服在线。您的问题已登记，同事上线后会第一时间回复您，您不用重复说明。在此之前，我也可以继续帮您查询。',
        en: "No one from our team is online at the moment. Your request is queued and a person will reply as soon as someone is available; you won't need to repeat yourself. Meanwhile I can still help with lookups.",
      });
  return {
    text,
    parts: [
      { kind: 'queue', position, eta_minutes: null, opens_at: opens ? opens.toISOString() : null },
    ],
  };
}
