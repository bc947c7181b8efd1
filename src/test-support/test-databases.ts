/**
 * Fresh databases for the store contract suite: an in-memory SQLite database, and, when
 * KEFU_TEST_DATABASE_URL points at a PostgreSQL server, a throw-away database created on it.
 */
import type { Kysely } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../store/migrate.ts';
import { openPostgres } from '../store/postgres/open-postgres.ts';
import type { Database } from '../store/schema.ts';
import { openSqlite } from '../store/sqlite/open-sqlite.ts';

/** A migrated database and how to dispose of it. */
export interface TestDatabase {
  db: Kysely<Database>;
  dispose(): Promise<void>;
}

/** The engines the contract suite runs on in this environment. */
export const testEngines = (): Array<'sqlite' | 'postgres'> =>
  process.env['KEFU_TEST_DATABASE_URL'] ? ['sqlite', 'postgres'] : ['sqlite'];

/** A fresh, migrated database of `engine`. */
export async function freshDatabase(engine: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const db = openSqlite(':memory:');
    await migrateToLatest(db);
    return { db, dispose: () => db.destroy() };
  }
  const adminUrl = process.env['KEFU_TEST_DATABASE_URL'] ?? '';
  const name = `kefu_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  await migrateToLatest(db);
  return {
    db,
    dispose: async () => {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
      await cleanup.end();
    },
  };
}
