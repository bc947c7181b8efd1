/** HandoffStore over Kysely: the human queue of each shop. */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { HandoffReasonSchema, type Handoff } from '../domain/conversation.ts';
import type { HandoffStore } from '../domain/ports.ts';
import type { Database, HandoffsTable } from './schema.ts';

const DetailSchema = z.record(z.string(), z.unknown());

/** Handoffs, open and closed. */
export class SqlHandoffStore implements HandoffStore {
  constructor(private readonly db: Kysely<Database>) {}

  async createHandoff(shopId: string, h: Handoff): Promise<void> {
    await this.db
      .insertInto('handoffs')
      .values({
        shop_id: shopId,
        id: h.id,
        conversation_id: h.conversationId,
        reason: h.reason,
        priority: h.priority,
        detail: JSON.stringify(h.detail),
        created_at: h.createdAt,
        assigned_to: h.assignedTo,
        assigned_at: h.assignedAt,
        closed_at: h.closedAt,
      })
      .execute();
  }

  async openHandoffs(shopId: string): Promise<Handoff[]> {
    const rows = await this.db
      .selectFrom('handoffs')
      .selectAll()
      .where('shop_id', '=', shopId)
      .where('closed_at', 'is', null)
      .orderBy('priority')
      .orderBy('created_at')
      .execute();
    return rows.map(toHandoff);
  }

  async openHandoffOf(shopId: string, conversationId: string): Promise<Handoff | null> {
    const row = await this.db
      .selectFrom('handoffs')
      .selectAll()
      .where('shop_id', '=', shopId)
      .where('conversation_id', '=', conversationId)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    return row ? toHandoff(row) : null;
  }

  async updateHandoff(
    shopId: string,
    id: string,
    patch: Partial<Pick<Handoff, 'assignedTo' | 'assignedAt' | 'closedAt'>>,
  ): Promise<void> {
    await this.db
      .updateTable('handoffs')
      .set({
        ...(patch.assignedTo !== undefined ? { assigned_to: patch.assignedTo } : {}),
        ...(patch.assignedAt !== undefined ? { assigned_at: patch.assignedAt } : {}),
        ...(patch.closedAt !== undefined ? { closed_at: patch.closedAt } : {}),
      })
      .where('shop_id', '=', shopId)
      .where('id', '=', id)
      .execute();
  }

  async claimHandoff(shopId: string, handoffId: string, agentId: string, at: string) {
    const result = await this.db
      .updateTable('handoffs')
      .set({ assigned_to: agentId, assigned_at: at })
      .where('shop_id', '=', shopId)
      .where('id', '=', handoffId)
      .where('assigned_to', 'is', null)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async assignedTo(shopId: string, agentId: string): Promise<Handoff[]> {
    const rows = await this.db
      .selectFrom('handoffs')
      .selectAll()
      .where('shop_id', '=', shopId)
      .where('assigned_to', '=', agentId)
      .where('closed_at', 'is', null)
      .orderBy('assigned_at')
      .execute();
    return rows.map(toHandoff);
  }

  async recentClosedHandoffs(shopId: string, limit: number): Promise<Handoff[]> {
    const rows = await this.db
      .selectFrom('handoffs')
      .selectAll()
      .where('shop_id', '=', shopId)
      .where('closed_at', 'is not', null)
      .orderBy('closed_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toHandoff);
  }
}

function toHandoff(row: HandoffsTable): Handoff {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    reason: HandoffReasonSchema.parse(row.reason),
    priority: Number(row.priority),
    detail: DetailSchema.parse(JSON.parse(row.detail)),
    createdAt: row.created_at,
    assignedTo: row.assigned_to,
    assignedAt: row.assigned_at,
    closedAt: row.closed_at,
  };
}
