import { describe, expect, it } from 'vitest';
import { demoSnapshot } from '../../test-support/demo-shop-chat.ts';
import { productsOfType } from './products-of-type.ts';

const shop = demoSnapshot();
const ids = (word: string) => productsOfType(shop, word).map((p) => p.id);

describe('products of a kind', () => {
  it('keeps every product of the category the word names, in either language', () => {
    expect(ids('T恤')).toEqual(['p1001', 'p1002', 'p1003', 'p1004']);
    expect(ids('t-shirts')).toEqual(['p1001', 'p1002', 'p1003', 'p1004']);
    expect(ids('T恤')).not.toContain('p4001');
  });

  it('reads 裙子 as skirts and dresses, not every item of a compound parent category', () => {
    const skirts = ids('裙子');
    expect(skirts).toContain('p2301');
    expect(skirts).toContain('p3001');
    expect(skirts).not.toContain('p2101');
  });

  it('takes a title ending in the word, not one merely holding it', () => {
    expect(ids('帽子')).toEqual(['p7001', 'p7002']);
  });

  it('takes the sub-categories of a plain parent category', () => {
    expect(ids('上衣')).toEqual(expect.arrayContaining(['p1001', 'p1101', 'p1151', 'p1201']));
  });
});
