/**
 * Stands in for the agent console (another issue) in the browser tests: a person takes the
 * conversation, which changes its status and adds their first message, published live.
 */
import type { testKefu } from '../../../src/test-support/test-kefu.ts';

type Kefu = Awaited<ReturnType<typeof testKefu>>;

/** Makes `name` join `conversationId` of the demo shop and say `text`. */
export async function joinAsAgent(kefu: Kefu, conversationId: string, name: string, text: string) {
  const shop = 'demo-apparel';
  const conversations = kefu.stores.conversations;
  const conversation = await conversations.getConversation(shop, conversationId);
  if (!conversation) throw new Error(`No conversation ${conversationId}`);
  const at = kefu.clock.now().toISOString();
  await conversations.updateConversation(shop, conversationId, {
    status: 'with_agent',
    updatedAt: at,
  });
  kefu.fanout.publish(shop, {
    type: 'conversation.status_changed',
    conversationId,
    from: conversation.status,
    to: 'with_agent',
  });
  const [message] = await conversations.appendMessages(shop, [
    {
      id: crypto.randomUUID(),
      conversationId,
      author: 'agent',
      authorId: 'agent-xiaomei',
      clientId: null,
      text,
      parts: [],
      meta: { author_name: name },
      createdAt: at,
    },
  ]);
  if (message) kefu.fanout.publish(shop, { type: 'message.created', message });
}
