/**
 * What human agents do to conversations: claim from the queue (exactly one wins), reply, add
 * notes, transfer, resolve, hand back to the bot, run order actions through the same action
 * module as the bot (supervisors may override a policy with a written reason, audited), and
 * automatic assignment to the least-loaded online agent under capacity.
 */
import { supervises, type Agent } from '../../domain/agent.ts';
import { conflict, DomainError, notFound } from '../../domain/errors.ts';
import type { KefuEvent } from '../../domain/events.ts';
import type { Stores } from '../../domain/ports.ts';
import type { EngineDeps } from '../engine-types.ts';
import { ShopCache } from '../shop-cache.ts';
import { runAction } from '../actions/run-action.ts';
import type { ActionType } from '../actions/action-definition.ts';
import { pickAgent } from './pick-agent.ts';
import { close, joined, load, move, owned, say, take, type DeskStep } from './desk-steps.ts';

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

  const step = (s: Stores, events: KefuEvent[]): DeskStep => ({ s, events, newId, now });

  return {
    /** Takes a queued conversation; conflict when another agent won. */
    claim: (agent: Agent, id: string) =>
      inTurn(agent.shopId, async (s, events) =>
        take(step(s, events), await load(s, agent.shopId, id), agent),
      ),

    /** Sends the agent's reply to the customer. */
    reply: (agent: Agent, id: string, text: string, clientId: string | null) =>
      inTurn(agent.shopId, async (s, events) => {
        const c = await load(s, agent.shopId, id);
        if (clientId) {
          const seen = await s.conversations.findMessageByClientId(c.shopId, c.id, clientId);
          if (seen) return seen;
        }
        await owned(step(s, events), c, agent);
        if (c.status !== 'with_agent') throw conflict('Take the conversation before replying.');
        return say(step(s, events), c, {
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
        const handoff = await owned(step(s, events), c, agent);
        const target = await s.agents.getAgent(agent.shopId, toAgentId);
        if (!target) throw notFound(`Agent "${toAgentId}"`);
        if (!handoff) throw conflict('This conversation is not with a person.');
        await s.handoffs.updateHandoff(c.shopId, handoff.id, {
          assignedTo: target.id,
          assignedAt: now(),
        });
        await move(step(s, events), c, 'with_agent');
        await say(step(s, events), c, {
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
        await owned(step(s, events), c, agent);
        await close(step(s, events), c, 'resolved');
      }),

    /** Hands the conversation back to the bot. */
    release: (agent: Agent, id: string) =>
      inTurn(agent.shopId, async (s, events) => {
        const c = await load(s, agent.shopId, id);
        await owned(step(s, events), c, agent);
        await close(step(s, events), c, 'bot');
        const text =
          c.language === 'en'
            ? 'You are back with the AI assistant. Say "human" any time to reach a person again.'
            : '已为您转回 AI 助理。需要人工时随时说“转人工”。';
        await say(step(s, events), c, {
          author: 'system',
          authorId: agent.id,
          clientId: null,
          text,
        });
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
          if (c && c.status === 'queued') await take(step(s, events), c, agent);
        }
      }),
  };
}

/** The agent desk's operations. */
export type AgentDesk = ReturnType<typeof createAgentDesk>;
