/** AuditStore over Kysely: every executed or refused action, unique by idempotency key. */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { AuditEntry, AuditStore } from '../domain/ports.ts';
import type { AuditTable, Database } from './schema.ts';

const DetailSchema = z.record(z.string(), z.unknown());
const OutcomeSchema = z.enum(['executed', 'refused', 'overridden']);
const ActorSchema = z.enum(['bot', 'agent', 'system']);

/** The action audit log. */
export class SqlAuditStore implements AuditStore {
  constructor(private readonly db: Kysely<Database>) {}

  async recordAudit(shopId: string, e: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit')
      .values({
        shop_id: shopId,
        id: e.id,
        idempotency_key: e.idempotencyKey,
        conversation_id: e.conversationId,
        order_id: e.orderId,
        action: e.action,
        outcome: e.outcome,
        actor: e.actor,
        actor_id: e.actorId,
        detail: JSON.stringify(e.detail),
        created_at: e.createdAt,
      })
      .execute();
  }

  async findAuditByKey(shopId: string, key: string): Promise<AuditEntry | null> {
    const row = await this.db
      .selectFrom('audit')
      .selectAll()
      .where('shop_id', '=', shopId)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    return row ? toEntry(row) : null;
  }

  async listAudit(
    shopId: string,
    filter: { conversationId?: string; orderId?: string },
  ): Promise<AuditEntry[]> {
    let q = this.db.selectFrom('audit').selectAll().where('shop_id', '=', shopId);
    if (filter.conversationId) q = q.where('conversation_id', '=', filter.conversationId);
    if (filter.orderId) q = q.where('order_id', '=', filter.orderId);
    const rows = await q.orderBy('created_at').orderBy('id').execute();
    return rows.map(toEntry);
  }
}

function toEntry(row: AuditTable): AuditEntry {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    conversationId: row.conversation_id,
    orderId: row.order_id,
    action: row.action,
    outcome: OutcomeSchema.parse(row.outcome),
    actor: ActorSchema.parse(row.actor),
    actorId: row.actor_id,
    detail: DetailSchema.parse(JSON.parse(row.detail)),
    createdAt: row.created_at,
  };
}
