/**
 * The live side of a conversation over socket.io: join with the last seq seen, take the missed
 * messages from the acknowledgement, then live messages, status changes and typing. socket.io
 * itself falls back to HTTP long-polling when WebSocket is blocked.
 */
import { io, type Socket } from 'socket.io-client';
import { z } from 'zod';
import {
  ConversationStatusSchema,
  type ConversationStatus,
} from '../../../../src/domain/conversation.ts';
import {
  PublicConversationSchema,
  PublicMessageSchema,
  type PublicMessage,
} from '../../../../src/domain/protocol.ts';
import type { ConversationKey } from './chat-api.ts';

const JoinAck = z.union([
  z.object({
    ok: z.literal(true),
    conversation: PublicConversationSchema,
    missed: z.array(PublicMessageSchema),
  }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string() }).optional() }),
]);
const StatusFrame = z.object({ conversation_id: z.string(), status: ConversationStatusSchema });
const TypingFrame = z.object({ author: z.enum(['bot', 'agent']) });
const QueueFrame = z.object({
  conversation_id: z.string(),
  position: z.number().int().positive(),
  eta_minutes: z.number().nonnegative().nullable(),
});

/** The customer's live place in the human queue. */
export type LiveQueue = { position: number; eta_minutes: number | null };

/** What the live link reports to the session. */
export interface LiveHandlers {
  lastSeq(): number;
  onMessages(messages: PublicMessage[]): void;
  onStatus(status: ConversationStatus): void;
  onTyping(author: 'bot' | 'agent'): void;
  /** The queue moved: the new place and wait while waiting for a person. */
  onQueue(queue: LiveQueue): void;
  /** True once joined; false when the link drops (the session then polls). */
  onConnection(connected: boolean): void;
  /** The server refused the join (unknown conversation or token). */
  onRejected(): void;
}

/** An open link; `close` ends it. */
export interface LiveLink {
  close(): void;
}

/** Opens a live link for one conversation. */
export type OpenLiveLink = (shop: string, key: ConversationKey, handlers: LiveHandlers) => LiveLink;

function join(socket: Socket, shop: string, key: ConversationKey, h: LiveHandlers): void {
  const frame = {
    shop_id: shop,
    conversation_id: key.id,
    access_token: key.token,
    after_seq: h.lastSeq(),
  };
  socket.emit('conversation:join', frame, (raw: unknown) => {
    const ack = JoinAck.safeParse(raw);
    if (!ack.success) return;
    if (!ack.data.ok) return h.onRejected();
    h.onStatus(ack.data.conversation.status);
    h.onMessages(ack.data.missed);
    h.onConnection(true);
  });
}

/** Live links to the kefu at `base` ('' for this page's origin). */
export function socketLiveLink(base: string): OpenLiveLink {
  return (shop, key, h) => {
    const options = { path: '/socket.io', reconnectionDelayMax: 5000 };
    const socket = base ? io(base, options) : io(options);
    socket.on('connect', () => join(socket, shop, key, h));
    socket.on('disconnect', () => h.onConnection(false));
    socket.on('connect_error', () => h.onConnection(false));
    socket.on('message', (raw: unknown) => {
      const m = PublicMessageSchema.safeParse(raw);
      if (m.success) h.onMessages([m.data]);
    });
    socket.on('status', (raw: unknown) => {
      const s = StatusFrame.safeParse(raw);
      if (s.success && s.data.conversation_id === key.id) h.onStatus(s.data.status);
    });
    socket.on('queue', (raw: unknown) => {
      const q = QueueFrame.safeParse(raw);
      if (q.success && q.data.conversation_id === key.id) h.onQueue(q.data);
    });
    socket.on('typing', (raw: unknown) => {
      const t = TypingFrame.safeParse(raw);
      if (t.success) h.onTyping(t.data.author);
    });
    return { close: () => socket.close() };
  };
}
