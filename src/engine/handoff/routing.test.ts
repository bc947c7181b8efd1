import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../domain/agent.ts';
import type { Handoff } from '../../domain/conversation.ts';
import { openDemoStores } from '../../test-support/demo-shop-chat.ts';
import { estimateWait } from './estimate-wait.ts';
import { pickAgent } from './pick-agent.ts';

let opened: Awaited<ReturnType<typeof openDemoStores>> | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

const SHOP = 'demo-apparel';
const agent = (id: string, status: Agent['status'], capacity: number): Agent => ({
  id,
  shopId: SHOP,
  email: `${id}@t.test`,
  displayName: id,
  role: 'agent',
  status,
  capacity,
  createdAt: '2025-06-18T09:00:00+08:00',
});
const handoff = (
  id: string,
  priority: number,
  at: string,
  extra: Partial<Handoff> = {},
): Handoff => ({
  id,
  conversationId: `conv-${id}`,
  reason: priority === 0 ? 'threat' : 'asked_human',
  priority,
  detail: {},
  createdAt: at,
  assignedTo: null,
  assignedAt: null,
  closedAt: null,
  ...extra,
});

describe('routing', () => {
  it('gives the next conversation to the least-loaded online agent under capacity', async () => {
    opened = await openDemoStores();
    const { stores } = opened;
    await stores.agents.createAgent(agent('busy', 'online', 2), 'x');
    await stores.agents.createAgent(agent('idle', 'online', 2), 'x');
    await stores.agents.createAgent(agent('away', 'away', 5), 'x');
    await stores.handoffs.createHandoff(
      SHOP,
      handoff('h1', 2, '2025-06-18T09:00:00+08:00', { assignedTo: 'busy' }),
    );
    expect((await pickAgent(stores, SHOP))?.id).toBe('idle');
    await stores.handoffs.createHandoff(
      SHOP,
      handoff('h2', 2, '2025-06-18T09:01:00+08:00', { assignedTo: 'idle' }),
    );
    await stores.handoffs.createHandoff(
      SHOP,
      handoff('h3', 2, '2025-06-18T09:02:00+08:00', { assignedTo: 'idle' }),
    );
    expect((await pickAgent(stores, SHOP))?.id).toBe('busy');
    await stores.handoffs.createHandoff(
      SHOP,
      handoff('h4', 2, '2025-06-18T09:03:00+08:00', { assignedTo: 'busy' }),
    );
    expect(await pickAgent(stores, SHOP)).toBeNull();
  });

  it('puts threats, safety and money first, then the longest waiting', async () => {
    opened = await openDemoStores();
    const { stores } = opened;
    await stores.handoffs.createHandoff(SHOP, handoff('old', 2, '2025-06-18T09:00:00+08:00'));
    await stores.handoffs.createHandoff(SHOP, handoff('threat', 0, '2025-06-18T09:05:00+08:00'));
    await stores.handoffs.createHandoff(SHOP, handoff('new', 2, '2025-06-18T09:03:00+08:00'));
    expect((await stores.handoffs.openHandoffs(SHOP)).map((h) => h.id)).toEqual([
      'threat',
      'old',
      'new',
    ]);
  });

  it('estimates the wait from recent handling times, shared among agents online', async () => {
    opened = await openDemoStores();
    const { stores } = opened;
    expect(await estimateWait(stores, SHOP, 2, 1)).toBe(10);
    await stores.handoffs.createHandoff(
      SHOP,
      handoff('done', 2, '2025-06-18T08:00:00+08:00', {
        assignedAt: '2025-06-18T08:00:00+08:00',
        closedAt: '2025-06-18T08:03:00+08:00',
      }),
    );
    expect(await estimateWait(stores, SHOP, 2, 1)).toBe(6);
    expect(await estimateWait(stores, SHOP, 2, 2)).toBe(3);
  });
});
