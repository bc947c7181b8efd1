/**
 * The customer's answer to a change the bot described: yes runs the action (through the one
 * action module), no drops it, anything else either starts something new or asks again.
 */
import { runAction } from '../actions/run-action.ts';
import { describeDone, describeRefusal } from '../flows/action-replies.ts';
import { readConfirmation } from './confirmation.ts';
import { answered, say, stalled, type FlowResult, type TurnContext } from './turn-context.ts';

/** A result when the message answered the pending change; null to handle it as a new request. */
export async function confirmPending(ctx: TurnContext): Promise<FlowResult | null> {
  const pending = ctx.state.pending;
  if (!pending) return null;
  const sameIntent = ctx.u.intent === ctx.state.topic;
  const answer = readConfirmation(ctx.plain, sameIntent ? 'yes' : 'unclear');
  if (answer === 'yes') {
    ctx.state.pending = null;
    return executePending(ctx, pending);
  }
  if (answer === 'no') {
    ctx.state.pending = null;
    return answered({
      text: say(ctx, {
        zh: '好的，这次不做修改。还有什么可以帮您？',
        en: "OK, I won't change anything. What else can I help with?",
      }),
    });
  }
  const changedMind =
    Object.keys(ctx.u.slots).length > 0 || (ctx.u.intent !== 'other' && ctx.u.confidence >= 0.55);
  if (changedMind) {
    ctx.state.pending = null;
    return null;
  }
  return stalled({
    text: say(ctx, {
      zh: `请确认是否办理：${pending.summary}。回复“确认”办理，或“不用了”取消。`,
      en: `Shall I go ahead with this: ${pending.summary}? Reply "yes" to confirm or "no" to leave it.`,
    }),
    alternatives: [
      say(ctx, {
        zh: `还没有办理。如需办理（${pending.summary}），请回复“确认”；不需要请回复“不用了”，也可以直接说别的问题。`,
        en: `Nothing has been changed yet. To go ahead (${pending.summary}) reply "yes"; otherwise say "no" or ask me anything else.`,
      }),
    ],
  });
}

async function executePending(
  ctx: TurnContext,
  pending: NonNullable<TurnContext['state']['pending']>,
): Promise<FlowResult> {
  const result = await runAction({
    stores: ctx.deps.stores,
    shop: ctx.shop,
    type: pending.type,
    orderId: pending.orderId,
    params: pending.params,
    actor: { kind: 'bot', id: null },
    conversationId: ctx.conversation.id,
    idempotencyKey: `${ctx.conversation.id}:${ctx.messageId}:${pending.type}:${pending.orderId}:${JSON.stringify(pending.params)}`,
    now: ctx.now,
    newId: ctx.deps.newId ?? (() => crypto.randomUUID()),
  });
  if (result.status === 'refused') return answered({ text: describeRefusal(ctx, result.refusal) });
  return answered(describeDone(ctx, pending.type, result.detail, result.order));
}
