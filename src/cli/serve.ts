/** `kefu serve`: opens the store, seeds the demo shop, listens, prints the URLs. */
import type { Env } from './config.ts';
import { systemClock } from '../domain/clock.ts';
import { unavailable } from '../domain/errors.ts';
import { composeKefu } from '../server/compose.ts';
import { createUnderstander } from '../understanding/create-understander.ts';
import { openStore } from '../store/open-store.ts';
import { createSqlStores } from '../store/sql-stores.ts';
import { seedDemoIfMissing } from './seed-demo.ts';

/** Runs the service until SIGINT/SIGTERM. */
export async function serve(env: Env, out: (line: string) => void): Promise<number> {
  const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.KEFU_DATA_DIR });
  const seeded = env.KEFU_SEED_DEMO === '1' ? await seedDemoIfMissing(store.db, new Date()) : null;
  const stores = createSqlStores(store.db);
  const { app } = await composeKefu({
    stores,
    clock: systemClock,
    understander: createUnderstander(),
    ping: store.ping,
  });
  try {
    await app.listen({ port: env.PORT, host: env.HOST });
  } catch (error) {
    await store.close();
    if ((error as { code?: unknown }).code === 'EADDRINUSE') {
      throw unavailable(
        `Port ${env.PORT} is already in use. Stop the other process or start kefu with PORT=<another port>.`,
      );
    }
    throw error;
  }
  const base = `http://localhost:${env.PORT}`;
  const shops = await stores.catalog.listShopIds();
  const shop = shops.includes('demo-apparel') ? 'demo-apparel' : (shops[0] ?? 'demo-apparel');
  if (seeded) out(`Seeded the demo shop "${seeded}".`);
  out(`kefu is running (${store.dialect}).`);
  out(`  Chat page:         ${base}/chat/${shop}`);
  out(`  Agent workspace:   ${base}/console`);
  out(`  Merchant console:  ${base}/console/merchant`);
  out(`  Health:            ${base}/healthz`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  return 0;
}
