import { describe, expect, it } from 'vitest';
import { itemsMatch, valuesMatch } from './values-match.ts';

describe('valuesMatch', () => {
  it('compares numbers within 0.005, also against numeric strings', () => {
    expect(valuesMatch(12.3, 12.305)).toBe(true);
    expect(valuesMatch(12.3, 12.31)).toBe(false);
    expect(valuesMatch(12.3, '12.30')).toBe(true);
    expect(valuesMatch(12.3, null)).toBe(false);
  });

  it('compares strings exactly', () => {
    expect(valuesMatch('p1-white-L', 'p1-white-L')).toBe(true);
    expect(valuesMatch('p1-white-L', 'p1-white-l')).toBe(false);
  });

  it('reads an expected null as "absent or null"', () => {
    expect(valuesMatch(null, undefined)).toBe(true);
    expect(valuesMatch(null, 'x')).toBe(false);
  });

  it('compares only the listed fields of an object, recursively', () => {
    expect(valuesMatch({ a: 1, b: { c: 'x' } }, { a: 1, b: { c: 'x', d: 2 }, e: 3 })).toBe(true);
    expect(valuesMatch({ a: 1 }, { a: 2 })).toBe(false);
  });
});

describe('itemsMatch', () => {
  it('lets an expected entry without quantity take a whole executed entry', () => {
    expect(itemsMatch([{ sku: 'a' }], [{ sku: 'a', quantity: 3 }])).toBe(true);
    expect(itemsMatch([{ sku: 'a' }], [{ sku: 'a' }, { sku: 'a' }])).toBe(false);
  });

  it('adds up units spread over several executed entries', () => {
    expect(itemsMatch([{ sku: 'a', quantity: 2 }], [{ sku: 'a', quantity: 1 }, { sku: 'a' }])).toBe(
      true,
    );
  });

  it('fails on a missing or an extra entry', () => {
    expect(itemsMatch([{ sku: 'a' }, { sku: 'b' }], [{ sku: 'a' }])).toBe(false);
    expect(itemsMatch([{ sku: 'a' }], [{ sku: 'a' }, { sku: 'b' }])).toBe(false);
  });
});
