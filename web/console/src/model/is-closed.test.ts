import { describe, expect, it } from 'vitest';
import { isClosed } from './is-closed.ts';

describe('isClosed', () => {
  it('opens resolved and handed-back conversations read only, queued and taken ones not', () => {
    expect(isClosed('resolved')).toBe(true);
    expect(isClosed('bot')).toBe(true);
    expect(isClosed('queued')).toBe(false);
    expect(isClosed('with_agent')).toBe(false);
  });
});
