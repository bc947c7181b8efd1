import { afterEach, describe, expect, it } from 'vitest';
import { openDemoChat, type DemoChat } from '../../../test-support/demo-shop-chat.ts';

let chat: DemoChat;
afterEach(() => chat.close());

describe('price and promotions', () => {
  it('takes the repeating threshold once for every full 300', async () => {
    chat = await openDemoChat();
    const t = await chat.send('中长款双排扣风衣买两件多少钱', {
      intent: 'price_promotion',
      slots: { product: '风衣', quantity: 2 },
    });
    // 2 × 499 = 998 → three full 300s → −150.
    expect(t.text).toContain('¥998.00');
    expect(t.text).toContain('−¥150.00');
    expect(t.text).toContain('¥848.00');
  });

  it('remembers a coupon code and quotes the lowest total the stacking rules allow', async () => {
    chat = await openDemoChat();
    const t = await chat.send('纯棉圆领短袖T恤买4件，我有618VIP', {
      intent: 'price_promotion',
      slots: { product: '纯棉圆领短袖T恤', quantity: 4 },
    });
    expect(t.state.couponCodes).toEqual(['618VIP']);
    expect(t.text).toContain('¥236.00');
  });

  it('lists the running promotions with their dates and leaves out ended ones', async () => {
    chat = await openDemoChat();
    const t = await chat.send('满减怎么算', { intent: 'price_promotion' });
    expect(t.text).toContain('每满¥300.00减¥50.00');
    expect(t.text).toContain('2025-06-20');
    expect(t.text).not.toContain('五一');
  });
});
