/** The customer chat API: start a conversation, post a message, read history. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PostMessageBody, RatingBody, StartConversationBody } from '../../domain/protocol.ts';
import type { AppDeps } from '../app.ts';
import { chatHistory, openChat, postChatMessage, rateChat, startChat } from '../chat-sessions.ts';

const ShopParams = z.object({ shop: z.string().regex(/^[a-z0-9-]+$/) });
const ConversationParams = ShopParams.extend({ id: z.string().min(1).max(100) });
const HistoryQuery = z.object({ after: z.coerce.number().int().nonnegative().default(0) });

const bearer = (request: FastifyRequest) => {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
};

/** Registers /api/shops/:shop/conversations… */
export async function registerConversationRoutes(
  app: FastifyInstance,
  deps: AppDeps,
): Promise<void> {
  app.post('/api/shops/:shop/conversations', async (request, reply) => {
    const { shop } = ShopParams.parse(request.params);
    const result = await startChat(deps, shop, StartConversationBody.parse(request.body ?? {}));
    return reply.status(201).send(result);
  });

  app.post('/api/shops/:shop/conversations/:id/messages', async (request) => {
    const { shop, id } = ConversationParams.parse(request.params);
    const body = PostMessageBody.parse(request.body);
    const conversation = await openChat(deps, shop, id, bearer(request));
    return postChatMessage(deps, conversation, body);
  });

  app.get('/api/shops/:shop/conversations/:id/messages', async (request) => {
    const { shop, id } = ConversationParams.parse(request.params);
    const { after } = HistoryQuery.parse(request.query);
    const conversation = await openChat(deps, shop, id, bearer(request));
    return chatHistory(deps, conversation, after);
  });

  app.post('/api/shops/:shop/conversations/:id/rating', async (request) => {
    const { shop, id } = ConversationParams.parse(request.params);
    const body = RatingBody.parse(request.body);
    const conversation = await openChat(deps, shop, id, bearer(request));
    return rateChat(deps, conversation, body);
  });
}
