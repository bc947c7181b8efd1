/** `kefu import FILE` and `kefu export SHOP_ID [--out FILE]`. */
import fs from 'node:fs';
import { invalidInput, notFound } from '../domain/errors.ts';
import { createSqlStores } from '../store/sql-stores.ts';
import { parseBundle } from '../domain/parse-bundle.ts';
import { exportBundle } from '../store/bundle-export.ts';
import { importBundle } from '../store/bundle-import.ts';
import { openStore } from '../store/open-store.ts';
import type { Env } from './config.ts';

/** Validates and imports a bundle file in one transaction. */
export async function importCommand(env: Env, file: string, out: (l: string) => void) {
  const bundle = parseBundle(readJson(file));
  const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.KEFU_DATA_DIR });
  try {
    await importBundle(store.db, bundle, new Date());
  } finally {
    await store.close();
  }
  out(
    `Imported shop "${bundle.shop.id}": ${bundle.products.length} products, ${bundle.customers.length} customers, ${bundle.orders.length} orders, ${bundle.faq.length} FAQ entries.`,
  );
  return 0;
}

/** Writes the live data of a shop as a bundle to `outFile` or standard output. */
export async function exportCommand(env: Env, shopId: string, outFile: string | undefined) {
  const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.KEFU_DATA_DIR });
  try {
    const shops = await createSqlStores(store.db).catalog.listShopIds();
    if (!shops.includes(shopId)) {
      const known =
        shops.length > 0 ? `Known shops: ${shops.join(', ')}.` : 'No shop is imported yet.';
      throw notFound(`Shop "${shopId}"`, `${known} Import one with \`kefu import FILE\`.`);
    }
    const text = `${JSON.stringify(await exportBundle(store.db, shopId), null, 2)}\n`;
    if (outFile) fs.writeFileSync(outFile, text);
    else process.stdout.write(text);
  } finally {
    await store.close();
  }
  return 0;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw invalidInput(`Cannot read ${file}. Check the path.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw invalidInput(`${file} is not valid JSON: ${reason}`);
  }
}
