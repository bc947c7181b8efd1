/** Following a session live: live messages, queue place, polling, the echo race. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testSession } from './test-doubles.ts';

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('LiveFollower', () => {
  it('merges live messages and joins again after the last seq it saw', async () => {
    const { s, server, live } = testSession();
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
    const { s, server, live } = testSession();
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
    const { s, server, live } = testSession();
    await s.start();
    s.send('hi');
    await flush();
    live.current()!.onConnection(false);
    server.add('agent', 'late reply');
    await vi.advanceTimersByTimeAsync(3000);
    expect(s.view().messages.at(-1)?.text).toBe('late reply');
  });

  it('hides the pending copy once the socket delivers the server copy first', async () => {
    const { s, server, live } = testSession();
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
});
