import { describe, expect, it } from 'vitest';
import { mergeMessages } from './merge-messages.ts';

const m = (id: string, seq: number, text = id) => ({ id, seq, text });

describe('mergeMessages', () => {
  it('keeps one copy of a message that arrives twice (live frame and refetch)', () => {
    const merged = mergeMessages([m('a', 1), m('b', 2)], [m('b', 2), m('c', 3)]);
    expect(merged.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('orders by seq whatever the arrival order', () => {
    expect(mergeMessages([m('c', 3)], [m('a', 1), m('b', 2)]).map((x) => x.seq)).toEqual([1, 2, 3]);
  });

  it('returns the same list when nothing new arrived', () => {
    const list = [m('a', 1)];
    expect(mergeMessages(list, [])).toBe(list);
  });
});
