/** What every flow receives for one customer turn, and what it gives back. */
import type { Customer } from '../../domain/bundle.ts';
import type { Conversation, HandoffReason, MessagePart } from '../../domain/conversation.ts';
import type { ShopSnapshot } from '../../domain/ports.ts';
import type { Understanding } from '../../domain/understanding.ts';
import type { DialogueState } from '../dialogue-state.ts';
import type { EngineDeps } from '../engine-types.ts';
import type { Lang } from '../replies/render.ts';

/** One turn's inputs; `state` is the flow's to change. */
export interface TurnContext {
  deps: EngineDeps;
  shop: ShopSnapshot;
  conversation: Conversation;
  state: DialogueState;
  u: Understanding;
  /** The message folded for matching: NFKC, simplified Chinese, lower case. */
  plain: string;
  lang: Lang;
  now: Date;
  /** The signed-in customer, or null for an anonymous visitor. */
  customer: Customer | null;
  /** The customer message being answered (idempotency keys derive from it). */
  messageId: string;
}

/** One reply; `alternatives` are other wordings used when `text` would repeat the last reply. */
export interface Reply {
  text: string;
  parts?: MessagePart[];
  alternatives?: string[];
}

/** What a flow decided. */
export interface FlowResult {
  replies: Reply[];
  /** False when the turn moved nothing forward (the loop guard counts these). */
  progress: boolean;
  handoff?: { reason: HandoffReason; note: string };
  /** The customer is done: the conversation is resolved (writing again reopens it). */
  resolve?: boolean;
}

/** A flow: one intent's handling for one turn. */
export type Flow = (ctx: TurnContext) => Promise<FlowResult>;

/** A reply that moved the conversation forward. */
export const answered = (...replies: Reply[]): FlowResult => ({ replies, progress: true });

/** A reply that did not (asked again, did not understand). */
export const stalled = (...replies: Reply[]): FlowResult => ({ replies, progress: false });

/** Text in the turn's language. */
export const say = (ctx: { lang: Lang }, text: { zh: string; en: string }): string =>
  text[ctx.lang];
