/**
 * A chat with the demo shop for engine tests: in-memory SQLite with the demo bundle, a clock
 * fixed at the demo's "now", one agent online, no-op events, and a scripted understander that
 * returns the intent and slots a test gives for each text (so flows are tested without the
 * real classifier). Engine tests may not import the store; they import this.
 */
import { fixedClock } from '../domain/clock.ts';
import type { MessagePart } from '../domain/conversation.ts';
import type { Intent, Slots, Understander, Understanding } from '../domain/understanding.ts';
import { DEMO_AS_OF, loadDemoBundle } from '../cli/seed-demo.ts';
import type { ShopSnapshot } from '../domain/ports.ts';
import { createEngine } from '../engine/create-engine.ts';
import { readDialogueState, type DialogueState } from '../engine/dialogue-state.ts';
import type { TurnOutcome } from '../engine/engine-types.ts';
import { importBundle } from '../store/bundle-import.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { createSqlStores } from '../store/sql-stores.ts';
import { openSqlite } from '../store/sqlite/open-sqlite.ts';

/** What the scripted understander reads from one text. */
export interface Scripted {
  intent: Intent;
  slots?: Slots;
  language?: 'zh' | 'en';
}

/** One bot turn as a test sees it. */
export interface ChatTurn {
  text: string;
  parts: MessagePart[];
  state: DialogueState;
  status: string;
}

/** A conversation to talk to; `close` frees the database. */
export interface DemoChat {
  send(text: string, reading: Scripted): Promise<ChatTurn>;
  close(): Promise<void>;
}

function scriptedUnderstander(readings: Map<string, Scripted>): Understander {
  return {
    understand(text: string): Understanding {
      const r = readings.get(text) ?? { intent: 'other' };
      const language =
        r.language ?? (/[a-z]{2,}/i.test(text) && !/\p{Script=Han}/u.test(text) ? 'en' : 'zh');
      return {
        text,
        intent: r.intent,
        confidence: 0.9,
        slots: r.slots ?? {},
        frustration: 0,
        escalate: false,
        escalation_cause: null,
        language,
        script: language === 'zh' ? 'hans' : 'latin',
      };
    },
    addWords: () => undefined,
  };
}

function turnOf(out: TurnOutcome): ChatTurn {
  return {
    text: out.replies.map((m) => m.text).join('\n'),
    parts: out.replies.flatMap((m) => m.parts),
    state: readDialogueState(out.conversation.state),
    status: out.conversation.status,
  };
}

/** A fresh in-memory database holding the demo shop, and the bundle. */
export async function demoDatabase() {
  const db = openSqlite(':memory:');
  await migrateToLatest(db);
  const bundle = loadDemoBundle();
  await importBundle(db, bundle, new Date(DEMO_AS_OF));
  return { db, bundle };
}

/** Opens a chat with the demo shop as `customerId` (null: an anonymous visitor). */
export async function openDemoChat(customerId: string | null = null): Promise<DemoChat> {
  const { db, bundle } = await demoDatabase();
  const readings = new Map<string, Scripted>();
  let n = 0;
  const engine = createEngine({
    stores: createSqlStores(db),
    clock: fixedClock(DEMO_AS_OF),
    understander: scriptedUnderstander(readings),
    presence: { onlineAgents: async () => 1 },
    events: { publish: () => undefined },
    newId: () => `t-${++n}`,
  });
  const conversation = await engine.startConversation({
    shopId: bundle.shop.id,
    customerId,
    visitorId: customerId ? null : 'visitor',
  });
  return {
    async send(text, reading) {
      readings.set(text, reading);
      return turnOf(
        await engine.handleCustomerMessage({
          shopId: bundle.shop.id,
          conversationId: conversation.id,
          text,
        }),
      );
    },
    close: () => db.destroy(),
  };
}

/** The demo shop as a catalogue snapshot, without a database (for search tests). */
export function demoSnapshot(): ShopSnapshot {
  const b = loadDemoBundle();
  return {
    shop: b.shop,
    policies: b.policies,
    categories: b.categories,
    sizeCharts: b.size_charts,
    products: b.products,
    priceHistory: b.price_history,
    promotions: b.promotions,
    faq: b.faq,
    version: 'demo',
  };
}

/** The demo shop's stores and snapshot on a fresh in-memory database (for action tests). */
export async function openDemoStores() {
  const { db } = await demoDatabase();
  return { stores: createSqlStores(db), shop: demoSnapshot(), close: () => db.destroy() };
}

/** The demo shop's "today" (re-exported so engine tests need not import the CLI). */
export const DEMO_NOW = DEMO_AS_OF;
