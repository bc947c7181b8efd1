/**
 * Chooses and opens the store: PostgreSQL when DATABASE_URL is set, else the embedded SQLite
 * file in the data folder. Applies pending migrations before returning.
 */
import { sql, type Kysely } from 'kysely';
import { unavailable } from '../domain/errors.ts';
import { migrateToLatest } from './migrate.ts';
import { openPostgres } from './postgres/open-postgres.ts';
import type { Database } from './schema.ts';
import { openSqlite } from './sqlite/open-sqlite.ts';

export interface StoreConfig {
  /** postgres://… to use PostgreSQL; absent for SQLite. */
  databaseUrl?: string | undefined;
  /** Folder of the SQLite file, or ':memory:'. */
  dataDir: string;
}

/** An open, migrated database. */
export interface OpenStore {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  /** Resolves when a trivial query succeeds. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the configured database and brings its schema up to date. */
export async function openStore(config: StoreConfig): Promise<OpenStore> {
  const dialect = config.databaseUrl ? 'postgres' : 'sqlite';
  const db = config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(config.dataDir);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    if (dialect === 'postgres') {
      const reason = error instanceof Error ? error.message : String(error);
      throw unavailable(
        `Cannot reach PostgreSQL at DATABASE_URL (${reason}). Check that the server runs and the URL is right.`,
      );
    }
    throw error;
  }
  return {
    db,
    dialect,
    ping: async () => {
      await sql`SELECT 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
