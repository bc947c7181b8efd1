/**
 * Which flow handles this message: a clear new request switches topic; an answer to what the bot
 * just asked (an order number, a phone, "the second one", a size) continues the current topic.
 */
import type { Intent } from '../../domain/understanding.ts';
import type { Awaiting } from '../dialogue-state.ts';
import { pickShown } from './pick-shown.ts';
import type { TurnContext } from './turn-context.ts';

const CONFIDENT = 0.55;
const SOCIAL: readonly Intent[] = ['greeting', 'thanks_bye', 'other'];

const ANSWERS: Record<Awaiting, (ctx: TurnContext) => boolean> = {
  order_id: (c) => Boolean(c.u.slots.order_id),
  phone: (c) => Boolean(c.u.slots.phone ?? c.u.slots.phone_last4 ?? c.u.slots.order_id),
  order_choice: (c) => Boolean(c.u.slots.order_id) || shownPick(c),
  item_choice: (c) =>
    shownPick(c) || Boolean(c.u.slots.product ?? c.u.slots.color ?? c.u.slots.size),
  address: (c) => c.plain.trim().length >= 4 || shownPick(c),
  target_variant: (c) => Boolean(c.u.slots.size ?? c.u.slots.size_direction ?? c.u.slots.color),
  body: (c) => Boolean(c.u.slots.height_cm ?? c.u.slots.weight_kg ?? c.u.slots.size),
  product: (c) => Boolean(c.u.slots.product) || shownPick(c) || c.plain.trim().length >= 2,
  damage_remedy: (c) =>
    /退|换|換|refund|return|exchange|replace|new one|重发|補發|补发/i.test(c.plain),
  invoice_title: (c) => c.plain.trim().length >= 2,
};

function shownPick(ctx: TurnContext): boolean {
  return ctx.state.shown ? pickShown(ctx.plain, ctx.state.shown.ids) !== null : false;
}

/** The intent whose flow runs this turn; updates `state.topic`. */
export function chooseTopic(ctx: TurnContext): Intent {
  const { u, state } = ctx;
  if (
    u.slots.order_id &&
    SOCIAL.includes(u.intent) &&
    (!state.topic || SOCIAL.includes(state.topic))
  ) {
    // A bare order number with nothing else asked: the customer wants to know about that order.
    state.topic = 'order_tracking';
    return 'order_tracking';
  }
  const social = SOCIAL.includes(u.intent) && u.intent !== 'other' && u.confidence >= 0.8;
  const answering = state.topic && state.awaiting && !social ? ANSWERS[state.awaiting](ctx) : false;
  const clearNew =
    u.intent !== state.topic && !SOCIAL.includes(u.intent) && u.confidence >= CONFIDENT;
  if (state.topic && answering && !(clearNew && u.confidence >= 0.85 && !isShortAnswer(u.text))) {
    return state.topic;
  }
  if (clearNew || (!SOCIAL.includes(u.intent) && u.intent !== state.topic)) {
    state.awaiting = null;
    state.topic = u.intent;
    return u.intent;
  }
  if (state.topic && !SOCIAL.includes(state.topic) && u.intent === 'other' && hasUsefulSlots(ctx)) {
    return state.topic;
  }
  if (!SOCIAL.includes(u.intent)) state.topic = u.intent;
  return u.intent;
}

function isShortAnswer(text: string): boolean {
  const t = text.replace(/[\s\p{P}]/gu, '');
  return t.length <= 8 || text.trim().split(/\s+/).length <= 3;
}

function hasUsefulSlots(ctx: TurnContext): boolean {
  return Object.keys(ctx.u.slots).length > 0;
}
