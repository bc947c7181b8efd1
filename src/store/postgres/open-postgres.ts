/**
 * Opens a PostgreSQL connection pool for scale-out installations (DATABASE_URL). The same
 * Kysely queries and migrations run here as on SQLite.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.ts';

/** A Kysely instance over a pg pool for `url`. */
export function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
