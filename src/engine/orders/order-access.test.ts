import { describe, expect, it } from 'vitest';
import { miniBundle } from '../../test-support/mini-bundle.ts';
import { phoneMatches } from './order-access.ts';

const bundle = miniBundle();
const order = bundle.orders[0];
const owner = bundle.customers[0] ?? null;

describe('phoneMatches', () => {
  it('accepts the whole phone or its last four digits', () => {
    if (!order) throw new Error('fixture');
    expect(phoneMatches(order, owner, '13800001234')).toBe(true);
    expect(phoneMatches(order, owner, '1234')).toBe(true);
  });

  it('refuses another number, too few digits and other last four', () => {
    if (!order) throw new Error('fixture');
    expect(phoneMatches(order, owner, '13900001234')).toBe(false);
    expect(phoneMatches(order, owner, '234')).toBe(false);
    expect(phoneMatches(order, owner, '4321')).toBe(false);
  });
});
