/** The session as the panel drives it: first message, reload, rating, a conversation that is gone. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, memoryStore, testSession } from './test-doubles.ts';

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ChatSession', () => {
  it('starts the conversation on the first message and shows the reply', async () => {
    const { s, server } = testSession();
    await s.start();
    s.send('你好');
    await flush();
    expect(server.state.conversations).toBe(1);
    expect(s.view().messages.map((m) => m.text)).toEqual(['你好', 're: 你好']);
    expect(s.view().outbox).toEqual([]);
  });

  it('keeps the unsent messages and the conversation across a reload', async () => {
    const server = fakeServer();
    const store = memoryStore();
    const first = testSession(server, store).s;
    await first.start();
    first.send('hello');
    await flush();
    server.state.offline = true;
    first.send('while offline');
    await flush();
    first.close();
    server.state.offline = false;
    const { s } = testSession(server, store);
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

  it('asks for a rating after resolution and again only after the customer writes', async () => {
    const { s, server } = testSession();
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
    const { s, server } = testSession(fakeServer(), store);
    await s.start();
    s.send('hello');
    await flush();
    expect(server.state.conversations).toBe(1);
    expect(store.saved?.conversation?.id).toBe('c1');
    expect(s.view().messages.map((m) => m.text)).toEqual(['hello', 're: hello']);
  });
});
