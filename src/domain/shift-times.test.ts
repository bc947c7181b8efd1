import { describe, expect, it } from 'vitest';
import { shiftTimes } from './shift-times.ts';

describe('shiftTimes', () => {
  it('moves every timestamp by the same amount and keeps its offset', () => {
    const day = 86_400_000;
    const out = shiftTimes(
      { a: '2025-06-18T10:00:00+08:00', b: ['2025-06-30T23:30:00+08:00'], c: 'text', n: 3 },
      day,
    );
    expect(out).toEqual({
      a: '2025-06-19T10:00:00+08:00',
      b: ['2025-07-01T23:30:00+08:00'],
      c: 'text',
      n: 3,
    });
  });
});
