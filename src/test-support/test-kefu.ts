/**
 * A whole kefu in memory for server tests: SQLite in memory with a bundle imported, a fixed
 * clock, the real understander, the composed app (not listening).
 */
import { fixedClock } from '../domain/clock.ts';
import type { Bundle } from '../domain/bundle.ts';
import { composeKefu } from '../server/compose.ts';
import { importBundle } from '../store/bundle-import.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { openSqlite } from '../store/sqlite/open-sqlite.ts';
import { createSqlStores } from '../store/sql-stores.ts';
import { createUnderstander } from '../understanding/create-understander.ts';

let understander: ReturnType<typeof createUnderstander> | null = null;

/** Builds kefu over the given bundles at `now` with `online` agents. */
export async function testKefu(bundles: Bundle[], now: string, online: number | null = 1) {
  const db = openSqlite(':memory:');
  await migrateToLatest(db);
  for (const b of bundles) await importBundle(db, b, new Date(now));
  understander ??= createUnderstander();
  const clock = fixedClock(now);
  const stores = createSqlStores(db);
  const kefu = await composeKefu({
    stores,
    clock,
    understander,
    ...(online === null ? {} : { presence: { onlineAgents: async () => online } }),
    ping: async () => {},
  });
  return {
    ...kefu,
    db,
    stores,
    clock,
    close: async () => {
      await kefu.app.close();
      await db.destroy();
    },
  };
}
