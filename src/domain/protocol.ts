/**
 * The chat protocol shared by the server, the widget and the console: request bodies, public
 * views of conversations and messages, and the real-time frames. Parsed with zod on every side.
 */
import { z } from 'zod';
import { AuthorSchema, ConversationStatusSchema, MessagePartSchema } from './conversation.ts';

/** The longest message the API accepts at all (longer ones are refused before the engine). */
export const MAX_BODY_TEXT = 20_000;

export const StartConversationBody = z.object({
  visitor_id: z.string().min(1).max(100).optional(),
  customer_token: z.string().min(1).max(4000).optional(),
  /** zh-TW starts replies in traditional Chinese until the customer writes otherwise. */
  language: z.enum(['zh', 'zh-TW', 'en']).optional(),
});

export const PostMessageBody = z.object({
  text: z.string().max(MAX_BODY_TEXT),
  client_id: z.string().min(1).max(100).optional(),
  /** Set by the widget's "talk to a person" control: hand off whatever the text says. */
  intent: z.literal('human_agent').optional(),
});

export const RatingBody = z.object({
  score: z.number().int().min(1).max(5),
  comment: z.string().max(1000).optional(),
});

export const PublicMessageSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  author: AuthorSchema,
  author_name: z.string().nullable(),
  /** The sender's own id for a customer message (lets a client match its pending copy). */
  client_id: z.string().nullable(),
  text: z.string(),
  parts: z.array(MessagePartSchema),
  created_at: z.string(),
});
export type PublicMessage = z.infer<typeof PublicMessageSchema>;

export const PublicConversationSchema = z.object({
  id: z.string(),
  shop_id: z.string(),
  status: ConversationStatusSchema,
  language: z.string(),
  signed_in: z.boolean(),
  created_at: z.string(),
});
export type PublicConversation = z.infer<typeof PublicConversationSchema>;

/** Socket frame a customer sends to follow a conversation, resuming after `after_seq`. */
export const JoinConversationFrame = z.object({
  shop_id: z.string(),
  conversation_id: z.string(),
  access_token: z.string(),
  after_seq: z.number().int().nonnegative().default(0),
});
