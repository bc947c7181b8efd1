import { describe, expect, it } from 'vitest';
import { sessionStore, type Saved } from './saved-session.ts';

describe('sessionStore', () => {
  it('starts afresh with a new visitor id when nothing (or garbage) was saved', () => {
    for (const held of [null, 'garbage', { visitor_id: 42 }]) {
      const store = sessionStore({ read: () => held, write: () => undefined }, () => 'new-visitor');
      expect(store.load()).toEqual({
        visitor_id: 'new-visitor',
        conversation: null,
        outbox: [],
        rated_after_seq: null,
      });
    }
  });

  it('keeps what it saved and writes it through to the backend', () => {
    const written: Saved[] = [];
    const store = sessionStore({ read: () => null, write: (s) => written.push(s) }, () => 'v');
    const saved = { ...store.load(), conversation: { id: 'c', token: 't', signed_in: false } };
    store.save(saved);
    expect(store.load()).toEqual(saved);
    expect(written).toEqual([saved]);
  });
});
