import { describe, expect, it } from 'vitest';
import { formatWait, slaLevel } from './sla.ts';

describe('slaLevel', () => {
  it('warns from 2 minutes and breaches from 3 (the 3-minute response rule)', () => {
    expect(slaLevel(0)).toBe('ok');
    expect(slaLevel(119)).toBe('ok');
    expect(slaLevel(120)).toBe('warn');
    expect(slaLevel(179)).toBe('warn');
    expect(slaLevel(180)).toBe('breach');
  });
});

describe('formatWait', () => {
  it('shows minutes and seconds, and hours once past an hour', () => {
    expect(formatWait(5)).toBe('0:05');
    expect(formatWait(185)).toBe('3:05');
    expect(formatWait(3725)).toBe('1:02:05');
    expect(formatWait(-3)).toBe('0:00');
  });
});
