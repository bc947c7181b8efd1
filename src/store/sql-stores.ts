/** Binds every SQL adapter to one database session; `transaction` rebinds them to a transaction. */
import type { Kysely } from 'kysely';
import type { Stores } from '../domain/ports.ts';
import type { Database } from './schema.ts';
import { SqlAccessStore } from './sql-access-store.ts';
import { SqlAgentStore } from './sql-agent-store.ts';
import { SqlAuditStore } from './sql-audit-store.ts';
import { SqlCatalogStore } from './sql-catalog-store.ts';
import { SqlConversationStore } from './sql-conversation-store.ts';
import { SqlHandoffStore } from './sql-handoff-store.ts';
import { SqlCustomerStore, SqlOrderStore } from './sql-order-store.ts';

/** The stores over `db` (a Kysely instance or a transaction). */
export function createSqlStores(db: Kysely<Database>): Stores {
  return {
    catalog: new SqlCatalogStore(db),
    customers: new SqlCustomerStore(db),
    orders: new SqlOrderStore(db),
    audit: new SqlAuditStore(db),
    conversations: new SqlConversationStore(db),
    handoffs: new SqlHandoffStore(db),
    access: new SqlAccessStore(db),
    agents: new SqlAgentStore(db),
    transaction: (fn) =>
      db.isTransaction
        ? fn(createSqlStores(db))
        : db.transaction().execute((trx) => fn(createSqlStores(trx))),
  };
}
