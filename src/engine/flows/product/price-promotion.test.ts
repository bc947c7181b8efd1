import { afterEach, describe, expect, it } from 'vitest';
import { openDemoChat, type DemoChat } from '../../../test-support/demo-shop-chat.ts';

let chat: DemoChat;
afterEach(() => chat.close());

const price = { intent: 'price_promotion' } as const;

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

  it('quotes one total for two products under the stacking rules, without a sku', async () => {
    chat = await openDemoChat();
    const t = await chat.send(
      'How much for the Double-breasted Trench Coat plus the Classic Straight Jeans with code 618VIP?',
      { ...price, slots: { product: 'Coat' } },
    );
    // 499 + 229 = 728 → two full 300s −100 → 618VIP −30 → 598.
    expect(t.text).toContain('Subtotal ¥728.00');
    expect(t.text).toContain('−¥100.00');
    expect(t.text).toContain('−¥30.00');
    expect(t.text).toContain('Total ¥598.00');
    expect(t.text).not.toMatch(/p4004|p2001|（|）/);
    expect(t.text).toContain('NEW20 (first order only)');
    expect(t.state.shown?.ids).toEqual(['p4004', 'p2001']);
  });

  it('totals "X和Y一起买多少钱" and "两件一起" in Chinese', async () => {
    chat = await openDemoChat();
    const t = await chat.send('经典直筒牛仔裤和纯棉圆领短袖T恤两件一起多少钱', {
      ...price,
      slots: { product: '经典直筒牛仔裤', quantity: 2 },
    });
    // 229 + 79 = 308 (each once, "两件" counts the items) → −50 → 258.
    expect(t.text).toContain('小计 ¥308.00');
    expect(t.text).toContain('到手价 ¥258.00');
    expect(t.text).not.toContain('× 2');
  });

  it('totals the two products just compared when asked "两件一起多少钱"', async () => {
    chat = await openDemoChat();
    await chat.send('纯棉圆领短袖T恤和重磅落肩宽松T恤有什么区别', { intent: 'compare' });
    const t = await chat.send('两件一起多少钱', { ...price, slots: { quantity: 2 } });
    // T-shirts only: 85折 (not combinable) beats nothing else: 178 × 0.85 = 151.30.
    expect(t.text).toContain('¥178.00');
    expect(t.text).toContain('¥151.30');
  });

  it('names the sku when the customer names one variant', async () => {
    chat = await openDemoChat();
    const t = await chat.send('纯棉圆领短袖T恤白色L多少钱', {
      ...price,
      slots: { product: '纯棉圆领短袖T恤', color: 'white', size: 'L' },
    });
    expect(t.text).toContain('白色 / L（p1001-white-L）');
  });

  it('asks which one when a part of the cart names several products', async () => {
    chat = await openDemoChat();
    const t = await chat.send('风衣和牛仔裤一起买多少钱', { ...price, slots: { product: '风衣' } });
    expect(t.text).toContain('经典直筒牛仔裤');
    expect(t.text).not.toContain('到手价');
    expect(t.state.shown?.ids).toEqual(expect.arrayContaining(['p2001', 'p2002', 'p2003']));
  });

  it('never offers a first-order coupon to a customer who already has orders', async () => {
    chat = await openDemoChat('c001');
    const quote = await chat.send('纯棉圆领短袖T恤买4件多少钱', {
      ...price,
      slots: { product: '纯棉圆领短袖T恤', quantity: 4 },
    });
    expect(quote.text).not.toContain('NEW20');
    const list = await chat.send('有什么优惠券', price);
    expect(list.text).not.toContain('NEW20');
    const refused = await chat.send('我有NEW20，纯棉圆领短袖T恤买4件多少钱', {
      ...price,
      slots: { product: '纯棉圆领短袖T恤', quantity: 4 },
    });
    expect(refused.text).toContain('限首单');
    expect(refused.text).not.toMatch(/新人券.*−/);
  });

  it('lists the running promotions with their end dates and leaves out ended ones', async () => {
    chat = await openDemoChat();
    const t = await chat.send('满减怎么算', price);
    expect(t.text).toContain('每满¥300.00减¥50.00');
    expect(t.text).toContain('2025-06-20');
    expect(t.text).toContain('券码 NEW20，限首单');
    expect(t.text).not.toContain('五一');
    expect(t.text).not.toMatch(/最省|最便宜|最低/);
  });
});
