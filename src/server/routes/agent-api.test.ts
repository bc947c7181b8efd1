import { describe, expect, it } from 'vitest';
import { signedIn, TEST_PASSWORD } from '../../test-support/agents.ts';
import { useAgentStage } from '../../test-support/agent-stage.ts';

const { stage, customerAsksForPerson } = useAgentStage();

describe('the agent API', () => {
  it('refuses a wrong password with one generic message and limits attempts', async () => {
    const attempt = (password: string) =>
      stage.kefu.app.inject({
        method: 'POST',
        url: '/api/agent/session',
        payload: { shop: 'shop-a', email: 'bob@shop-a.test', password },
      });
    const wrong = await attempt('nope');
    expect(wrong.statusCode).toBe(401);
    const unknown = await stage.kefu.app.inject({
      method: 'POST',
      url: '/api/agent/session',
      payload: { shop: 'shop-a', email: 'ghost@shop-a.test', password: 'x' },
    });
    expect((unknown.json() as { error: { message: string } }).error.message).toBe(
      (wrong.json() as { error: { message: string } }).error.message,
    );
    for (let i = 0; i < 4; i++) await attempt('nope');
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(403);
  });

  it('queues a handoff when nobody is online and tells the customer', async () => {
    const { first } = await customerAsksForPerson();
    expect(first.conversation.status).toBe('queued');
    expect(first.replies.at(-1)?.text).toMatch(/没有人工客服在线|非工作时间/);
  });

  it('lets exactly one of two agents claim the same conversation', async () => {
    const sue = await signedIn(stage.kefu.app, 'shop-a', 'sue');
    const ann = await signedIn(stage.kefu.app, 'shop-a', 'ann');
    await ann('PUT', '/api/agent/me/status', { status: 'away' });
    await sue('PUT', '/api/agent/me/status', { status: 'away' });
    const { id } = await customerAsksForPerson();
    const results = await Promise.all([
      ann('POST', `/api/agent/conversations/${id}/claim`),
      sue('POST', `/api/agent/conversations/${id}/claim`),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('shows the agent the summary, carries the reply to the customer and keeps the bot silent', async () => {
    const ann = await signedIn(stage.kefu.app, 'shop-a', 'ann');
    await ann('PUT', '/api/agent/me/status', { status: 'away' });
    const { id, say } = await customerAsksForPerson();
    expect((await ann('POST', `/api/agent/conversations/${id}/claim`)).statusCode).toBe(200);
    const detail = (await ann('GET', `/api/agent/conversations/${id}`)).json() as {
      handoff: { reason: string; summary: { intent: string } };
      conversation: { status: string };
    };
    expect(detail.handoff.reason).toBe('asked_human');
    expect(detail.conversation.status).toBe('with_agent');
    await ann('POST', `/api/agent/conversations/${id}/messages`, { text: '您好，我来帮您' });
    const during = (await say('我的订单怎么样了')).json() as { replies: unknown[] };
    expect(during.replies).toHaveLength(0);
    const history = await stage.kefu.stores.conversations.listMessages('shop-a', id);
    expect(history.some((m) => m.author === 'agent' && m.text === '您好，我来帮您')).toBe(true);
    await ann('POST', `/api/agent/conversations/${id}/release`);
    const after = (await say('你好')).json() as { replies: Array<{ author: string }> };
    expect(after.replies[0]?.author).toBe('bot');
  });

  it('never lets an agent of another shop read or act on a conversation', async () => {
    const zed = await signedIn(stage.kefu.app, 'shop-b', 'zed');
    const { id } = await customerAsksForPerson('shop-a');
    expect((await zed('GET', `/api/agent/conversations/${id}`)).statusCode).toBe(404);
    expect((await zed('POST', `/api/agent/conversations/${id}/claim`)).statusCode).toBe(404);
    expect(
      (await zed('POST', `/api/agent/conversations/${id}/messages`, { text: 'hi' })).statusCode,
    ).toBe(404);
  });

  it('requires the CSRF token for changes and a session for reads', async () => {
    expect(
      (await stage.kefu.app.inject({ method: 'GET', url: '/api/agent/workspace' })).statusCode,
    ).toBe(401);
    const login = await stage.kefu.app.inject({
      method: 'POST',
      url: '/api/agent/session',
      payload: { shop: 'shop-a', email: 'sue@shop-a.test', password: TEST_PASSWORD },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    const res = await stage.kefu.app.inject({
      method: 'PUT',
      url: '/api/agent/me/status',
      headers: { cookie },
      payload: { status: 'away' },
    });
    expect(res.statusCode).toBe(403);
    expect(String(login.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('runs an order action through the policy and lets only a supervisor override it', async () => {
    const ann = await signedIn(stage.kefu.app, 'shop-a', 'ann');
    const sue = await signedIn(stage.kefu.app, 'shop-a', 'sue');
    const { id } = await customerAsksForPerson();
    const url = `/api/agent/conversations/${id}/actions`;
    const body = { type: 'cancel_order', order_id: '202406180001', params: {}, key: 'k1' };
    const refused = (await ann('POST', url, body)).json() as {
      status: string;
      rule: string;
    };
    expect(refused).toMatchObject({ status: 'refused', rule: 'cancel_statuses' });
    const denied = await ann('POST', url, {
      ...body,
      key: 'k2',
      override_reason: 'customer was promised',
    });
    expect(denied.statusCode).toBe(403);
    const done = (
      await sue('POST', url, {
        ...body,
        key: 'k3',
        override_reason: 'customer was promised by phone',
      })
    ).json() as { status: string };
    expect(done.status).toBe('executed');
    const audit = await stage.kefu.stores.audit.listAudit('shop-a', { orderId: '202406180001' });
    expect(audit.map((a) => a.outcome)).toEqual(['refused', 'overridden']);
    expect(audit[1]?.detail['override_reason']).toBe('customer was promised by phone');
  });
});
