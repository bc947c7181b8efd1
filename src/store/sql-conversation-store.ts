/** ConversationStore over Kysely: conversations, and messages numbered by `seq`. */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  AuthorSchema,
  ConversationStatusSchema,
  MessagePartSchema,
  type Conversation,
  type Message,
} from '../domain/conversation.ts';
import type { ConversationStore, Rating } from '../domain/ports.ts';
import type { ConversationsTable, Database, MessagesTable } from './schema.ts';

const PartsSchema = z.array(MessagePartSchema);
const MetaSchema = z.record(z.string(), z.unknown());

/** Conversations and messages of every shop, always addressed by shop id. */
export class SqlConversationStore implements ConversationStore {
  constructor(private readonly db: Kysely<Database>) {}

  async createConversation(c: Conversation): Promise<void> {
    await this.db
      .insertInto('conversations')
      .values({
        shop_id: c.shopId,
        id: c.id,
        customer_id: c.customerId,
        visitor_id: c.visitorId,
        status: c.status,
        language: c.language,
        state: JSON.stringify(c.state ?? {}),
        created_at: c.createdAt,
        updated_at: c.updatedAt,
      })
      .execute();
  }

  async getConversation(shopId: string, id: string): Promise<Conversation | null> {
    const row = await this.db
      .selectFrom('conversations')
      .selectAll()
      .where('shop_id', '=', shopId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toConversation(row) : null;
  }

  async updateConversation(
    shopId: string,
    id: string,
    patch: Partial<Pick<Conversation, 'status' | 'language' | 'state' | 'updatedAt'>>,
  ): Promise<void> {
    await this.db
      .updateTable('conversations')
      .set({
        ...(patch.status ? { status: patch.status } : {}),
        ...(patch.language ? { language: patch.language } : {}),
        ...(patch.state !== undefined ? { state: JSON.stringify(patch.state) } : {}),
        ...(patch.updatedAt ? { updated_at: patch.updatedAt } : {}),
      })
      .where('shop_id', '=', shopId)
      .where('id', '=', id)
      .execute();
  }

  async appendMessages(shopId: string, messages: Omit<Message, 'seq'>[]): Promise<Message[]> {
    const first = messages[0];
    if (!first) return [];
    const last = await this.db
      .selectFrom('messages')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('shop_id', '=', shopId)
      .where('conversation_id', '=', first.conversationId)
      .executeTakeFirst();
    const base = Number(last?.seq ?? 0);
    const out = messages.map((m, i) => ({ ...m, seq: base + i + 1 }));
    // The (shop, conversation, seq) unique key makes a concurrent writer fail instead of interleaving.
    await this.db
      .insertInto('messages')
      .values(
        out.map((m) => ({
          shop_id: shopId,
          id: m.id,
          conversation_id: m.conversationId,
          seq: m.seq,
          author: m.author,
          author_id: m.authorId,
          client_id: m.clientId,
          text: m.text,
          parts: JSON.stringify(m.parts),
          meta: JSON.stringify(m.meta),
          created_at: m.createdAt,
        })),
      )
      .execute();
    return out;
  }

  async findMessageByClientId(
    shopId: string,
    conversationId: string,
    clientId: string,
  ): Promise<Message | null> {
    const row = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('shop_id', '=', shopId)
      .where('conversation_id', '=', conversationId)
      .where('client_id', '=', clientId)
      .executeTakeFirst();
    return row ? toMessage(row) : null;
  }

  async rate(shopId: string, conversationId: string, rating: Rating): Promise<void> {
    const row = { score: rating.score, comment: rating.comment, created_at: rating.createdAt };
    await this.db
      .insertInto('ratings')
      .values({ shop_id: shopId, conversation_id: conversationId, ...row })
      .onConflict((oc) => oc.columns(['shop_id', 'conversation_id']).doUpdateSet(row))
      .execute();
  }

  async ratingOf(shopId: string, conversationId: string): Promise<Rating | null> {
    const row = await this.db
      .selectFrom('ratings')
      .selectAll()
      .where('shop_id', '=', shopId)
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    return row
      ? { score: Number(row.score), comment: row.comment, createdAt: row.created_at }
      : null;
  }

  async listMessages(shopId: string, conversationId: string, afterSeq = 0): Promise<Message[]> {
    const rows = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('shop_id', '=', shopId)
      .where('conversation_id', '=', conversationId)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .execute();
    return rows.map(toMessage);
  }
}

function toConversation(row: ConversationsTable): Conversation {
  return {
    id: row.id,
    shopId: row.shop_id,
    customerId: row.customer_id,
    visitorId: row.visitor_id,
    status: ConversationStatusSchema.parse(row.status),
    language: row.language,
    state: JSON.parse(row.state) as unknown,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toMessage(row: MessagesTable): Message {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    seq: Number(row.seq),
    author: AuthorSchema.parse(row.author),
    authorId: row.author_id,
    clientId: row.client_id,
    text: row.text,
    parts: PartsSchema.parse(JSON.parse(row.parts)),
    meta: MetaSchema.parse(JSON.parse(row.meta)),
    createdAt: row.created_at,
  };
}
