/**
 * The shop's live event stream for agents over socket.io: join with the session cookie
 * ('agent:join'), then 'event' frames. Every (re)join reports `onJoined`, and the workspace
 * refetches its snapshot and open conversation then, so nothing missed while disconnected is
 * lost; messages are merged by id, so nothing is duplicated either.
 */
import { io } from 'socket.io-client';
import { z } from 'zod';
import type { PublicMessage } from '../../../../src/domain/protocol.ts';
import { MessageFrameSchema, OtherFrameSchema, type AgentFrame } from '../api/schemas.ts';

const JoinAck = z.object({ ok: z.boolean() });

/** What the stream reports. */
export interface AgentLiveHandlers {
  onMessage(conversationId: string, message: PublicMessage): void;
  /** Any other event (status change, handoff, action). */
  onFrame(frame: AgentFrame): void;
  /** Joined (first time or after a reconnect). */
  onJoined(): void;
  onConnection(connected: boolean): void;
  /** The server refused the join: the session has ended. */
  onRejected(): void;
}

/** Opens the stream; the returned function closes it. */
export function openAgentLive(h: AgentLiveHandlers, base = ''): () => void {
  const options = { path: '/socket.io', reconnectionDelayMax: 5000, withCredentials: true };
  const socket = base ? io(base, options) : io(options);
  socket.on('connect', () => {
    socket.emit('agent:join', {}, (raw: unknown) => {
      const ack = JoinAck.safeParse(raw);
      if (!ack.success) return;
      if (!ack.data.ok) return h.onRejected();
      h.onConnection(true);
      h.onJoined();
    });
  });
  socket.on('disconnect', (reason) => {
    h.onConnection(false);
    // socket.io reconnects by itself except when the server ended the connection.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', () => h.onConnection(false));
  socket.on('event', (raw: unknown) => {
    const message = MessageFrameSchema.safeParse(raw);
    if (message.success) return h.onMessage(message.data.conversation_id, message.data.message);
    const frame = OtherFrameSchema.safeParse(raw);
    if (frame.success) h.onFrame(frame.data);
  });
  return () => socket.close();
}
