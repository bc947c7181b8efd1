import { afterEach, describe, expect, it } from 'vitest';
import { openDemoChat, type DemoChat } from '../../../test-support/demo-shop-chat.ts';

let chat: DemoChat;
afterEach(() => chat.close());

describe('product facts', () => {
  it('answers the material of a named product from its attributes', async () => {
    chat = await openDemoChat();
    const t = await chat.send('纯棉圆领短袖T恤是什么材质', {
      intent: 'product_info',
      slots: { product: '纯棉圆领短袖T恤' },
    });
    expect(t.text).toContain('100%棉');
    expect(t.state.productId).toBe('p1001');
  });

  it('answers a follow-up about the product in focus', async () => {
    chat = await openDemoChat();
    await chat.send('重磅落肩宽松T恤怎么样', {
      intent: 'product_info',
      slots: { product: '重磅落肩宽松T恤' },
    });
    const t = await chat.send('会起球吗', { intent: 'product_info' });
    expect(t.text).toContain('不易起球');
  });

  it('answers a general question from the FAQ when no product is meant', async () => {
    chat = await openDemoChat();
    const t = await chat.send('衣服会起球吗', { intent: 'product_info' });
    expect(t.text).toContain('剃毛球器');
  });

  it('says what it does not know and offers a person instead of guessing', async () => {
    chat = await openDemoChat();
    const t = await chat.send('316不锈钢保温杯有口袋吗', {
      intent: 'product_info',
      slots: { product: '保温杯' },
    });
    expect(t.text).toContain('没有直接提到');
    expect(t.text).toContain('人工');
  });

  it('gives the attribute of each candidate when "这件T恤" could be several', async () => {
    chat = await openDemoChat();
    const t = await chat.send('这件T恤是纯棉的吗', {
      intent: 'product_info',
      slots: { product: 'T恤' },
    });
    expect(t.text).toContain('100%棉');
    expect(t.text).toContain('88%聚酯纤维');
    expect(t.text).toContain('哪一款');
    expect(t.state.awaiting).toBe('product');
  });

  it('answers only what is asked, not what the title happens to say', async () => {
    chat = await openDemoChat();
    const t = await chat.send('纯棉圆领短袖T恤会缩水吗', {
      intent: 'product_info',
      slots: { product: '纯棉圆领短袖T恤' },
    });
    expect(t.text).toContain('缩水');
    expect(t.text).not.toContain('材质');
  });

  it('describes a product named alone instead of answering an FAQ its title resembles', async () => {
    chat = await openDemoChat();
    const t = await chat.send('纯棉圆领短袖T恤', {
      intent: 'product_info',
      slots: { product: '纯棉圆领短袖T恤' },
    });
    expect(t.text).toContain('100%棉');
    expect(t.text).not.toContain('预缩处理');
    expect(t.text).not.toMatch(/。 /);
  });
});
