/**
 * Secrets for access: each shop's signing secret for customer tokens (HMAC), and a hash of each
 * conversation's access token (the customer's browser holds the token; we keep only its hash).
 */
import type { Kysely } from 'kysely';

/** Adds shop_secrets and conversations.access_hash. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shop_secrets')
    .addColumn('shop_id', 'text', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('conversations').addColumn('access_hash', 'text').execute();
}

/** Removes them again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conversations').dropColumn('access_hash').execute();
  await db.schema.dropTable('shop_secrets').execute();
}
