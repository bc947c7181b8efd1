/**
 * The agent's side in the browser tests, through the real agent desk: other visitors who asked
 * for a person first, and an agent who takes conversations and replies.
 */
import type { testKefu } from '../../../src/test-support/test-kefu.ts';
import type { Agent } from '../../../src/domain/agent.ts';

type Kefu = Awaited<ReturnType<typeof testKefu>>;
const SHOP = 'demo-apparel';

/** Starts another visitor's conversation that asks for a person (it queues ahead). */
export async function queueAnotherVisitor(kefu: Kefu, visitor: string): Promise<string> {
  // The test clock stands still; a second apart keeps the queue's first-come order unambiguous.
  kefu.clock.advance(1000);
  const start = await kefu.app.inject({
    method: 'POST',
    url: `/api/shops/${SHOP}/conversations`,
    payload: { visitor_id: visitor },
  });
  const { conversation, access_token } = start.json() as {
    conversation: { id: string };
    access_token: string;
  };
  await kefu.app.inject({
    method: 'POST',
    url: `/api/shops/${SHOP}/conversations/${conversation.id}/messages`,
    headers: { authorization: `Bearer ${access_token}` },
    payload: { text: '人工', client_id: 'x1', intent: 'human_agent' },
  });
  return conversation.id;
}

/**
 * An online agent of the demo shop called `name` with no free capacity: counted for the wait
 * estimate but never auto-assigned, so the test decides who is taken when.
 */
export async function onlineAgent(kefu: Kefu, name: string): Promise<Agent> {
  const agent: Agent = {
    id: `agent-${name}`,
    shopId: SHOP,
    email: `${encodeURIComponent(name)}@demo.test`,
    displayName: name,
    role: 'agent',
    status: 'online',
    capacity: 0,
    createdAt: kefu.clock.now().toISOString(),
  };
  await kefu.stores.agents.createAgent(agent, 'not-a-real-hash');
  return agent;
}

/** `agent` takes conversation `id` (and says `text` when given). */
export async function takeConversation(kefu: Kefu, agent: Agent, id: string, text?: string) {
  await kefu.desk.claim(agent, id);
  if (text) await kefu.desk.reply(agent, id, text, null);
}
