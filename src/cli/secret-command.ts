/**
 * `kefu secret SHOP`: prints the shop's signing secret (created on first use). The shop's own
 * backend signs customer tokens with it (HS256 JWT, `sub` = customer id, `exp`, `shop`), which the
 * chat widget passes as `data-customer-token` for a signed-in shopper.
 */
import { invalidInput, notFound } from '../domain/errors.ts';
import { newSecret } from '../server/auth/tokens.ts';
import { openStore } from '../store/open-store.ts';
import { createSqlStores } from '../store/sql-stores.ts';
import type { Env } from './config.ts';

/** Runs `kefu secret SHOP`. */
export async function secretCommand(
  args: string[],
  env: Env,
  out: (l: string) => void,
): Promise<number> {
  const [shopId, ...rest] = args;
  if (!shopId || rest.length > 0) throw invalidInput('Usage: kefu secret SHOP');
  const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.KEFU_DATA_DIR });
  try {
    const stores = createSqlStores(store.db);
    if (!(await stores.catalog.shopVersion(shopId))) throw notFound(`Shop "${shopId}"`);
    out(await stores.access.shopSecret(shopId, newSecret, new Date().toISOString()));
  } finally {
    await store.close();
  }
  return 0;
}
