/**
 * Seeds the demo shop on first start. The bundle is written around one day of the 618 sale
 * (DEMO_AS_OF); its times are shifted so that day is today, keeping windows meaningful.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { parseBundle } from '../domain/parse-bundle.ts';
import { shiftTimes } from '../domain/shift-times.ts';
import { importBundle } from '../store/bundle-import.ts';
import type { Database } from '../store/schema.ts';

/** The demo bundle's file. */
export const DEMO_BUNDLE_PATH = fileURLToPath(
  new URL('../../data/demo-shop.json', import.meta.url),
);
/** The moment the demo bundle is written around. */
export const DEMO_AS_OF = '2025-06-18T10:00:00+08:00';

/** Reads and validates the demo bundle, optionally moved so DEMO_AS_OF becomes `asOf`. */
export function loadDemoBundle(asOf?: Date) {
  const raw: unknown = JSON.parse(fs.readFileSync(DEMO_BUNDLE_PATH, 'utf8'));
  const moved = asOf ? shiftTimes(raw, asOf.getTime() - new Date(DEMO_AS_OF).getTime()) : raw;
  return parseBundle(moved);
}

/** Imports the demo shop unless a shop with its id exists; returns the id when it seeded. */
export async function seedDemoIfMissing(db: Kysely<Database>, now: Date): Promise<string | null> {
  const bundle = loadDemoBundle(now);
  const existing = await db
    .selectFrom('shops')
    .select('id')
    .where('id', '=', bundle.shop.id)
    .executeTakeFirst();
  if (existing) return null;
  await importBundle(db, bundle, now);
  return bundle.shop.id;
}

/** A path relative to the repository root, for messages. */
export const repoRelative = (p: string) =>
  path.relative(fileURLToPath(new URL('../../', import.meta.url)), p);
