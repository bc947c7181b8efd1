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

  it('says so when nothing in stock fits the budget', async () => {
    chat = await openDemoChat();
    const t = await chat.send('10块以内的', { intent: 'recommend', slots: { budget: 10 } });
    expect(t.text).toContain('暂时没有');
    expect(t.state.shown).toBeNull();
  });
});
