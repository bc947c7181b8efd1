/**
 * `kefu chat`: talk to the bot in a terminal against a private in-memory copy of a shop (the demo
 * shop unless --bundle), as a signed-in customer or a visitor, at a chosen shop time. Nothing is
 * written to the real store. For trying wording, flows and handoffs by hand.
 */
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { fixedClock } from '../domain/clock.ts';
import { createEngine } from '../engine/create-engine.ts';
import { createSqlStores } from '../store/sql-stores.ts';
import { createUnderstander } from '../understanding/create-understander.ts';
import { createScenarioDatabases } from './eval/scenario-databases.ts';
import { DEMO_AS_OF } from './seed-demo.ts';

/** Runs the chat loop until standard input ends. */
export async function chatCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      customer: { type: 'string' },
      now: { type: 'string', default: DEMO_AS_OF },
      agents: { type: 'string', default: '1' },
      bundle: { type: 'string' },
    },
  });
  const { db, shopId } = await createScenarioDatabases().open(values.bundle ?? null);
  const clock = fixedClock(values.now);
  const engine = createEngine({
    stores: createSqlStores(db),
    clock,
    understander: createUnderstander(),
    presence: { onlineAgents: async () => Number(values.agents) },
    events: { publish: () => {} },
  });
  const conversation = await engine.startConversation({
    shopId,
    customerId: values.customer ?? null,
  });
  out(
    `Chatting with ${shopId} as ${values.customer ?? 'an anonymous visitor'} at ${values.now}. Ctrl-D ends.`,
  );
  const lines = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const text of lines) {
    if (!text.trim()) continue;
    const outcome = await engine.handleCustomerMessage({
      shopId,
      conversationId: conversation.id,
      text,
    });
    const u = outcome.understanding;
    out(
      `> ${text}   [${u?.intent ?? '-'} ${u?.confidence.toFixed(2) ?? ''} ${JSON.stringify(u?.slots ?? {})}${u?.escalate ? ' ESCALATE' : ''}]`,
    );
    for (const reply of outcome.replies) out(`  bot: ${reply.text.replace(/\n/g, '\n       ')}`);
    out(`  (${outcome.conversation.status})`);
    clock.advance(20_000);
  }
  await db.destroy();
  return 0;
}
