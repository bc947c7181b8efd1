/**
 * A fresh database per scenario, fast: each bundle is migrated and imported once into an
 * in-memory SQLite database whose serialized image is kept; every scenario then opens its own
 * private copy of that image (a memory copy instead of a migration and an import).
 */
import fs from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Bundle } from '../../domain/bundle.ts';
import { DomainError, invalidInput } from '../../domain/errors.ts';
import { parseBundle } from '../../domain/parse-bundle.ts';
import { importBundle } from '../../store/bundle-import.ts';
import { migrateToLatest } from '../../store/migrate.ts';
import type { Database } from '../../store/schema.ts';
import { kyselyOverSqlite, openSqliteFromImage } from '../../store/sqlite/open-sqlite.ts';
import { loadDemoBundle } from '../seed-demo.ts';

/** A scenario's own database, holding one shop. */
export interface ScenarioDatabase {
  db: Kysely<Database>;
  shopId: string;
}

/** Opens scenario databases; `bundlePath` null means the built-in demo shop. */
export interface ScenarioDatabases {
  open(bundlePath: string | null): Promise<ScenarioDatabase>;
}

interface Image {
  bytes: Buffer;
  shopId: string;
}

/** A factory that caches one image per bundle file for the whole run. */
export function createScenarioDatabases(
  loadDemo: () => Bundle = () => loadDemoBundle(),
): ScenarioDatabases {
  const images = new Map<string, Promise<Image>>();
  return {
    async open(bundlePath) {
      const key = bundlePath ?? '';
      let image = images.get(key);
      if (!image) {
        image = buildImage(bundlePath === null ? loadDemo : () => readBundle(bundlePath));
        images.set(key, image);
      }
      const { bytes, shopId } = await image;
      return { db: openSqliteFromImage(bytes), shopId };
    },
  };
}

async function buildImage(load: () => Bundle): Promise<Image> {
  const bundle = load();
  const raw = new SqliteDatabase(':memory:');
  const db = kyselyOverSqlite(raw);
  try {
    await migrateToLatest(db);
    await importBundle(db, bundle, new Date());
    return { bytes: raw.serialize(), shopId: bundle.shop.id };
  } finally {
    await db.destroy();
  }
}

function readBundle(file: string): Bundle {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw invalidInput(`cannot read the bundle ${file}`);
  }
  try {
    return parseBundle(JSON.parse(text));
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw invalidInput(`the bundle ${file} is not valid JSON: ${error.message}`);
    }
    if (error instanceof DomainError) {
      throw invalidInput(`the bundle ${file} is not valid`, error.details);
    }
    throw error;
  }
}
