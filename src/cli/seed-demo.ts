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
import { createSqlStores } from '../store/sql-stores.ts';
import type { Stores } from '../domain/ports.ts';
import { hashPassword } from '../server/auth/passwords.ts';

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
  await seedDemoTeam(createSqlStores(db), bundle.shop.id, now);
  return bundle.shop.id;
}

/** The demo shop's documented accounts (README) — all with the password DEMO_PASSWORD. */
export const DEMO_AGENTS = [
  { email: 'owner@demo.kefu', name: '林店长', role: 'owner', capacity: 3 },
  { email: 'wang@demo.kefu', name: '小王', role: 'agent', capacity: 5 },
  { email: 'li@demo.kefu', name: '小李', role: 'agent', capacity: 5 },
] as const;
export const DEMO_PASSWORD = 'kefu-demo';

const DEMO_MACROS = [
  {
    id: 'greet',
    title: '问候 / Greeting',
    body: '您好，我是人工客服，刚才的情况我都看到了，马上为您处理。',
  },
  {
    id: 'order',
    title: '订单确认 / Order',
    body: '已为您查到订单 {order_id}，请稍等，我这就处理。',
  },
  { id: 'sorry', title: '致歉 / Apology', body: '非常抱歉给您带来不便，我们一定会负责到底。' },
  {
    id: 'bye',
    title: '结束 / Closing',
    body: '问题已处理好，还有其他需要随时找我们，祝您生活愉快！',
  },
];

async function seedDemoTeam(stores: Stores, shopId: string, now: Date): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const a of DEMO_AGENTS) {
    const agent = {
      id: a.email.split('@')[0] ?? a.email,
      shopId,
      email: a.email,
      displayName: a.name,
      role: a.role,
      status: 'offline' as const,
      capacity: a.capacity,
      createdAt: now.toISOString(),
    };
    await stores.agents.createAgent(agent, hash);
  }
  for (const [position, m] of DEMO_MACROS.entries())
    await stores.agents.putMacro(shopId, { ...m, position });
}

/** A path relative to the repository root, for messages. */
export const repoRelative = (p: string) =>
  path.relative(fileURLToPath(new URL('../../', import.meta.url)), p);
