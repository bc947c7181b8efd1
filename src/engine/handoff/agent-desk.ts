/**
 * What human agents do to conversations: claim from the queue (exactly one wins), reply, add
 * notes, transfer, resolve, hand back to the bot, run order actions through the same action
 * module as the bot (supervisors may override a policy with a written reason, audited), and
 * automatic assignment to the least-loaded online agent under capacity.
 */
import { supervises, type Agent } from '../../domain/agent.ts';
import type { Conversation, ConversationStatus, Message } from '../../domain/conversation.ts';
import { conflict, DomainError, notFound } from '../../domain/errors.ts';
import type { KefuEvent } from '../../domain/events.ts';
import type { Stores } from '../../domain/ports.ts';
import { assertTransition } from '../../domain/conversation.ts';
import type { EngineDeps } from '../engine-types.ts';
import { ShopCache } from '../shop-cache.ts';
import { runAction } from '../actions/run-action.ts';
import type { ActionType } from '../actions/action-definition.ts';
import { pickAgent } from './pick-agent.ts';

const notAllowed = (message: string) => new DomainError('not_allowed', message);

/** The agent side of the engine. */
export function createAgentDesk(deps: EngineDeps) {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const shops = new ShopCache(deps.understander);
  const now = () => deps.clock.now().toISOString();

  async function inTurn<T>(
    shopId: string,
    fn: (s: Stores, events: KefuEvent[]) => Promise<T>,
  ): Promise<T> {
    const events: KefuEvent[] = [];
    const result = await deps.stores.transaction((s) => fn(s, events));
    for (const e of events) deps.events.publish(shopId, e);
    return result;
  }

  async function load(s: Stores, shopId: string, id: string): Promise<Conversation> {
    const c = await s.conversations.getConversation(shopId, id);
    if (!c) throw notFound(`Conversation "${id}"`);
    return c;
  }

  async function move(s: Stores, events: KefuEvent[], c: Conversation, to: ConversationStatus) {
    if (c.status === to) return;
    assertTransition(c.status, to);
    await s.conversations.updateConversation(c.shopId, c.id, { status: to, updatedAt: now() });
    events.push({ type: 'conversation.status_changed', conversationId: c.id, from: c.status, to });
  }

  async function say(
    s: Stores,
    events: KefuEvent[],
    c: Conversation,
    m: Pick<Message, 'author' | 'authorId' | 'text' | 'clientId'> & { name?: string },
  ) {
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

  const joined = (c: Conversation, agent: Agent) =>
    c.language === 'en'
      ? `${agent.displayName} from our team has joined the chat.`
      : `人工客服 ${agent.displayName} 已接入，为您服务。`;

  async function take(s: Stores, events: KefuEvent[], c: Conversation, agent: Agent) {
    const handoff = await s.handoffs.openHandoffOf(c.shopId, c.id);
    if (!handoff) throw conflict('This conversation is not waiting for a person.');
    if (!(await s.handoffs.claimHandoff(c.shopId, handoff.id, agent.id, now()))) {
      throw conflict('Another agent has already taken this conversation.');
    }
    await move(s, events, c, 'with_agent');
    await say(s, events, c, {
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

  async function owned(s: Stores, c: Conversation, agent: Agent) {
    const handoff = await s.handoffs.openHandoffOf(c.shopId, c.id);
    if (handoff?.assignedTo !== agent.id && !supervises(agent.role)) {
      throw notAllowed('Only the agent who has this conversation (or a supervisor) can do that.');
    }
    return handoff;
  }

  async function close(s: Stores, events: KefuEvent[], c: Conversation, to: 'resolved' | 'bot') {
    const handoff = await s.handoffs.openHandoffOf(c.shopId, c.id);
    if (handoff) await s.handoffs.updateHandoff(c.shopId, handoff.id, { closedAt: now() });
    await move(s, events, c, to);
  }

  return {
    /** Takes a queued conversation; conflict when another agent won. */
    claim: (agent: Agent, id: string) =>
      inTurn(agent.shopId, async (s, events) =>
        take(s, events, await load(s, agent.shopId, id), agent),
      ),

    /** Sends the agent's reply to the customer. */
    reply: (agent: Agent, id: string, text: string, clientId: string | null) =>
      inTurn(agent.shopId, async (s, events) => {
        const c = await load(s, agent.shopId, id);
        if (clientId) {
          const seen = await s.conversations.findMessageByClientId(c.shopId, c.id, clientId);
          if (seen) return seen;
        }
        await owned(s, c, agent);
        if (c.status !== 'with_agent') throw conflict('Take the conversation before replying.');
        return say(s, events, c, {
          author: 'agent',
          authorId: agent.id,
          clientId,
          text,
          name: agent.displayName,
        });
      }),

    /** Adds an internal note. */
    note: async (agent: Agent, id: string, text: string) => {
      const c = await load(deps.stores, agent.shopId, id);
      const note = { id: newId(), conversationId: c.id, agentId: agent.id, text, createdAt: now() };
      await deps.stores.agents.addNote(agent.shopId, note);
      return note;
    },

    /** Gives the conversation to another agent (the owner or a supervisor may). */
    transfer: (agent: Agent, id: string, toAgentId: string) =>
      inTurn(agent.shopId, async (s, events) => {
        const c = await load(s, agent.shopId, id);
        const handoff = await owned(s, c, agent);
        const target = await s.agents.getAgent(agent.shopId, toAgentId);
        if (!target) throw notFound(`Agent "${toAgentId}"`);
        if (!handoff) throw conflict('This conversation is not with a person.');
        await s.handoffs.updateHandoff(c.shopId, handoff.id, {
          assignedTo: target.id,
          assignedAt: now(),
        });
        await move(s, events, c, 'with_agent');
        await say(s, events, c, {
          author: 'system',
          authorId: target.id,
          clientId: null,
          text: joined(c, target),
          name: target.displayName,
        });
        events.push({
          type: 'handoff.assigned',
          handoff: { ...handoff, assignedTo: target.id },
          agentName: target.displayName,
        });
      }),

    /** Marks the conversation resolved. */
    resolve: (agent: Agent, id: string) =>
      inTurn(agent.shopId, async (s, events) => {
        const c = await load(s, agent.shopId, id);
        await owned(s, c, agent);
        await close(s, events, c, 'resolved');
      }),

    /** Hands the conversation back to the bot. */
    release: (agent: Agent, id: string) =>
      inTurn(agent.shopId, async (s, events) => {
        const c = await load(s, agent.shopId, id);
        await owned(s, c, agent);
        await close(s, events, c, 'bot');
        const text =
          c.language === 'en'
            ? 'You are back with the AI assistant. Say "human" any time to reach a person again.'
            : '已为您转回 AI 助理。需要人工时随时说“转人工”。';
        await say(s, events, c, { author: 'system', authorId: agent.id, clientId: null, text });
      }),

    /** Runs an order action as the agent; an override needs a supervisor and a reason. */
    action: async (
      agent: Agent,
      input: {
        conversationId: string | null;
        type: ActionType;
        orderId: string;
        params: unknown;
        overrideReason?: string | undefined;
        key: string;
      },
    ) => {
      if (input.overrideReason && !supervises(agent.role))
        throw notAllowed('Only a supervisor or the owner can override a policy.');
      const shop = await shops.get(deps.stores.catalog, agent.shopId);
      const order = await deps.stores.orders.getOrder(agent.shopId, input.orderId);
      if (!order) throw notFound(`Order ${input.orderId}`);
      if (input.conversationId) {
        const c = await load(deps.stores, agent.shopId, input.conversationId);
        if (c.customerId && c.customerId !== order.customer_id)
          throw notAllowed('That order belongs to another customer.');
      }
      const result = await runAction({
        stores: deps.stores,
        shop,
        type: input.type,
        orderId: input.orderId,
        params: input.params,
        actor: { kind: 'agent', id: agent.id },
        conversationId: input.conversationId,
        idempotencyKey: `agent:${agent.id}:${input.key}`,
        now: deps.clock.now(),
        newId,
        override: input.overrideReason ? { reason: input.overrideReason } : null,
      });
      if (result.status === 'executed')
        deps.events.publish(agent.shopId, {
          type: 'action.executed',
          conversationId: input.conversationId,
          action: input.type,
          orderId: input.orderId,
        });
      return result;
    },

    /** Assigns waiting conversations to online agents with room, highest priority first. */
    autoAssign: (shopId: string) =>
      inTurn(shopId, async (s, events) => {
        const waiting = (await s.handoffs.openHandoffs(shopId)).filter((h) => !h.assignedTo);
        for (const h of waiting) {
          const agent = await pickAgent(s, shopId);
          if (!agent) break;
          const c = await s.conversations.getConversation(shopId, h.conversationId);
          if (c && c.status === 'queued') await take(s, events, c, agent);
        }
      }),
  };
}

/** The agent desk's operations. */
export type AgentDesk = ReturnType<typeof createAgentDesk>;
