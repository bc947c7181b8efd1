import { describe, expect, it } from 'vitest';
import { variantGuesses } from './variant-guesses.ts';

describe('variantGuesses', () => {
  it('proposes the other sizes of the same product and colour', () => {
    expect(variantGuesses('p1001-white-M')).toEqual([
      'p1001-white-XS',
      'p1001-white-S',
      'p1001-white-L',
      'p1001-white-XL',
      'p1001-white-XXL',
    ]);
  });

  it('proposes nothing for a sku without a size', () => {
    expect(variantGuesses('p7001-black-ONE_SIZE')).toEqual([]);
    expect(variantGuesses('gift')).toEqual([]);
  });
});
