/**
 * The agent's side in the browser tests, through the real agent desk: other visitors who asked
 * for a person first, and an agent who finishes conversations and is given the next one.
 */
import type { testKefu } from '../../../src/test-support/test-kefu.ts';
import type { Agent } from '../../../src/domain/agent.ts';
import { until } from './until.ts';

type Kefu = Awaited<ReturnType<typeof testKefu>>;
const SHOP = 'demo-apparel';

/** Starts another visitor's conversation that asks for a person (it queues ahead). */
export async function queueAnotherVisitor(kefu: Kefu, visitor: string): Promise<string> {
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

/** Waits until the desk's auto-assignment (it runs after the handoff event) has `id` or not. */
export async function settleAssignment(kefu: Kefu, id: string, assigned: boolean): Promise<void> {
  await until(`conversation ${id} ${assigned ? '' : 'not '}assigned`, async () => {
    const handoff = await kefu.stores.handoffs.openHandoffOf(SHOP, id);
    return (handoff?.assignedTo != null) === assigned;
  });
}

/** An online agent of the demo shop called `name`, taking one conversation at a time. */
export async function onlineAgent(kefu: Kefu, name: string): Promise<Agent> {
  const agent: Agent = {
    id: `agent-${name}`,
    shopId: SHOP,
    email: `${encodeURIComponent(name)}@demo.test`,
    displayName: name,
    role: 'agent',
    status: 'online',
    capacity: 1,
    createdAt: kefu.clock.now().toISOString(),
  };
  await kefu.stores.agents.createAgent(agent, 'not-a-real-hash');
  return agent;
}

/** `agent` finishes conversation `id`, and the desk assigns the next waiting one. */
export async function finishAndTakeNext(kefu: Kefu, agent: Agent, id: string): Promise<void> {
  await kefu.desk.resolve(agent, id);
  await kefu.desk.autoAssign(SHOP);
}
