/**
 * A test double of the engine for the runner's own tests: "换" executes an exchange on order
 * 202406180001, "人工" queues the conversation, "boom" throws. Every reply states the shop, the
 * clock and the agents online, so a test sees what the runner gave the engine.
 */
import type { Conversation, Message } from '../../domain/conversation.ts';
import type { Understander } from '../../domain/understanding.ts';
import type { CustomerTurn, Engine, EngineDeps } from '../../engine/engine-types.ts';

/** The scripted engine over `deps`. */
export function createScriptedEngine(deps: EngineDeps): Engine {
  let conversation: Conversation;
  return {
    async startConversation(input) {
      const at = deps.clock.now().toISOString();
      conversation = {
        id: deps.newId?.() ?? 'conversation',
        shopId: input.shopId,
        customerId: input.customerId ?? null,
        visitorId: input.visitorId ?? null,
        status: 'bot',
        language: 'zh',
        state: null,
        createdAt: at,
        updatedAt: at,
      };
      return conversation;
    },
    async suggestReply() {
      return null;
    },
    async handleCustomerMessage(turn) {
      if (turn.text.includes('boom')) throw new Error('the engine broke');
      if (turn.text.includes('换')) await recordExchange(deps, turn);
      if (turn.text.includes('人工')) conversation = { ...conversation, status: 'queued' };
      const shop = await deps.stores.catalog.loadShop(turn.shopId);
      const agents = await deps.presence.onlineAgents(turn.shopId, deps.stores.agents);
      const now = deps.clock.now().toISOString();
      const reply = `${shop?.shop.id ?? 'no shop'} at ${now}, agents=${agents}: ${turn.text}`;
      return {
        conversation,
        customerMessage: message(turn, 'customer', turn.text, now),
        replies: [message(turn, 'bot', reply, now)],
        replayed: false,
        understanding: null,
      };
    },
  };
}

async function recordExchange(deps: EngineDeps, turn: CustomerTurn): Promise<void> {
  await deps.stores.audit.recordAudit(turn.shopId, {
    id: `audit-${turn.clientId}`,
    idempotencyKey: `key-${turn.clientId}`,
    conversationId: turn.conversationId,
    orderId: '202406180001',
    action: 'exchange',
    outcome: 'executed',
    actor: 'bot',
    actorId: null,
    detail: {
      order_id: '202406180001',
      items: [{ from_sku: 'p1-white-M', to_sku: 'p1-white-L' }],
    },
    createdAt: deps.clock.now().toISOString(),
  });
}

function message(
  turn: CustomerTurn,
  author: 'customer' | 'bot',
  text: string,
  at: string,
): Message {
  const id = `${author}-${turn.clientId}`;
  const clientId = author === 'customer' ? (turn.clientId ?? null) : null;
  const base = { id, conversationId: turn.conversationId, seq: 0, authorId: null };
  return { ...base, author, clientId, text, parts: [], meta: {}, createdAt: at };
}

/** An understander that understands nothing (intent "other"). */
export const blankUnderstander: Understander = {
  understand: (text) => ({
    text,
    intent: 'other',
    confidence: 0,
    slots: {},
    frustration: 0,
    escalate: false,
    escalation_cause: null,
    language: 'zh',
    script: 'hans',
  }),
  addWords: () => {},
};
