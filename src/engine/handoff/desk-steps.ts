/**
 * The steps the agent desk is made of, each inside the caller's transaction: load a
 * conversation, move its status (through the state machine), post a message, take it from the
 * queue (exactly one agent wins), check ownership, close its handoff.
 */
import { supervises, type Agent } from '../../domain/agent.ts';
import {
  assertTransition,
  type Conversation,
  type ConversationStatus,
  type Message,
} from '../../domain/conversation.ts';
import { conflict, DomainError, notFound } from '../../domain/errors.ts';
import type { KefuEvent } from '../../domain/events.ts';
import type { Stores } from '../../domain/ports.ts';

/** One transaction's stores, the events it will publish after commit, ids and time. */
export interface DeskStep {
  s: Stores;
  events: KefuEvent[];
  newId: () => string;
  now: () => string;
}

const notAllowed = (message: string) => new DomainError('not_allowed', message);

export async function load(s: Stores, shopId: string, id: string): Promise<Conversation> {
  const c = await s.conversations.getConversation(shopId, id);
  if (!c) throw notFound(`Conversation "${id}"`);
  return c;
}

export async function move(x: DeskStep, c: Conversation, to: ConversationStatus) {
  const { s, events, now } = x;
  if (c.status === to) return;
  assertTransition(c.status, to);
  await s.conversations.updateConversation(c.shopId, c.id, { status: to, updatedAt: now() });
  events.push({ type: 'conversation.status_changed', conversationId: c.id, from: c.status, to });
}

export async function say(
  x: DeskStep,
  c: Conversation,
  m: Pick<Message, 'author' | 'authorId' | 'text' | 'clientId'> & { name?: string },
) {
  const { s, events, newId, now } = x;
  const [stored] = await s.conversations.appendMessages(c.shopId, [
    {
      id: newId(),
      conversationId: c.id,
      author: m.author,
      authorId: m.authorId,
      clientId: m.clientId,
      text: m.text,
      parts: [],
      meta: m.name ? { author_name: m.name } : {},
      createdAt: now(),
    },
  ]);
  if (stored) events.push({ type: 'message.created', message: stored });
  return stored;
}

/** The notice that a person joined, in the conversation's language. */
export const joined = (c: Conversation, agent: Agent) =>
  c.language === 'en'
    ? `${agent.displayName} from our team has joined the chat.`
    : `人工客服 ${agent.displayName} 已接入，为您服务。`;

export async function take(x: DeskStep, c: Conversation, agent: Agent) {
  const { s, events, now } = x;
  const handoff = await s.handoffs.openHandoffOf(c.shopId, c.id);
  if (!handoff) throw conflict('This conversation is not waiting for a person.');
  if (!(await s.handoffs.claimHandoff(c.shopId, handoff.id, agent.id, now()))) {
    throw conflict('Another agent has already taken this conversation.');
  }
  await move(x, c, 'with_agent');
  await say(x, c, {
    author: 'system',
    authorId: agent.id,
    clientId: null,
    text: joined(c, agent),
    name: agent.displayName,
  });
  events.push({
    type: 'handoff.assigned',
    handoff: { ...handoff, assignedTo: agent.id, assignedAt: now() },
    agentName: agent.displayName,
  });
}

export async function owned(x: DeskStep, c: Conversation, agent: Agent) {
  const { s } = x;
  const handoff = await s.handoffs.openHandoffOf(c.shopId, c.id);
  if (handoff?.assignedTo !== agent.id && !supervises(agent.role)) {
    throw notAllowed('Only the agent who has this conversation (or a supervisor) can do that.');
  }
  return handoff;
}

export async function close(x: DeskStep, c: Conversation, to: 'resolved' | 'bot') {
  const { s, now } = x;
  const handoff = await s.handoffs.openHandoffOf(c.shopId, c.id);
  if (handoff) await s.handoffs.updateHandoff(c.shopId, handoff.id, { closedAt: now() });
  await move(x, c, to);
}
