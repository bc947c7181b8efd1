import { afterEach, describe, expect, it } from 'vitest';
import { demoSnapshot, openDemoChat, type DemoChat } from '../../../test-support/demo-shop-chat.ts';

let chat: DemoChat;
afterEach(() => chat.close());
const shop = demoSnapshot();

describe('recommendations', () => {
  it('recommends only in-stock products within the budget and remembers them', async () => {
    chat = await openDemoChat();
    const t = await chat.send('有没有适合夏天的，100以内', {
      intent: 'recommend',
      slots: { budget: 100 },
    });
    const ids = t.state.shown?.ids ?? [];
    expect(t.state.shown?.kind).toBe('products');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(3);
    for (const id of ids) {
      const product = shop.products.find((p) => p.id === id);
      expect(product?.variants.some((v) => v.price <= 100 && v.stock > 0)).toBe(true);
    }
    expect(t.parts.filter((p) => p.kind === 'product')).toHaveLength(ids.length);
  });

  it("suggests men's or unisex gifts for a boyfriend", async () => {
    chat = await openDemoChat();
    const t = await chat.send('送男朋友买什么好', { intent: 'recommend' });
    for (const id of t.state.shown?.ids ?? []) {
      const tags = shop.products.find((p) => p.id === id)?.tags ?? [];
      expect(tags.includes('men') || tags.includes('unisex')).toBe(true);
    }
  });

  it('says so when nothing in stock fits the budget and labels what is over it', async () => {
    chat = await openDemoChat();
    const t = await chat.send('10块以内的', { intent: 'recommend', slots: { budget: 10 } });
    expect(t.text).toContain('¥10.00 以内暂时没有');
    expect(t.text).toContain('超出预算');
  });

  it('keeps to the kind named, within budget and in stock, reading the budget from the words', async () => {
    chat = await openDemoChat();
    // The number may be read as a height; the words still say it is a budget.
    const t = await chat.send('推荐一件200以内的夏天穿的T恤', {
      intent: 'recommend',
      slots: { product: 'T恤', height_cm: 200 },
    });
    const ids = t.state.shown?.ids ?? [];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const product = shop.products.find((p) => p.id === id);
      expect(product?.category).toBe('tshirt');
      expect(product?.variants.some((v) => v.price <= 200 && v.stock > 0)).toBe(true);
    }
    expect(t.text).toContain('¥200.00 以内');
    expect(t.text).not.toMatch(/防晒衣|长裤|最/);
  });

  it('says when nothing of the kind fits the budget and labels the nearest over it', async () => {
    chat = await openDemoChat();
    const t = await chat.send('recommend a t-shirt under 50', {
      intent: 'recommend',
      slots: { product: 't-shirt', budget: 50 },
    });
    expect(t.text).toContain('no t-shirt in stock within ¥50.00');
    expect(t.text).toContain('over your budget');
    expect(t.text).toContain('¥69.00');
    expect(t.text).not.toMatch(/（|）/);
  });
});
