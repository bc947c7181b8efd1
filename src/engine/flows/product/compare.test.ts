import { afterEach, describe, expect, it } from 'vitest';
import { openDemoChat, type DemoChat } from '../../../test-support/demo-shop-chat.ts';

let chat: DemoChat;
afterEach(() => chat.close());

describe('comparing products', () => {
  it('compares two named products on price, material and fit', async () => {
    chat = await openDemoChat();
    const t = await chat.send('纯棉圆领短袖T恤和重磅落肩宽松T恤有什么区别', {
      intent: 'compare',
      slots: { product: '纯棉圆领短袖T恤' },
    });
    expect(t.text).toContain('¥79.00 / ¥99.00');
    expect(t.text).toContain('材质');
    expect(t.text).toContain('常规版型 / 宽松落肩');
    expect(t.text).not.toMatch(/最好|最便宜|第一/);
    expect(t.state.shown?.ids).toEqual(['p1001', 'p1002']);
  });

  it('compares the first and second of the products just shown', async () => {
    chat = await openDemoChat();
    await chat.send('推荐几款牛仔裤', { intent: 'recommend', slots: { product: '牛仔裤' } });
    const t = await chat.send('第一个和第二个有什么区别', { intent: 'compare' });
    expect(t.parts.filter((p) => p.kind === 'product')).toHaveLength(2);
    expect(t.text).toContain(' / ');
  });

  it('asks which two when it cannot tell', async () => {
    chat = await openDemoChat();
    const t = await chat.send('哪个好', { intent: 'compare' });
    expect(t.state.awaiting).toBe('product');
  });

  it('says "都是" for a shared value and capitalises English labels', async () => {
    chat = await openDemoChat();
    const zh = await chat.send('纯棉圆领短袖T恤和重磅落肩宽松T恤有什么区别', { intent: 'compare' });
    expect(zh.text).toContain('材质：都是100%棉');
    await chat.close();
    chat = await openDemoChat();
    const en = await chat.send(
      "What's the difference between the Classic Straight Jeans and the Slim Stretch Jeans",
      { intent: 'compare' },
    );
    expect(en.text).toContain('Material: ');
    expect(en.text).toContain('Thickness: both medium weight');
  });

  it('quotes a total when a comparison-looking question asks the price together', async () => {
    chat = await openDemoChat();
    const t = await chat.send('经典直筒牛仔裤和纯棉圆领短袖T恤一起多少钱', { intent: 'compare' });
    expect(t.text).toContain('到手价 ¥258.00');
  });
});
