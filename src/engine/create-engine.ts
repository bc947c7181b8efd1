/**
 * The dialogue engine: starts conversations and answers customer turns. One turn is one
 * transaction — the customer's message, the bot's replies, any action and the new state commit
 * together — and its events are published after the commit. A replayed client message id
 * returns the first outcome and does nothing again.
 */
import type { Conversation, Message } from '../domain/conversation.ts';
import { notFound } from '../domain/errors.ts';
import type { Stores } from '../domain/ports.ts';
import type { Engine, EngineDeps, TurnOutcome } from './engine-types.ts';
import { readDialogueState } from './dialogue-state.ts';
import { ShopCache } from './shop-cache.ts';
import { answerTurn } from './turn/answer-turn.ts';

/** Maximum characters of one customer message. */
export const MAX_MESSAGE_CHARS = 4000;

/** Builds the engine over its ports. */
export function createEngine(deps: EngineDeps): Engine {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const shops = new ShopCache(deps.understander);
  return {
    async startConversation(input) {
      const shop = await shops.get(deps.stores.catalog, input.shopId);
      const now = deps.clock.now().toISOString();
      const conversation: Conversation = {
        id: newId(),
        shopId: input.shopId,
        customerId: input.customerId ?? null,
        visitorId: input.visitorId ?? null,
        status: 'bot',
        language:
          input.language === 'zh-TW' ? 'zh' : (input.language ?? shop.shop.languages[0] ?? 'zh'),
        state: input.language === 'zh-TW' ? { script: 'hant' } : {},
        createdAt: now,
        updatedAt: now,
      };
      await deps.stores.conversations.createConversation(conversation);
      deps.events.publish(input.shopId, { type: 'conversation.started', conversation });
      return conversation;
    },

    async handleCustomerMessage(input) {
      const shop = await shops.get(deps.stores.catalog, input.shopId);
      deps.events.publish(input.shopId, {
        type: 'typing.started',
        conversationId: input.conversationId,
        author: 'bot',
      });
      const outcome = await deps.stores.transaction(async (stores) => {
        const conversation = await stores.conversations.getConversation(
          input.shopId,
          input.conversationId,
        );
        if (!conversation) throw notFound(`Conversation "${input.conversationId}"`);
        if (input.clientId) {
          const replayed = await replay(stores, conversation, input.clientId);
          if (replayed) return replayed;
        }
        return answerTurn({
          deps: { ...deps, stores, newId },
          shop,
          conversation,
          state: readDialogueState(conversation.state),
          input,
        });
      });
      if (!outcome.replayed) publish(deps, input.shopId, outcome);
      return outcome;
    },

    async suggestReply(input) {
      const shop = await shops.get(deps.stores.catalog, input.shopId);
      try {
        await deps.stores.transaction(async (stores) => {
          const conversation = await stores.conversations.getConversation(
            input.shopId,
            input.conversationId,
          );
          if (!conversation) throw notFound(`Conversation "${input.conversationId}"`);
          const messages = await stores.conversations.listMessages(input.shopId, conversation.id);
          const last = messages.filter((m) => m.author === 'customer').at(-1);
          if (!last) throw new Suggestion(null);
          const outcome = await answerTurn({
            deps: { ...deps, stores, newId, events: { publish: () => {} } },
            shop,
            conversation: { ...conversation, status: 'bot' },
            state: readDialogueState(conversation.state),
            input: { shopId: input.shopId, conversationId: conversation.id, text: last.text },
          });
          throw new Suggestion(outcome.replies.map((r) => r.text).join('\n') || null);
        });
      } catch (error) {
        if (error instanceof Suggestion) return error.text;
        throw error;
      }
      return null;
    },
  };
}

/** Carries a suggestion out of a transaction that must not commit. */
class Suggestion extends Error {
  constructor(readonly text: string | null) {
    super('rolled back on purpose');
  }
}

async function replay(
  stores: Stores,
  conversation: Conversation,
  clientId: string,
): Promise<TurnOutcome | null> {
  const original = await stores.conversations.findMessageByClientId(
    conversation.shopId,
    conversation.id,
    clientId,
  );
  if (!original) return null;
  const after = await stores.conversations.listMessages(
    conversation.shopId,
    conversation.id,
    original.seq,
  );
  const nextCustomer = after.findIndex((m) => m.author === 'customer');
  const replies = (nextCustomer < 0 ? after : after.slice(0, nextCustomer)).filter(
    (m) => m.author === 'bot' || m.author === 'system',
  );
  return { conversation, customerMessage: original, replies, replayed: true, understanding: null };
}

function publish(deps: EngineDeps, shopId: string, outcome: TurnOutcome): void {
  const messages: Message[] = [outcome.customerMessage, ...outcome.replies];
  for (const message of messages) deps.events.publish(shopId, { type: 'message.created', message });
  for (const event of outcome.events ?? []) deps.events.publish(shopId, event);
}
