/** The ordered list of migrations; a static map so they run the same from sources and bundles. */
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial.ts';
import * as m0002 from './0002-access-secrets.ts';
import * as m0003 from './0003-ratings.ts';
import * as m0004 from './0004-agents.ts';

const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-access-secrets': m0002,
  '0003-ratings': m0003,
  '0004-agents': m0004,
};

/** Supplies kefu's migrations to Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
