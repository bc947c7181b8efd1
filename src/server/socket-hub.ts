/**
 * The WebSocket side (socket.io). A customer joins their conversation with its access token and
 * the last seq they saw; an agent joins their shop's stream with the session cookie. Missed
 * messages come first, then live ones; every message frame carries its seq, so a client that
 * reconnects resumes without losing or duplicating anything. Waiting customers get their new
 * place in the queue whenever it moves.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { KefuEvent } from '../domain/events.ts';
import { JoinConversationFrame } from '../domain/protocol.ts';
import type { InProcessFanout } from '../realtime/in-process-fanout.ts';
import { readCookie, SESSION_COOKIE, sessionAgent } from './auth/agent-sessions.ts';
import {
  chatHistory,
  openChat,
  publicConversation,
  publicMessage,
  type ChatDeps,
} from './chat-sessions.ts';
import { errorResponse } from './error-response.ts';
import { queuePositions } from './queue-positions.ts';

const conversationRoom = (shopId: string, id: string) => `conv:${shopId}:${id}`;
const shopRoom = (shopId: string) => `shop:${shopId}`;

/** Attaches socket.io to `server` and forwards the fan-out's events to the right rooms. */
export function attachSocketHub(
  server: HttpServer,
  deps: ChatDeps,
  fanout: InProcessFanout,
): Server {
  const io = new Server(server, {
    path: '/socket.io',
    serveClient: false,
    cors: { origin: true, credentials: true },
  });
  io.on('connection', (socket) => {
    socket.on(
      'conversation:join',
      (frame: unknown, ack?: unknown) => void joinConversation(socket, deps, frame, ack),
    );
    socket.on('agent:join', (_frame: unknown, ack?: unknown) => void joinShop(socket, deps, ack));
  });
  fanout.subscribe((shopId, event) => {
    forwardToCustomer(io, shopId, event);
    io.to(shopRoom(shopId)).emit('event', agentFrame(event));
    if (
      event.type === 'handoff.assigned' ||
      event.type === 'handoff.created' ||
      event.type === 'conversation.status_changed'
    ) {
      void announceQueue(io, deps, shopId);
    }
  });
  return io;
}

function forwardToCustomer(io: Server, shopId: string, event: KefuEvent): void {
  if (event.type === 'message.created') {
    io.to(conversationRoom(shopId, event.message.conversationId)).emit(
      'message',
      publicMessage(event.message),
    );
  } else if (event.type === 'conversation.status_changed') {
    io.to(conversationRoom(shopId, event.conversationId)).emit('status', {
      conversation_id: event.conversationId,
      status: event.to,
    });
  } else if (event.type === 'typing.started') {
    io.to(conversationRoom(shopId, event.conversationId)).emit('typing', { author: event.author });
  }
}

function agentFrame(event: KefuEvent) {
  if (event.type === 'message.created')
    return {
      type: event.type,
      conversation_id: event.message.conversationId,
      message: publicMessage(event.message),
    };
  if (event.type === 'conversation.started')
    return { type: event.type, conversation_id: event.conversation.id };
  if (event.type === 'handoff.created' || event.type === 'handoff.assigned') {
    return {
      type: event.type,
      conversation_id: event.handoff.conversationId,
      reason: event.handoff.reason,
      assigned_to: event.handoff.assignedTo,
    };
  }
  return event;
}

async function announceQueue(io: Server, deps: ChatDeps, shopId: string): Promise<void> {
  try {
    for (const p of await queuePositions(deps.stores, shopId)) {
      io.to(conversationRoom(shopId, p.conversation_id)).emit('queue', p);
    }
  } catch {
    // The next change announces the queue again.
  }
}

type Ack = (body: unknown) => void;
const ackOf = (ack: unknown): Ack => (typeof ack === 'function' ? (ack as Ack) : () => {});

async function joinConversation(
  socket: Socket,
  deps: ChatDeps,
  raw: unknown,
  ack: unknown,
): Promise<void> {
  const reply = ackOf(ack);
  try {
    const frame = JoinConversationFrame.parse(raw);
    const conversation = await openChat(
      deps,
      frame.shop_id,
      frame.conversation_id,
      frame.access_token,
    );
    await socket.join(conversationRoom(frame.shop_id, frame.conversation_id));
    const { messages } = await chatHistory(deps, conversation, frame.after_seq);
    reply({ ok: true, conversation: publicConversation(conversation), missed: messages });
  } catch (error) {
    reply({ ok: false, ...errorResponse(error).body });
  }
}

async function joinShop(socket: Socket, deps: ChatDeps, ack: unknown): Promise<void> {
  const reply = ackOf(ack);
  try {
    const { agent } = await sessionAgent(
      deps,
      readCookie(socket.handshake.headers.cookie, SESSION_COOKIE),
    );
    await socket.join(shopRoom(agent.shopId));
    reply({ ok: true, shop_id: agent.shopId });
  } catch (error) {
    reply({ ok: false, ...errorResponse(error).body });
  }
}
