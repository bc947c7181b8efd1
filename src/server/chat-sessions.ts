/**
 * The customer side of the API in one place: start a conversation (anonymous, or signed in by a
 * shop-signed token), check a conversation's access token, post a message, read history. Route
 * handlers stay thin and call these.
 */
import type { Clock } from '../domain/clock.ts';
import type { Conversation, Message } from '../domain/conversation.ts';
import { conflict, DomainError, notFound } from '../domain/errors.ts';
import type { Stores } from '../domain/ports.ts';
import type { PublicConversation, PublicMessage } from '../domain/protocol.ts';
import type { Engine } from '../engine/engine-types.ts';
import { hashToken, newSecret, tokenMatches, verifyCustomerToken } from './auth/tokens.ts';

/** What the chat API is built on. */
export interface ChatDeps {
  stores: Stores;
  engine: Engine;
  clock: Clock;
}

/** The customer's view of a conversation. */
export const publicConversation = (c: Conversation): PublicConversation => ({
  id: c.id,
  shop_id: c.shopId,
  status: c.status,
  language: c.language,
  signed_in: c.customerId !== null,
  created_at: c.createdAt,
});

/** The customer's view of a message (internal metadata stays inside). */
export const publicMessage = (m: Message): PublicMessage => ({
  id: m.id,
  seq: m.seq,
  author: m.author,
  author_name: typeof m.meta['author_name'] === 'string' ? m.meta['author_name'] : null,
  client_id: m.author === 'customer' ? m.clientId : null,
  text: m.text,
  parts: m.parts,
  created_at: m.createdAt,
});

/** Starts a conversation; returns it with the access token the browser must keep. */
export async function startChat(
  deps: ChatDeps,
  shopId: string,
  body: {
    visitor_id?: string | undefined;
    customer_token?: string | undefined;
    language?: string | undefined;
  },
) {
  const now = deps.clock.now();
  let customerId: string | null = null;
  if (body.customer_token) {
    const secret = await deps.stores.access.shopSecret(shopId, newSecret, now.toISOString());
    customerId = await verifyCustomerToken(body.customer_token, secret, shopId, now);
    if (!(await deps.stores.customers.getCustomer(shopId, customerId))) {
      throw new DomainError(
        'needs_verification',
        'The customer token names a customer this shop does not have.',
      );
    }
  }
  const conversation = await deps.engine.startConversation({
    shopId,
    customerId,
    visitorId: body.visitor_id ?? null,
    ...(body.language ? { language: body.language } : {}),
  });
  const accessToken = newSecret();
  await deps.stores.access.setConversationAccess(shopId, conversation.id, hashToken(accessToken));
  return { conversation: publicConversation(conversation), access_token: accessToken };
}

/** The conversation, when `token` opens it; 404 for an unknown one, 401 for a wrong token. */
export async function openChat(
  deps: ChatDeps,
  shopId: string,
  conversationId: string,
  token: string | null,
) {
  const conversation = await deps.stores.conversations.getConversation(shopId, conversationId);
  if (!conversation) throw notFound(`Conversation "${conversationId}"`);
  const hash = await deps.stores.access.conversationAccess(shopId, conversationId);
  if (!token || !tokenMatches(token, hash)) {
    throw new DomainError(
      'needs_verification',
      'This conversation needs its access token (Authorization: Bearer …).',
    );
  }
  return conversation;
}

/** Posts a customer message and returns the bot's answer (or nothing while a person owns it). */
export async function postChatMessage(
  deps: ChatDeps,
  conversation: Conversation,
  body: { text: string; client_id?: string | undefined; intent?: 'human_agent' | undefined },
) {
  const outcome = await deps.engine.handleCustomerMessage({
    shopId: conversation.shopId,
    conversationId: conversation.id,
    text: body.text,
    clientId: body.client_id ?? null,
    forceHuman: body.intent === 'human_agent',
  });
  return {
    conversation: publicConversation(outcome.conversation),
    message: publicMessage(outcome.customerMessage),
    replies: outcome.replies.map(publicMessage),
    replayed: outcome.replayed,
  };
}

/** Messages after `afterSeq`, oldest first. */
export async function chatHistory(deps: ChatDeps, conversation: Conversation, afterSeq: number) {
  const messages = await deps.stores.conversations.listMessages(
    conversation.shopId,
    conversation.id,
    afterSeq,
  );
  return { conversation: publicConversation(conversation), messages: messages.map(publicMessage) };
}

/** Records the customer's rating of a resolved conversation. */
export async function rateChat(
  deps: ChatDeps,
  conversation: Conversation,
  body: { score: number; comment?: string | undefined },
) {
  if (conversation.status !== 'resolved') {
    throw conflict('A conversation can be rated once it is resolved.');
  }
  const rating = {
    score: body.score,
    comment: body.comment ?? null,
    createdAt: deps.clock.now().toISOString(),
  };
  await deps.stores.conversations.rate(conversation.shopId, conversation.id, rating);
  return { rating: { score: rating.score, comment: rating.comment } };
}
