/**
 * What one scenario run produced, as the judge reads it: each turn's replies and status, and
 * the actions executed. Plain data, so the judge stays pure and easy to test.
 */
import type { Author, ConversationStatus } from '../../domain/conversation.ts';

/** One reply sent in answer to a customer turn. */
export interface Reply {
  author: Author;
  text: string;
}

/** One customer turn and what followed it. */
export interface TurnRecord {
  customer: string;
  /** Bot and system messages sent in answer, in order. */
  replies: Reply[];
  /** The conversation's status once the turn was handled. */
  status: ConversationStatus;
  /** A `handoff.created` event was published during the turn. */
  handoffCreated: boolean;
  /** The customer asked for a person (understanding or lexicon). */
  asksForPerson: boolean;
}

/** An action the audit log shows as executed: its spec type, order and spec fields. */
export interface ExecutedAction {
  type: string;
  orderId: string | null;
  /** The audit entry's detail with `order_id` filled in. */
  fields: Record<string, unknown>;
}

/** A whole scenario run; `error` says where and why it crashed, if it did. */
export interface Transcript {
  turns: TurnRecord[];
  executed: ExecutedAction[];
  error: string | null;
}
