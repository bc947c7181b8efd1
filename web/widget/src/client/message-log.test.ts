import { describe, expect, it } from 'vitest';
import type { PublicMessage } from '../../../../src/domain/protocol.ts';
import { lastSeqOf, mergeMessages } from './message-log.ts';

const m = (seq: number, id = `m${seq}`): PublicMessage => ({
  id,
  seq,
  author: 'bot',
  author_name: null,
  client_id: null,
  text: `t${seq}`,
  parts: [],
  created_at: '',
});

describe('mergeMessages', () => {
  it('keeps each message once when the HTTP answer and the socket both deliver it', () => {
    const once = mergeMessages([], [m(1), m(2)]);
    expect(mergeMessages(once, [m(2), m(1)])).toBe(once);
  });

  it('orders messages by seq whatever order they arrive in', () => {
    const merged = mergeMessages([m(3)], [m(1), m(2)]);
    expect(merged.map((x) => x.seq)).toEqual([1, 2, 3]);
  });

  it('drops a second message claiming a seq it already has', () => {
    expect(mergeMessages([m(1)], [m(1, 'other')])).toHaveLength(1);
  });

  it('resumes after the highest seq seen', () => {
    expect(lastSeqOf([m(2), m(7), m(5)])).toBe(7);
    expect(lastSeqOf([])).toBe(0);
  });
});
