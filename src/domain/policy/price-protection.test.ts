import { describe, expect, it } from 'vitest';
import { priceProtectionRefund } from './price-protection.ts';

const item = { sku: 's', quantity: 2, unit_price: 79 };
const history = [
  { sku: 's', price: 79, from: '2024-06-01T00:00:00+08:00' },
  { sku: 's', price: 69, from: '2024-06-18T00:00:00+08:00' },
];

describe('priceProtectionRefund', () => {
  it('refunds the drop times the quantity within the window', () => {
    const refund = priceProtectionRefund({
      item,
      paidAt: '2024-06-10T10:00:00+08:00',
      now: new Date('2024-06-20T10:00:00+08:00'),
      days: 30,
      history,
      currentPrice: 69,
    });
    expect(refund).toBe(20);
  });

  it('ignores drops after the window closed', () => {
    const refund = priceProtectionRefund({
      item,
      paidAt: '2024-05-01T10:00:00+08:00',
      now: new Date('2024-06-20T10:00:00+08:00'),
      days: 30,
      history,
      currentPrice: 69,
    });
    expect(refund).toBe(0);
  });

  it('uses the current price when it is lower than any history point', () => {
    const refund = priceProtectionRefund({
      item: { ...item, quantity: 1 },
      paidAt: '2024-06-10T10:00:00+08:00',
      now: new Date('2024-06-20T10:00:00+08:00'),
      days: 30,
      history,
      currentPrice: 59,
    });
    expect(refund).toBe(20);
  });

  it('gives nothing when the shop offers no price protection', () => {
    const refund = priceProtectionRefund({
      item,
      paidAt: '2024-06-10T10:00:00+08:00',
      now: new Date('2024-06-20T10:00:00+08:00'),
      days: 0,
      history,
      currentPrice: 69,
    });
    expect(refund).toBe(0);
  });
});
