/**
 * The shared stage of the agent API tests: kefu in memory with two shops, four agents (three in
 * shop-a, one in shop-b), and a customer who asks for a person. Registers its own setup and
 * teardown hooks in the calling test file.
 */
import { afterAll, beforeAll } from 'vitest';
import { addAgent } from './agents.ts';
import { miniBundle } from './mini-bundle.ts';
import { testKefu } from './test-kefu.ts';

const NOW = '2024-06-20T10:00:00+08:00';

/** Sets the stage up for the current test file; read `stage.kefu` inside tests. */
export function useAgentStage() {
  const stage = { kefu: null as unknown as Awaited<ReturnType<typeof testKefu>> };
  beforeAll(async () => {
    stage.kefu = await testKefu([miniBundle('shop-a'), miniBundle('shop-b')], NOW, null);
    await addAgent(stage.kefu.stores, 'shop-a', 'ann', 'agent', 1);
    await addAgent(stage.kefu.stores, 'shop-a', 'bob', 'agent', 1);
    await addAgent(stage.kefu.stores, 'shop-a', 'sue', 'supervisor', 2);
    await addAgent(stage.kefu.stores, 'shop-b', 'zed', 'agent', 2);
  });
  afterAll(async () => {
    await stage.kefu.close();
  });

  /** A new anonymous conversation in `shop` whose customer asks for a person. */
  async function customerAsksForPerson(shop = 'shop-a') {
    const start = await stage.kefu.app.inject({
      method: 'POST',
      url: `/api/shops/${shop}/conversations`,
      payload: {},
    });
    const { conversation, access_token } = start.json() as {
      conversation: { id: string };
      access_token: string;
    };
    const say = (text: string) =>
      stage.kefu.app.inject({
        method: 'POST',
        url: `/api/shops/${shop}/conversations/${conversation.id}/messages`,
        headers: { authorization: `Bearer ${access_token}` },
        payload: { text },
      });
    const res = await say('转人工');
    return {
      id: conversation.id,
      say,
      first: res.json() as { conversation: { status: string }; replies: Array<{ text: string }> },
    };
  }

  return { stage, customerAsksForPerson };
}
