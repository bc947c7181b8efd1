import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { miniBundle } from '../../test-support/mini-bundle.ts';
import { testKefu } from '../../test-support/test-kefu.ts';
import { newSecret, signCustomerToken } from '../auth/tokens.ts';

const NOW = '2024-06-20T10:00:00+08:00';
let kefu: Awaited<ReturnType<typeof testKefu>>;

beforeAll(async () => {
  kefu = await testKefu([miniBundle('shop-a'), miniBundle('shop-b')], NOW);
});
afterAll(async () => {
  await kefu.close();
});

async function start(shop = 'shop-a', body: Record<string, unknown> = {}) {
  const res = await kefu.app.inject({
    method: 'POST',
    url: `/api/shops/${shop}/conversations`,
    payload: body,
  });
  return {
    status: res.statusCode,
    body: res.json() as { conversation: { id: string; signed_in: boolean }; access_token: string },
  };
}

const post = (shop: string, id: string, token: string, payload: unknown) =>
  kefu.app.inject({
    method: 'POST',
    url: `/api/shops/${shop}/conversations/${id}/messages`,
    headers: { authorization: `Bearer ${token}` },
    payload: payload as Record<string, unknown>,
  });

describe('the chat API', () => {
  it('starts an anonymous conversation and answers a message', async () => {
    const { status, body } = await start();
    expect(status).toBe(201);
    const res = await post('shop-a', body.conversation.id, body.access_token, {
      text: '你好',
      client_id: 'm1',
    });
    expect(res.statusCode).toBe(200);
    const json = res.json() as { replies: Array<{ author: string; text: string }> };
    expect(json.replies[0]?.author).toBe('bot');
    expect(json.replies[0]?.text).toContain('AI');
  });

  it('returns the original reply for a replayed client id and stores the message once', async () => {
    const { body } = await start();
    const first = await post('shop-a', body.conversation.id, body.access_token, {
      text: '在吗',
      client_id: 'same',
    });
    const again = await post('shop-a', body.conversation.id, body.access_token, {
      text: '在吗',
      client_id: 'same',
    });
    expect((again.json() as { replayed: boolean }).replayed).toBe(true);
    expect((again.json() as { replies: unknown[] }).replies).toEqual(
      (first.json() as { replies: unknown[] }).replies,
    );
    const history = await kefu.app.inject({
      url: `/api/shops/shop-a/conversations/${body.conversation.id}/messages`,
      headers: { authorization: `Bearer ${body.access_token}` },
    });
    const messages = (history.json() as { messages: Array<{ author: string }> }).messages;
    expect(messages.filter((m) => m.author === 'customer')).toHaveLength(1);
  });

  it('refuses a wrong access token with 401 and an unknown conversation with 404', async () => {
    const { body } = await start();
    expect((await post('shop-a', body.conversation.id, 'nope', { text: 'hi' })).statusCode).toBe(
      401,
    );
    expect((await post('shop-a', 'missing', body.access_token, { text: 'hi' })).statusCode).toBe(
      404,
    );
    expect(
      (await post('shop-b', body.conversation.id, body.access_token, { text: 'hi' })).statusCode,
    ).toBe(404);
  });

  it('answers an unknown shop with a JSON 404', async () => {
    const { status } = await start('no-such-shop');
    expect(status).toBe(404);
  });

  it('signs a customer in with a shop-signed token and rejects forged, expired and other-shop ones', async () => {
    const now = new Date(NOW);
    const secretA = await kefu.stores.access.shopSecret('shop-a', newSecret, NOW);
    const secretB = await kefu.stores.access.shopSecret('shop-b', newSecret, NOW);
    const good = await signCustomerToken(secretA, 'shop-a', 'c1', 3600, now);
    const signedIn = await start('shop-a', { customer_token: good });
    expect(signedIn.status).toBe(201);
    expect(signedIn.body.conversation.signed_in).toBe(true);
    const forged = await signCustomerToken('not-the-secret', 'shop-a', 'c1', 3600, now);
    const expired = await signCustomerToken(
      secretA,
      'shop-a',
      'c1',
      60,
      new Date(now.getTime() - 3_600_000),
    );
    const otherShop = await signCustomerToken(secretB, 'shop-b', 'c1', 3600, now);
    for (const token of [forged, expired, otherShop, 'garbage']) {
      expect((await start('shop-a', { customer_token: token })).status).toBe(401);
    }
  });

  it('refuses an over-long message politely without a crash', async () => {
    const { body } = await start();
    const res = await post('shop-a', body.conversation.id, body.access_token, {
      text: '长'.repeat(4500),
    });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { replies: Array<{ text: string }> }).replies[0]?.text).toContain('4000');
  });

  it('rejects a malformed body with 400 and the problem', async () => {
    const { body } = await start();
    const res = await post('shop-a', body.conversation.id, body.access_token, { text: 42 });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { error: { code: string } }).error.code).toBe('invalid_input');
  });

  it('hands off when the customer presses talk to a person, whatever the text', async () => {
    const { body } = await start();
    const res = await post('shop-a', body.conversation.id, body.access_token, {
      text: '嗯',
      intent: 'human_agent',
    });
    const json = res.json() as {
      conversation: { status: string };
      replies: Array<{ parts: Array<{ kind: string }> }>;
    };
    expect(json.conversation.status).toBe('queued');
    expect(json.replies.at(-1)?.parts.some((p) => p.kind === 'queue')).toBe(true);
  });

  it('takes a rating once the conversation is resolved, and not before', async () => {
    const { body } = await start();
    const rate = (score: number) =>
      kefu.app.inject({
        method: 'POST',
        url: `/api/shops/shop-a/conversations/${body.conversation.id}/rating`,
        headers: { authorization: `Bearer ${body.access_token}` },
        payload: { score, comment: '很好' },
      });
    expect((await rate(5)).statusCode).toBe(409);
    const bye = await post('shop-a', body.conversation.id, body.access_token, {
      text: '好的谢谢，没事了',
    });
    expect((bye.json() as { conversation: { status: string } }).conversation.status).toBe(
      'resolved',
    );
    expect((await rate(5)).statusCode).toBe(200);
    expect((await rate(9)).statusCode).toBe(400);
    expect(await kefu.stores.conversations.ratingOf('shop-a', body.conversation.id)).toMatchObject({
      score: 5,
    });
  });
});
