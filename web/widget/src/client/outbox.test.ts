import { describe, expect, it } from 'vitest';
import {
  echoes,
  enqueue,
  markFailed,
  markPending,
  nextToSend,
  settle,
  type OutboxEntry,
} from './outbox.ts';

const entry = (id: string, text = id): OutboxEntry => ({
  client_id: id,
  text,
  intent: null,
  created_at: '',
  state: 'pending',
});

describe('the outbox', () => {
  it('sends the oldest pending message first and skips refused ones', () => {
    const box = markFailed(enqueue(enqueue([], entry('a')), entry('b')), 'a');
    expect(nextToSend(box)?.client_id).toBe('b');
    expect(nextToSend(markPending(box, 'a'))?.client_id).toBe('a');
  });

  it('forgets a message once the server has it', () => {
    expect(settle([entry('a'), entry('b')], 'a').map((e) => e.client_id)).toEqual(['b']);
  });

  it("recognises the server's copy of the message in flight by its text", () => {
    const copy = {
      id: 'x',
      seq: 1,
      author: 'customer' as const,
      author_name: null,
      client_id: null,
      text: '你好',
      parts: [],
      created_at: '',
    };
    expect(echoes([copy], entry('a', '你好'))).toBe(true);
    expect(echoes([copy], entry('a', '在吗'))).toBe(false);
    expect(echoes([{ ...copy, author: 'bot' }], entry('a', '你好'))).toBe(false);
    expect(echoes([copy], null)).toBe(false);
  });
});
