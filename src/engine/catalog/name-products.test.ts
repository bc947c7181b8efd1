import { describe, expect, it } from 'vitest';
import { demoSnapshot } from '../../test-support/demo-shop-chat.ts';
import { searchProducts } from './catalog-index.ts';
import { nameProducts } from './name-products.ts';

const shop = demoSnapshot();
const ids = (text: string) => nameProducts(shop, text).map((p) => p.id);

describe('naming products from the customer words', () => {
  it('finds one product by its full or partial title', () => {
    expect(ids('纯棉圆领短袖T恤是什么材质')).toEqual(['p1001']);
    expect(ids('重磅T恤是纯棉的吗')[0]).toBe('p1002');
    expect(ids('保温杯多少钱')).toEqual(['p8202']);
  });

  it('keeps every product of a category word', () => {
    expect(ids('牛仔裤').sort()).toEqual(['p2001', 'p2002', 'p2003']);
  });

  it('reads traditional Chinese, head nouns and English plurals', () => {
    expect(ids('牛仔褲').sort()).toEqual(['p2001', 'p2002', 'p2003']);
    expect(ids('裙子').length).toBeGreaterThan(1);
    expect(ids('hoodies')).toContain('p1201');
    expect(ids('Cotton T-shirt')).toEqual(['p1001']);
  });

  it('takes an id or sku written out', () => {
    expect(ids('p2001-blue-L 还有吗')).toEqual(['p2001']);
  });

  it('names nothing for words that are not about a product', () => {
    expect(ids('175 70穿什么码')).toEqual([]);
    expect(ids('会起球吗')).toEqual([]);
  });

  it('searches tags and attributes when asked to', () => {
    const summer = searchProducts(shop, 'summer 速干', 'all').map((h) => h.product.id);
    expect(summer).toContain('p1003');
  });
});
