/** Sending the outbox through a session: offline, lost replies, refused messages. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testSession } from './test-doubles.ts';

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('OutboxSender', () => {
  it('keeps messages written offline as pending and sends each once, in order, when back', async () => {
    const { s, server } = testSession();
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
    const { s, server } = testSession();
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

  it('marks a message the server refuses as failed instead of resending it forever', async () => {
    const { s, server } = testSession();
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
