/**
 * What the workspace shows: the queue with waiting times, an agent's conversations, the shop's
 * recently closed handoffs (so a resolved conversation can still be found), and one
 * conversation in full — the handoff summary at the top (reason, intent, slots, frustration),
 * the customer (masked), their orders, the history with bot turns marked, notes, the audit of
 * actions and the bot's suggested reply. Every read is scoped to the agent's shop.
 */
import type { Agent } from '../domain/agent.ts';
import type { Conversation, Handoff } from '../domain/conversation.ts';
import { notFound } from '../domain/errors.ts';
import type { Stores } from '../domain/ports.ts';
import type { Engine } from '../engine/engine-types.ts';
import { maskPhone } from '../engine/replies/render.ts';
import { publicMessage } from './chat-sessions.ts';

/** The customer's name, when a signed-in customer is on the conversation. */
async function customerName(stores: Stores, shopId: string, c: Conversation | null) {
  return c?.customerId
    ? ((await stores.customers.getCustomer(shopId, c.customerId))?.name ?? null)
    : null;
}

/** A row of the queue or of "my conversations". */
async function row(stores: Stores, shopId: string, h: Handoff, now: Date) {
  const c = await stores.conversations.getConversation(shopId, h.conversationId);
  const last = c
    ? (await stores.conversations.listMessages(shopId, c.id))
        .filter((m) => m.author === 'customer')
        .at(-1)
    : undefined;
  return {
    conversation_id: h.conversationId,
    status: c?.status ?? 'queued',
    reason: h.reason,
    priority: h.priority,
    waiting_seconds: Math.max(
      0,
      Math.round((now.getTime() - new Date(h.createdAt).getTime()) / 1000),
    ),
    queued_at: h.createdAt,
    assigned_to: h.assignedTo,
    customer_id: c?.customerId ?? null,
    customer_name: await customerName(stores, shopId, c),
    language: c?.language ?? 'zh',
    last_customer_text: last?.text.slice(0, 200) ?? null,
  };
}

/** How many recently closed handoffs the workspace lists. */
const RECENT_LIMIT = 20;

/** The shop's recently closed handoffs, newest first, one row per conversation. */
async function recentClosed(stores: Stores, shopId: string, names: Map<string, string>) {
  const closed = await stores.handoffs.recentClosedHandoffs(shopId, RECENT_LIMIT);
  // A conversation handed off twice shows once, at its latest closing.
  const latest = closed.filter(
    (h, i) => closed.findIndex((o) => o.conversationId === h.conversationId) === i,
  );
  return Promise.all(
    latest.map(async (h) => {
      const c = await stores.conversations.getConversation(shopId, h.conversationId);
      return {
        conversation_id: h.conversationId,
        status: c?.status ?? 'resolved',
        reason: h.reason,
        queued_at: h.createdAt,
        closed_at: h.closedAt ?? h.createdAt,
        assigned_to: h.assignedTo,
        assigned_name: h.assignedTo ? (names.get(h.assignedTo) ?? null) : null,
        customer_id: c?.customerId ?? null,
        customer_name: await customerName(stores, shopId, c),
        language: c?.language ?? 'zh',
      };
    }),
  );
}

/** The queue (unassigned), the agent's own conversations, the recently closed ones and the team. */
export async function workspaceSnapshot(stores: Stores, agent: Agent, now: Date) {
  const open = await stores.handoffs.openHandoffs(agent.shopId);
  const queue = await Promise.all(
    open.filter((h) => !h.assignedTo).map((h) => row(stores, agent.shopId, h, now)),
  );
  const mine = await Promise.all(
    open.filter((h) => h.assignedTo === agent.id).map((h) => row(stores, agent.shopId, h, now)),
  );
  const others = await Promise.all(
    open
      .filter((h) => h.assignedTo && h.assignedTo !== agent.id)
      .map((h) => row(stores, agent.shopId, h, now)),
  );
  const agents = await stores.agents.listAgents(agent.shopId);
  const recent = await recentClosed(
    stores,
    agent.shopId,
    new Map(agents.map((a) => [a.id, a.displayName])),
  );
  const team = agents.map((a) => ({
    id: a.id,
    display_name: a.displayName,
    role: a.role,
    status: a.status,
    capacity: a.capacity,
    load: open.filter((h) => h.assignedTo === a.id).length,
  }));
  const timezone = (await stores.catalog.getShop(agent.shopId))?.timezone ?? 'UTC';
  return {
    agent: publicAgent(agent),
    queue,
    mine,
    others,
    recent,
    team,
    timezone,
    now: now.toISOString(),
  };
}

/** An agent as the workspace sees it. */
export const publicAgent = (a: Agent) => ({
  id: a.id,
  shop_id: a.shopId,
  email: a.email,
  display_name: a.displayName,
  role: a.role,
  status: a.status,
  capacity: a.capacity,
});

/** One conversation with everything an agent needs to take over without asking again. */
export async function conversationDetail(
  deps: { stores: Stores; engine: Engine },
  agent: Agent,
  id: string,
) {
  const { stores } = deps;
  const c = await stores.conversations.getConversation(agent.shopId, id);
  if (!c) throw notFound(`Conversation "${id}"`);
  const handoff = await stores.handoffs.openHandoffOf(agent.shopId, id);
  const messages = (await stores.conversations.listMessages(agent.shopId, id)).map((m) => ({
    ...publicMessage(m),
    intent: typeof m.meta['intent'] === 'string' ? m.meta['intent'] : null,
  }));
  return {
    conversation: { id: c.id, status: c.status, language: c.language, created_at: c.createdAt },
    handoff: handoff && {
      id: handoff.id,
      reason: handoff.reason,
      priority: handoff.priority,
      summary: handoff.detail,
      created_at: handoff.createdAt,
      assigned_to: handoff.assignedTo,
    },
    customer: await customerCard(stores, c),
    messages,
    notes: await stores.agents.listNotes(agent.shopId, id),
    audit: await stores.audit.listAudit(agent.shopId, { conversationId: id }),
    suggestion: await deps.engine
      .suggestReply({ shopId: agent.shopId, conversationId: id })
      .catch(() => null),
  };
}

async function customerCard(stores: Stores, c: Conversation) {
  if (!c.customerId) return { signed_in: false, id: null, name: null, phone: null, orders: [] };
  const customer = await stores.customers.getCustomer(c.shopId, c.customerId);
  const orders = await stores.orders.listOrdersOfCustomer(c.shopId, c.customerId);
  return {
    signed_in: true,
    id: c.customerId,
    name: customer?.name ?? null,
    phone: customer?.phone ? maskPhone(customer.phone) : null,
    orders: orders.slice(0, 20).map((o) => ({
      id: o.id,
      status: o.status,
      created_at: o.created_at,
      total: o.payment?.amount ?? null,
      items: o.items.map((i) => ({ sku: i.sku, quantity: i.quantity, unit_price: i.unit_price })),
      address: { ...o.address, phone: maskPhone(o.address.phone) },
      tracking_no: o.shipment?.tracking_no ?? null,
      carrier: o.shipment?.carrier ?? null,
      after_sales: o.after_sales,
    })),
  };
}
