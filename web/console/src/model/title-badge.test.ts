import { describe, expect, it } from 'vitest';
import { titleWithBadge } from './title-badge.ts';

describe('titleWithBadge', () => {
  it('shows the unread count before the name, and nothing at zero', () => {
    expect(titleWithBadge(3)).toBe('(3) kefu');
    expect(titleWithBadge(0)).toBe('kefu');
    expect(titleWithBadge(120)).toBe('(99+) kefu');
  });
});
