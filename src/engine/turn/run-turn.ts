/**
 * One bot turn: escalate → confirm a pending change → notice repetition → pick the flow → run it
 * → guard against loops. A request for a person is honoured in this same turn; two turns without
 * progress or a repeated message bring a person in too.
 */
import type { Handoff, HandoffReason } from '../../domain/conversation.ts';
import type { EscalationCause } from '../../domain/understanding.ts';
import { startHandoff } from '../handoff/start-handoff.ts';
import { FLOWS } from '../flows/index.ts';
import { confirmPending } from './confirm-pending.ts';
import { chooseTopic } from './choose-topic.ts';
import { isRepetition, rememberText } from './repetition.ts';
import { resolveMentions } from './resolve-mentions.ts';
import { say, type FlowResult, type Reply, type TurnContext } from './turn-context.ts';

/** What the turn decided: replies, and the handoff it opened (if any). */
export interface TurnDecision {
  replies: Reply[];
  handoff: Handoff | null;
  resolve?: boolean;
}

const CAUSE_REASON: Record<EscalationCause, HandoffReason> = {
  asked_human: 'asked_human',
  anger: 'anger',
  threat: 'threat',
  safety_money: 'safety_money',
};

/** Runs the bot's side of one customer message. */
export async function runTurn(ctx: TurnContext): Promise<TurnDecision> {
  const repeated = isRepetition(ctx.u.text, ctx.state.customerTexts);
  ctx.state.customerTexts = rememberText(ctx.state.customerTexts, ctx.u.text);
  await resolveMentions(ctx);
  mergeSlots(ctx);
  if (ctx.u.intent === 'human_agent' || ctx.u.escalate) {
    const reason =
      ctx.u.intent === 'human_agent'
        ? 'asked_human'
        : CAUSE_REASON[ctx.u.escalation_cause ?? 'anger'];
    return handOff(ctx, reason, 'escalated by the message', []);
  }
  if (ctx.state.pending) {
    const confirmed = await confirmPending(ctx);
    if (confirmed) return guard(ctx, confirmed, repeated);
  }
  if (repeated && ctx.conversation.status === 'bot') {
    return handOff(ctx, 'repetition', 'the customer repeated themselves', [
      {
        text: say(ctx, {
          zh: '抱歉，看来我没能解决您的问题。',
          en: "Sorry, it looks like I haven't solved this for you.",
        }),
      },
    ]);
  }
  const topic = chooseTopic(ctx);
  const result = await FLOWS[topic](ctx);
  return guard(ctx, result, false);
}

async function guard(
  ctx: TurnContext,
  result: FlowResult,
  repeated: boolean,
): Promise<TurnDecision> {
  if (result.handoff)
    return handOff(ctx, result.handoff.reason, result.handoff.note, result.replies);
  ctx.state.noProgress = result.progress ? 0 : ctx.state.noProgress + 1;
  const limit = ctx.shop.policies.human_handoff?.max_bot_turns_without_progress ?? 2;
  const stuck = ctx.state.noProgress >= limit || repeated;
  if (stuck && ctx.conversation.status === 'bot') {
    return handOff(ctx, 'no_progress', 'the bot made no progress', [
      {
        text: say(ctx, {
          zh: '抱歉，这个问题我没能帮您解决。',
          en: "Sorry, I haven't been able to sort this out.",
        }),
      },
    ]);
  }
  return { replies: result.replies, handoff: null, ...(result.resolve ? { resolve: true } : {}) };
}

async function handOff(
  ctx: TurnContext,
  reason: HandoffReason,
  note: string,
  before: Reply[],
): Promise<TurnDecision> {
  const { handoff, reply } = await startHandoff(ctx, reason, note);
  ctx.state.pending = null;
  ctx.state.awaiting = null;
  ctx.state.noProgress = 0;
  return { replies: [...before, reply], handoff };
}

function mergeSlots(ctx: TurnContext): void {
  const slots = ctx.u.slots;
  if (slots.phone) delete ctx.state.slots.phone_last4;
  if (slots.phone_last4) delete ctx.state.slots.phone;
  if (slots.size) delete ctx.state.slots.size_direction;
  if (slots.size_direction) delete ctx.state.slots.size;
  ctx.state.slots = { ...ctx.state.slots, ...slots };
}
