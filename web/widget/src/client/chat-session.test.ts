import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChatSession } from './chat-session.ts';
import { fakeLive, fakeServer, memoryStore } from './test-doubles.ts';

let ids = 0;
const flush = () => vi.advanceTimersByTimeAsync(0);

function session(server = fakeServer(), store = memoryStore(), live = fakeLive()) {
  const s = new ChatSession({
    shop: 'shop',
    language: 'zh',
    customerToken: null,
    api: server.api,
    store,
    openLive: live.open,
    newId: () => `id-${++ids}`,
    now: () => new Date('2025-06-18T02:00:00Z'),
    retryMs: 1000,
    pollMs: 3000,
  });
  return { s, server, store, live };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ChatSession', () => {
  it('starts the conversation on the first message and shows the reply', async () => {
    const { s, server } = session();
    await s.start();
    s.send('你好');
    await flush();
    expect(server.state.conversations).toBe(1);
    expect(s.view().messages.map((m) => m.text)).toEqual(['你好', 're: 你好']);
    expect(s.view().outbox).toEqual([]);
  });

  it('keeps messages written offline as pending and sends each once, in order, when back', async () => {
    const { s, server } = session();
    await s.start();
    s.send('first');
    await flush();
    server.state.offline = true;
    s.send('second');
    s.send('third');
    await flush();
    expect(s.view().online).toBe(false);
    expect(s.view().outbox.map((e) => [e.text, e.state])).toEqual([
      ['second', 'pending'],
      ['third', 'pending'],
    ]);
    server.state.offline = false;
    s.networkChanged(true);
    await flush();
    const texts = server.messages.filter((m) => m.author === 'customer').map((m) => m.text);
    expect(texts).toEqual(['first', 'second', 'third']);
    expect(s.view().outbox).toEqual([]);
    expect(s.view().online).toBe(true);
  });

  it('retries with the same client id, so a reply lost on the way does not double the message', async () => {
    const { s, server } = session();
    await s.start();
    const post = server.api.post;
    let drop = true;
    server.api.post = async (key, body) => {
      const answer = await post(key, body);
      if (drop) {
        drop = false;
        throw new TypeError('connection reset');
      }
      return answer;
    };
    s.send('在吗');
    await flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(new Set(server.posts).size).toBe(1);
    expect(server.posts).toHaveLength(2);
    expect(s.view().messages.filter((m) => m.author === 'customer')).toHaveLength(1);
  });

  it('keeps the unsent messages and the conversation across a reload', async () => {
    const server = fakeServer();
    const store = memoryStore();
    const first = session(server, store).s;
    await first.start();
    first.send('hello');
    await flush();
    server.state.offline = true;
    first.send('while offline');
    await flush();
    first.close();
    server.state.offline = false;
    const { s } = session(server, store);
    await s.start();
    await flush();
    expect(s.view().messages.map((m) => m.text)).toEqual([
      'hello',
      're: hello',
      'while offline',
      're: while offline',
    ]);
    expect(server.state.conversations).toBe(1);
  });

  it('merges live messages and joins again after the last seq it saw', async () => {
    const { s, server, live } = session();
    await s.start();
    s.send('hi');
    await flush();
    const link = live.current()!;
    const agent = server.add('agent', '我是小美');
    link.onMessages([{ ...agent, author_name: '小美' }]);
    link.onMessages([{ ...agent, author_name: '小美' }]);
    link.onStatus('with_agent');
    expect(s.view().messages.filter((m) => m.author === 'agent')).toHaveLength(1);
    expect(link.lastSeq()).toBe(3);
    expect(s.view().agentName).toBe('小美');
    expect(s.view().status).toBe('with_agent');
  });

  it('shows the live queue place while queued, and forgets it once the person takes over', async () => {
    const { s, server, live } = session();
    await s.start();
    s.send('转人工', 'human_agent');
    await flush();
    expect(s.view().status).toBe('queued');
    live.current()!.onQueue({ position: 1, eta_minutes: 3 });
    expect(s.view().queue).toEqual({ position: 1, eta_minutes: 3 });
    live.current()!.onStatus('with_agent');
    expect(s.view().queue).toBeNull();
    expect(server.messages).toHaveLength(2);
  });

  it('polls the history while the live link is down', async () => {
    const { s, server, live } = session();
    await s.start();
    s.send('hi');
    await flush();
    live.current()!.onConnection(false);
    server.add('agent', 'late reply');
    await vi.advanceTimersByTimeAsync(3000);
    expect(s.view().messages.at(-1)?.text).toBe('late reply');
  });

  it('hides the pending copy once the socket delivers the server copy first', async () => {
    const { s, server, live } = session();
    await s.start();
    s.send('warm up');
    await flush();
    let release: () => void = () => undefined;
    const post = server.api.post;
    server.api.post = (key, body) =>
      new Promise((resolve) => {
        release = () => resolve(post(key, body));
      });
    s.send('race');
    await flush();
    expect(s.view().outbox).toHaveLength(1);
    live.current()!.onMessages([{ ...server.add('customer', 'race') }]);
    expect(s.view().outbox).toHaveLength(0);
    release();
    await flush();
  });

  it('asks for a rating after resolution and again only after the customer writes', async () => {
    const { s, server } = session();
    await s.start();
    s.send('谢谢');
    await flush();
    server.setStatus('resolved');
    await s.networkChanged(true);
    await flush();
    expect(s.view().rating).toBe('ask');
    await s.rate(5, '很好');
    expect(s.view().rating).toBe('rated');
    s.send('还有一个问题');
    await flush();
    expect(s.view().rating).toBe('ask');
  });

  it('starts a new conversation when the saved one is no longer accepted', async () => {
    const store = memoryStore({
      visitor_id: 'v1',
      conversation: { id: 'gone', token: 'stale', signed_in: false },
      outbox: [],
      rated_after_seq: null,
    });
    const { s, server } = session(fakeServer(), store);
    await s.start();
    s.send('hello');
    await flush();
    expect(server.state.conversations).toBe(1);
    expect(store.saved?.conversation?.id).toBe('c1');
    expect(s.view().messages.map((m) => m.text)).toEqual(['hello', 're: hello']);
  });

  it('marks a message the server refuses as failed instead of resending it forever', async () => {
    const { s, server } = session();
    await s.start();
    server.api.post = async () => {
      const { ApiError } = await import('./chat-api.ts');
      throw new ApiError(400, 'invalid_input', 'bad');
    };
    s.send('x');
    await flush();
    expect(s.view().outbox.map((e) => e.state)).toEqual(['failed']);
  });
});
