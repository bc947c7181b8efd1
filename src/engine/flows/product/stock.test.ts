import { afterEach, describe, expect, it } from 'vitest';
import { openDemoChat, type DemoChat } from '../../../test-support/demo-shop-chat.ts';

let chat: DemoChat;
afterEach(() => chat.close());

describe('stock', () => {
  it('gives the restock date of a sold-out variant and the in-stock alternatives', async () => {
    chat = await openDemoChat();
    const t = await chat.send('纯棉圆领短袖T恤黑色L还有货吗', {
      intent: 'stock',
      slots: { product: '纯棉圆领短袖T恤', color: 'black', size: 'L' },
    });
    expect(t.text).toContain('p1001-black-L');
    expect(t.text).toContain('缺货');
    expect(t.text).toContain('2025-06-24');
    expect(t.text).toContain('p1001-white-L');
    expect(t.parts[0]?.kind).toBe('product');
  });

  it('says a variant with stock is in stock', async () => {
    chat = await openDemoChat();
    const t = await chat.send('p2001 black L in stock?', {
      intent: 'stock',
      slots: { color: 'black', size: 'L' },
    });
    expect(t.text).toContain('(p2001-black-L)');
    expect(t.text).toContain('is in stock');
  });

  it('says when a product sold out in every option is due back', async () => {
    chat = await openDemoChat();
    const t = await chat.send('轻薄白鸭绒羽绒服有货吗', {
      intent: 'stock',
      slots: { product: '羽绒服' },
    });
    expect(t.text).toContain('所有规格都缺货');
    expect(t.text).toContain('2025-09-01');
  });

  it('asks which product when the customer names none and none is in focus', async () => {
    chat = await openDemoChat();
    const t = await chat.send('有货吗', { intent: 'stock' });
    expect(t.state.awaiting).toBe('product');
    const named = await chat.send('经典直筒牛仔裤', {
      intent: 'other',
      slots: { product: '牛仔裤' },
    });
    expect(named.state.productId).toBe('p2001');
    expect(named.text).toContain('经典直筒牛仔裤');
  });
});
