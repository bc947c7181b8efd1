import { describe, expect, it } from 'vitest';
import type { Shop } from './bundle.ts';
import { isOpen, nextOpening } from './business-hours.ts';

const shop: Shop = {
  id: 's',
  name: 's',
  currency: 'CNY',
  timezone: 'Asia/Shanghai',
  languages: ['zh'],
  business_hours: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' }],
};

describe('business hours', () => {
  it('is open inside the hours of a weekday in the shop time zone', () => {
    expect(isOpen(shop, new Date('2024-06-19T10:00:00+08:00'))).toBe(true);
    expect(isOpen(shop, new Date('2024-06-19T18:30:00+08:00'))).toBe(false);
  });

  it('opens next morning after closing time', () => {
    expect(nextOpening(shop, new Date('2024-06-19T20:00:00+08:00'))?.toISOString()).toBe(
      new Date('2024-06-20T09:00:00+08:00').toISOString(),
    );
  });

  it('skips the weekend', () => {
    expect(nextOpening(shop, new Date('2024-06-22T11:00:00+08:00'))?.toISOString()).toBe(
      new Date('2024-06-24T09:00:00+08:00').toISOString(),
    );
  });

  it('opens later the same day before opening time', () => {
    expect(nextOpening(shop, new Date('2024-06-19T07:00:00+08:00'))?.toISOString()).toBe(
      new Date('2024-06-19T09:00:00+08:00').toISOString(),
    );
  });
});
