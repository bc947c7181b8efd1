/**
 * Conversations and messages, and the conversation status machine (STYLE.md item 6):
 * bot → queued → with_agent → resolved, and back to bot. Transitions are a table, not ifs.
 */
import { z } from 'zod';
import { conflict } from './errors.ts';

export const CONVERSATION_STATUSES = ['bot', 'queued', 'with_agent', 'resolved'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
export const ConversationStatusSchema = z.enum(CONVERSATION_STATUSES);

const TRANSITIONS: Record<ConversationStatus, readonly ConversationStatus[]> = {
  bot: ['queued', 'with_agent', 'resolved'],
  queued: ['with_agent', 'bot', 'resolved'],
  with_agent: ['with_agent', 'queued', 'bot', 'resolved'],
  resolved: ['bot', 'queued'],
};

/** Whether a conversation may move from `from` to `to`. */
export function canTransition(from: ConversationStatus, to: ConversationStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

/** Throws `conflict` unless the move is allowed. */
export function assertTransition(from: ConversationStatus, to: ConversationStatus): void {
  if (!canTransition(from, to)) {
    throw conflict(`A conversation cannot go from "${from}" to "${to}".`);
  }
}

export const AUTHORS = ['customer', 'bot', 'agent', 'system'] as const;
export type Author = (typeof AUTHORS)[number];
export const AuthorSchema = z.enum(AUTHORS);

/** Structured content shown beside a message's text (the widget renders these). */
export const MessagePartSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('order'),
    order_id: z.string(),
    status: z.string(),
    items: z.array(
      z.object({ sku: z.string(), title: z.string(), quantity: z.number(), price: z.number() }),
    ),
    total: z.number().optional(),
    carrier: z.string().optional(),
    tracking_no: z.string().optional(),
    events: z
      .array(z.object({ at: z.string(), text: z.string(), location: z.string().optional() }))
      .optional(),
  }),
  z.object({
    kind: z.literal('product'),
    product_id: z.string(),
    title: z.string(),
    price: z.number(),
    image: z.string().optional(),
    stock: z.array(z.object({ sku: z.string(), label: z.string(), stock: z.number() })),
  }),
  z.object({
    kind: z.literal('choices'),
    choices: z.array(z.object({ label: z.string(), value: z.string() })),
  }),
  z.object({
    kind: z.literal('confirm'),
    action: z.string(),
    summary: z.string(),
  }),
  z.object({
    kind: z.literal('queue'),
    position: z.number().int().nonnegative(),
    eta_minutes: z.number().nonnegative().nullable(),
    opens_at: z.string().nullable(),
  }),
]);
export type MessagePart = z.infer<typeof MessagePartSchema>;

/** A conversation between one customer (or visitor) and the shop. */
export interface Conversation {
  id: string;
  shopId: string;
  customerId: string | null;
  visitorId: string | null;
  status: ConversationStatus;
  language: string;
  /** The dialogue's working memory, owned and parsed by the engine. */
  state: unknown;
  createdAt: string;
  updatedAt: string;
}

/** One message; `seq` orders a conversation's messages and lets clients resume after it. */
export interface Message {
  id: string;
  conversationId: string;
  seq: number;
  author: Author;
  authorId: string | null;
  clientId: string | null;
  text: string;
  parts: MessagePart[];
  meta: Record<string, unknown>;
  createdAt: string;
}

export const HANDOFF_REASONS = [
  'asked_human',
  'anger',
  'threat',
  'safety_money',
  'repetition',
  'no_progress',
  'bot_cannot',
] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];
export const HandoffReasonSchema = z.enum(HANDOFF_REASONS);

/** A conversation's entry in the human queue. */
export interface Handoff {
  id: string;
  conversationId: string;
  reason: HandoffReason;
  /** Lower is sooner: threats, safety and money first. */
  priority: number;
  detail: Record<string, unknown>;
  createdAt: string;
  assignedTo: string | null;
  assignedAt: string | null;
  closedAt: string | null;
}
