import { describe, expect, it } from 'vitest';
import { signedIn } from '../../test-support/agents.ts';
import { useAgentStage } from '../../test-support/agent-stage.ts';

const { stage, customerAsksForPerson } = useAgentStage();

describe('the workspace views', () => {
  it("lists a sku's sibling variants with live stock for the order panel", async () => {
    const ann = await signedIn(stage.kefu.app, 'shop-a', 'ann');
    const res = await ann('GET', '/api/agent/variants?sku=p1-white-M');
    const body = res.json() as { variants: Array<{ sku: string; stock: number }> };
    expect(body.variants.map((v) => v.sku)).toEqual(['p1-white-M', 'p1-white-L']);
    expect(body.variants[1]?.stock).toBe(0);
    const zed = await signedIn(stage.kefu.app, 'shop-b', 'zed');
    expect((await zed('GET', '/api/agent/variants?sku=p1-white-M')).statusCode).toBe(200);
    expect((await ann('GET', '/api/agent/variants?sku=nope')).statusCode).toBe(404);
  });

  it("lists the shop's recently closed conversations, newest first, to that shop only", async () => {
    const ann = await signedIn(stage.kefu.app, 'shop-a', 'ann');
    await ann('PUT', '/api/agent/me/status', { status: 'away' });
    const resolved = await customerAsksForPerson();
    const handedBack = await customerAsksForPerson();
    for (const { id } of [resolved, handedBack])
      await ann('POST', `/api/agent/conversations/${id}/claim`);
    // Closings at one instant have no order: step the fixed clock past earlier tests' closings.
    stage.kefu.clock.advance(60_000);
    await ann('POST', `/api/agent/conversations/${resolved.id}/resolve`);
    stage.kefu.clock.advance(60_000);
    await ann('POST', `/api/agent/conversations/${handedBack.id}/release`);
    type Recent = Array<{
      conversation_id: string;
      status: string;
      reason: string;
      closed_at: string;
      assigned_to: string | null;
      assigned_name: string | null;
    }>;
    const { recent } = (await ann('GET', '/api/agent/workspace')).json() as { recent: Recent };
    expect(recent.slice(0, 2)).toMatchObject([
      { conversation_id: handedBack.id, status: 'bot', reason: 'asked_human', assigned_to: 'ann' },
      { conversation_id: resolved.id, status: 'resolved', assigned_name: 'ann' },
    ]);
    expect(recent.length).toBeLessThanOrEqual(20);
    expect(new Set(recent.map((r) => r.conversation_id)).size).toBe(recent.length);
    const zed = await signedIn(stage.kefu.app, 'shop-b', 'zed');
    const theirs = ((await zed('GET', '/api/agent/workspace')).json() as { recent: Recent }).recent;
    expect(theirs.map((r) => r.conversation_id)).not.toContain(resolved.id);
    expect(theirs.map((r) => r.conversation_id)).not.toContain(handedBack.id);
    const detail = await ann('GET', `/api/agent/conversations/${resolved.id}`);
    expect(detail.json()).toMatchObject({ conversation: { status: 'resolved' }, handoff: null });
    expect((await zed('GET', `/api/agent/conversations/${resolved.id}`)).statusCode).toBe(404);
  });

  it('lets a supervisor, and nobody else, assign a queued unassigned conversation', async () => {
    const sue = await signedIn(stage.kefu.app, 'shop-a', 'sue');
    const ann = await signedIn(stage.kefu.app, 'shop-a', 'ann');
    const bob = await signedIn(stage.kefu.app, 'shop-a', 'bob');
    for (const who of [sue, ann, bob]) await who('PUT', '/api/agent/me/status', { status: 'away' });
    const { id } = await customerAsksForPerson();
    const before = await stage.kefu.stores.handoffs.openHandoffOf('shop-a', id);
    expect(before?.assignedTo).toBeNull();
    const url = `/api/agent/conversations/${id}/transfer`;
    expect((await ann('POST', url, { agent_id: 'bob' })).statusCode).toBe(403);
    expect((await sue('POST', url, { agent_id: 'zed' })).statusCode).toBe(404);
    expect((await sue('POST', url, { agent_id: 'bob' })).statusCode).toBe(200);
    const after = await stage.kefu.stores.handoffs.openHandoffOf('shop-a', id);
    expect(after?.assignedTo).toBe('bob');
    const mine = (
      (await bob('GET', '/api/agent/workspace')).json() as {
        mine: Array<{ conversation_id: string; status: string }>;
      }
    ).mine;
    expect(mine).toContainEqual(
      expect.objectContaining({ conversation_id: id, status: 'with_agent' }),
    );
    const history = await stage.kefu.stores.conversations.listMessages('shop-a', id);
    expect(history.at(-1)?.text).toContain('bob');
  });
});
