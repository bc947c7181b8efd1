/** AccessStore over Kysely. */
import type { Kysely } from 'kysely';
import type { AccessStore } from '../domain/ports.ts';
import type { Database } from './schema.ts';

/** Shop secrets and conversation access hashes. */
export class SqlAccessStore implements AccessStore {
  constructor(private readonly db: Kysely<Database>) {}

  async shopSecret(shopId: string, newSecret: () => string, at: string): Promise<string> {
    const existing = await this.read(shopId);
    if (existing) return existing;
    await this.db
      .insertInto('shop_secrets')
      .values({ shop_id: shopId, secret: newSecret(), created_at: at })
      .onConflict((oc) => oc.column('shop_id').doNothing())
      .execute();
    // Another instance may have won the race; its secret is the one that counts.
    return (await this.read(shopId)) ?? '';
  }

  async setConversationAccess(shopId: string, conversationId: string, hash: string) {
    await this.db
      .updateTable('conversations')
      .set({ access_hash: hash })
      .where('shop_id', '=', shopId)
      .where('id', '=', conversationId)
      .execute();
  }

  async conversationAccess(shopId: string, conversationId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('conversations')
      .select('access_hash')
      .where('shop_id', '=', shopId)
      .where('id', '=', conversationId)
      .executeTakeFirst();
    return row?.access_hash ?? null;
  }

  private async read(shopId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('shop_secrets')
      .select('secret')
      .where('shop_id', '=', shopId)
      .executeTakeFirst();
    return row?.secret ?? null;
  }
}
