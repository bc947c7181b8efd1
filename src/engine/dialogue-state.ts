/**
 * The dialogue's working memory, kept with the conversation between turns: the topic, the slots
 * gathered so far, the order and product in focus, what was just shown (so "the second one"
 * resolves), the change awaiting the customer's confirmation, and the loop guards.
 */
import { z } from 'zod';
import { ACTION_TYPES } from '../domain/action-types.ts';
import { IntentSchema, SlotsSchema } from '../domain/understanding.ts';

export const PendingActionSchema = z.object({
  type: z.enum(ACTION_TYPES),
  orderId: z.string(),
  params: z.record(z.string(), z.unknown()),
  summary: z.string(),
});
export type PendingAction = z.infer<typeof PendingActionSchema>;

export const AWAITING = [
  'order_id',
  'phone',
  'order_choice',
  'item_choice',
  'address',
  'target_variant',
  'body',
  'product',
  'damage_remedy',
  'invoice_title',
] as const;
export type Awaiting = (typeof AWAITING)[number];

export const DialogueStateSchema = z.object({
  topic: IntentSchema.nullable().default(null),
  slots: SlotsSchema.default({}),
  orderId: z.string().nullable().default(null),
  itemSku: z.string().nullable().default(null),
  productId: z.string().nullable().default(null),
  verifiedOrders: z.array(z.string()).default([]),
  /** Wrong order-number/phone pairs so far (guessing is stopped after a few). */
  verifyFailures: z.number().int().default(0),
  pending: PendingActionSchema.nullable().default(null),
  awaiting: z.enum(AWAITING).nullable().default(null),
  shown: z
    .object({
      kind: z.enum(['orders', 'products', 'items', 'addresses']),
      ids: z.array(z.string()),
    })
    .nullable()
    .default(null),
  couponCodes: z.array(z.string()).default([]),
  noProgress: z.number().int().default(0),
  customerTexts: z.array(z.string()).default([]),
  lastBotText: z.string().nullable().default(null),
  turn: z.number().int().default(0),
  script: z.enum(['hans', 'hant', 'latin']).default('hans'),
});
export type DialogueState = z.infer<typeof DialogueStateSchema>;

/** The state stored with a conversation, or a fresh one when it is missing or unreadable. */
export function readDialogueState(stored: unknown): DialogueState {
  const parsed = DialogueStateSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DialogueStateSchema.parse({});
}
