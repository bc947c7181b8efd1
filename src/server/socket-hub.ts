/**
 * The WebSocket side (socket.io): a customer joins their conversation with its access token and
 * the last seq they saw; missed messages are sent first, then live ones. Every frame carries the
 * message's seq, so a client that reconnects resumes without losing or duplicating messages.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { JoinConversationFrame } from '../domain/protocol.ts';
import type { InProcessFanout } from '../realtime/in-process-fanout.ts';
import {
  chatHistory,
  openChat,
  publicConversation,
  publicMessage,
  type ChatDeps,
} from './chat-sessions.ts';
import { errorResponse } from './error-response.ts';

const room = (shopId: string, conversationId: string) => `conv:${shopId}:${conversationId}`;

/** Attaches socket.io to `server` and forwards the fan-out's events to the right rooms. */
export function attachSocketHub(
  server: HttpServer,
  deps: ChatDeps,
  fanout: InProcessFanout,
): Server {
  const io = new Server(server, { path: '/socket.io', serveClient: false, cors: { origin: true } });
  io.on('connection', (socket) => {
    socket.on(
      'conversation:join',
      (frame: unknown, ack?: unknown) => void join(socket, deps, frame, ack),
    );
  });
  fanout.subscribe((shopId, event) => {
    if (event.type === 'message.created') {
      io.to(room(shopId, event.message.conversationId)).emit(
        'message',
        publicMessage(event.message),
      );
    } else if (event.type === 'conversation.status_changed') {
      io.to(room(shopId, event.conversationId)).emit('status', {
        conversation_id: event.conversationId,
        status: event.to,
      });
    } else if (event.type === 'typing.started') {
      io.to(room(shopId, event.conversationId)).emit('typing', { author: event.author });
    }
  });
  return io;
}

async function join(socket: Socket, deps: ChatDeps, raw: unknown, ack: unknown): Promise<void> {
  const reply = typeof ack === 'function' ? (ack as (body: unknown) => void) : () => {};
  try {
    const frame = JoinConversationFrame.parse(raw);
    const conversation = await openChat(
      deps,
      frame.shop_id,
      frame.conversation_id,
      frame.access_token,
    );
    await socket.join(room(frame.shop_id, frame.conversation_id));
    const { messages } = await chatHistory(deps, conversation, frame.after_seq);
    reply({ ok: true, conversation: publicConversation(conversation), missed: messages });
  } catch (error) {
    reply({ ok: false, ...errorResponse(error).body });
  }
}
