/**
 * The workspace API's answers, parsed with zod on arrival (STYLE.md item 4). Messages use the
 * shared protocol schema; the agent views (src/server/agent-views.ts) are described here.
 */
import { z } from 'zod';
import { AGENT_ROLES, AGENT_STATUSES } from '../../../../src/domain/agent.ts';
import { CONVERSATION_STATUSES, HANDOFF_REASONS } from '../../../../src/domain/conversation.ts';
import { PublicMessageSchema } from '../../../../src/domain/protocol.ts';

export const AgentSchema = z.object({
  id: z.string(),
  shop_id: z.string(),
  email: z.string(),
  display_name: z.string(),
  role: z.enum(AGENT_ROLES),
  status: z.enum(AGENT_STATUSES),
  capacity: z.number(),
});
export type ConsoleAgent = z.infer<typeof AgentSchema>;

export const MeAnswer = z.object({ agent: AgentSchema, csrf_token: z.string() });

export const QueueRowSchema = z.object({
  conversation_id: z.string(),
  status: z.enum(CONVERSATION_STATUSES),
  reason: z.enum(HANDOFF_REASONS),
  priority: z.number(),
  waiting_seconds: z.number(),
  queued_at: z.string(),
  assigned_to: z.string().nullable(),
  customer_id: z.string().nullable(),
  customer_name: z.string().nullable().default(null),
  language: z.string(),
  last_customer_text: z.string().nullable(),
});
export type QueueRow = z.infer<typeof QueueRowSchema>;

/** A recently closed handoff: whose it was, why, when it closed, where it is now. */
export const RecentRowSchema = z.object({
  conversation_id: z.string(),
  status: z.enum(CONVERSATION_STATUSES),
  reason: z.enum(HANDOFF_REASONS),
  queued_at: z.string(),
  closed_at: z.string(),
  assigned_to: z.string().nullable(),
  assigned_name: z.string().nullable(),
  customer_id: z.string().nullable(),
  customer_name: z.string().nullable(),
  language: z.string(),
});
export type RecentRow = z.infer<typeof RecentRowSchema>;

export const TeamMemberSchema = z.object({
  id: z.string(),
  display_name: z.string(),
  role: z.enum(AGENT_ROLES),
  status: z.enum(AGENT_STATUSES),
  capacity: z.number(),
  load: z.number(),
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

export const SnapshotSchema = z.object({
  agent: AgentSchema,
  queue: z.array(QueueRowSchema),
  mine: z.array(QueueRowSchema),
  others: z.array(QueueRowSchema),
  recent: z.array(RecentRowSchema).default([]),
  team: z.array(TeamMemberSchema),
  now: z.string(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** What the bot knew when it handed off (engine/handoff/start-handoff.ts `summary`). */
export const SummarySchema = z.looseObject({
  note: z.string().nullish(),
  intent: z.string().nullish(),
  topic: z.string().nullish(),
  slots: z.record(z.string(), z.unknown()).nullish(),
  order_id: z.string().nullish(),
  frustration: z.number().nullish(),
  last_customer_text: z.string().nullish(),
  last_bot_text: z.string().nullish(),
});
export type HandoffSummary = z.infer<typeof SummarySchema>;

export const OrderSchema = z.object({
  id: z.string(),
  status: z.string(),
  created_at: z.string(),
  total: z.number().nullable(),
  items: z.array(z.object({ sku: z.string(), quantity: z.number(), unit_price: z.number() })),
  tracking_no: z.string().nullable(),
  carrier: z.string().nullable(),
  after_sales: z.array(z.looseObject({ type: z.string(), status: z.string().optional() })),
});
export type CustomerOrder = z.infer<typeof OrderSchema>;

export const ConsoleMessageSchema = PublicMessageSchema.extend({
  intent: z.string().nullable().optional(),
});
export type ConsoleMessage = z.infer<typeof ConsoleMessageSchema>;

export const NoteSchema = z.object({
  id: z.string(),
  agentId: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export type Note = z.infer<typeof NoteSchema>;

export const AuditSchema = z.object({
  id: z.string(),
  orderId: z.string().nullable(),
  action: z.string(),
  outcome: z.enum(['executed', 'refused', 'overridden']),
  actor: z.enum(['bot', 'agent', 'system']),
  actorId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type AuditRow = z.infer<typeof AuditSchema>;

export const DetailSchema = z.object({
  conversation: z.object({
    id: z.string(),
    status: z.enum(CONVERSATION_STATUSES),
    language: z.string(),
    created_at: z.string(),
  }),
  handoff: z
    .object({
      id: z.string(),
      reason: z.enum(HANDOFF_REASONS),
      priority: z.number(),
      summary: SummarySchema,
      created_at: z.string(),
      assigned_to: z.string().nullable(),
    })
    .nullable(),
  customer: z.object({
    signed_in: z.boolean(),
    id: z.string().nullable(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    orders: z.array(OrderSchema),
  }),
  messages: z.array(ConsoleMessageSchema),
  notes: z.array(NoteSchema),
  audit: z.array(AuditSchema),
  suggestion: z.string().nullable(),
});
export type Detail = z.infer<typeof DetailSchema>;

export const MacroSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  position: z.number(),
});
export type Macro = z.infer<typeof MacroSchema>;

const Bilingual = z.object({ zh: z.string(), en: z.string() });

export const ActionAnswer = z.discriminatedUnion('status', [
  z.object({ status: z.literal('executed'), detail: z.record(z.string(), z.unknown()) }),
  z.object({
    status: z.literal('refused'),
    rule: z.string(),
    reason: Bilingual,
    overridable: z.boolean(),
  }),
]);
export type ActionResult = z.infer<typeof ActionAnswer>;

export const ErrorAnswer = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.string()).optional(),
  }),
});

/** A new message on the agents' 'event' stream (src/server/socket-hub.ts `agentFrame`). */
export const MessageFrameSchema = z.object({
  type: z.literal('message.created'),
  conversation_id: z.string(),
  message: PublicMessageSchema,
});

/** Any other frame: its type and the conversation it is about (either spelling). */
export const OtherFrameSchema = z
  .looseObject({
    type: z.string(),
    conversation_id: z.string().nullish(),
    conversationId: z.string().nullish(),
  })
  .transform((f) => ({
    type: f.type,
    conversationId: f.conversation_id ?? f.conversationId ?? null,
  }));
export type AgentFrame = z.infer<typeof OtherFrameSchema>;
