/**
 * The first schema: shop data from bundles, conversations, messages, the action audit and handoffs.
 * Written with Kysely's schema builder and portable column types so the same migration runs on
 * SQLite and PostgreSQL.
 */
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

const recordTables = ['categories', 'size_charts', 'products', 'promotions', 'faq'] as const;

/** Creates every table of the first schema. */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('shops')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('policies', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const table of recordTables) {
    await db.schema
      .createTable(table)
      .addColumn('shop_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['shop_id', 'id'])
      .execute();
  }
  await db.schema
    .createTable('variants')
    .addColumn('shop_id', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('price', 'double precision', (c) => c.notNull())
    .addColumn('stock', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('variants_pk', ['shop_id', 'sku'])
    .execute();
  await db.schema
    .createIndex('variants_product')
    .on('variants')
    .columns(['shop_id', 'product_id'])
    .execute();
  await db.schema
    .createTable('price_history')
    .addColumn('shop_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('price', 'double precision', (c) => c.notNull())
    .addColumn('from_at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('price_history_pk', ['shop_id', 'position'])
    .execute();
  await db.schema
    .createIndex('price_history_sku')
    .on('price_history')
    .columns(['shop_id', 'sku'])
    .execute();
  await createPeopleAndOrders(db);
  await createConversations(db);
}

async function createPeopleAndOrders(db: Db): Promise<void> {
  await db.schema
    .createTable('customers')
    .addColumn('shop_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customers_pk', ['shop_id', 'id'])
    .execute();
  await db.schema
    .createTable('orders')
    .addColumn('shop_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('orders_pk', ['shop_id', 'id'])
    .execute();
  await db.schema
    .createIndex('orders_customer')
    .on('orders')
    .columns(['shop_id', 'customer_id'])
    .execute();
}

async function createConversations(db: Db): Promise<void> {
  await db.schema
    .createTable('conversations')
    .addColumn('shop_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text')
    .addColumn('visitor_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversations_pk', ['shop_id', 'id'])
    .execute();
  await db.schema
    .createTable('messages')
    .addColumn('shop_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('client_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('parts', 'text', (c) => c.notNull())
    .addColumn('meta', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('messages_pk', ['shop_id', 'id'])
    .addUniqueConstraint('messages_seq', ['shop_id', 'conversation_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('messages_client')
    .on('messages')
    .columns(['shop_id', 'conversation_id', 'client_id'])
    .execute();
  await db.schema
    .createTable('audit')
    .addColumn('shop_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text')
    .addColumn('order_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_pk', ['shop_id', 'id'])
    .addUniqueConstraint('audit_idempotency', ['shop_id', 'idempotency_key'])
    .execute();
  await db.schema
    .createTable('handoffs')
    .addColumn('shop_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('assigned_to', 'text')
    .addColumn('assigned_at', 'text')
    .addColumn('closed_at', 'text')
    .addPrimaryKeyConstraint('handoffs_pk', ['shop_id', 'id'])
    .execute();
}

/** Drops every table of the first schema. */
export async function down(db: Db): Promise<void> {
  const tables = ['handoffs', 'audit', 'messages', 'conversations', 'orders', 'customers'];
  for (const t of [...tables, 'price_history', 'variants', ...recordTables, 'shops']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
