/** Applies kefu's migrations with Kysely's Migrator; fails with every error it met. */
import { Migrator, type Kysely } from 'kysely';
import { unavailable } from '../domain/errors.ts';
import { migrationProvider } from './migrations/index.ts';

/** Brings the schema to the newest migration; returns the names it applied. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  const migrator = new Migrator({ db: db as Kysely<unknown>, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = error instanceof Error ? error.message : String(error);
    throw unavailable(`Migration ${failed} failed: ${reason}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
