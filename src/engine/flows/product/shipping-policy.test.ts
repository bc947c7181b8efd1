import { afterEach, describe, expect, it } from 'vitest';
import { openDemoChat, type DemoChat } from '../../../test-support/demo-shop-chat.ts';

let chat: DemoChat;
afterEach(() => chat.close());

describe('shipping policy', () => {
  it('gives the fee, free-shipping threshold, dispatch time and carriers', async () => {
    chat = await openDemoChat();
    const t = await chat.send('包邮吗', { intent: 'shipping_policy' });
    expect(t.text).toContain('¥99.00');
    expect(t.text).toContain('¥10.00');
    expect(t.text).toContain('48');
    expect(t.text).toContain('SF');
  });

  it('answers shipping to Hong Kong from the shop extras and the FAQ', async () => {
    chat = await openDemoChat();
    const t = await chat.send('do you ship to HK?', { intent: 'shipping_policy' });
    expect(t.text).toContain('¥30.00');
    expect(t.text).toContain('¥499.00');
    expect(t.text).toContain('duties');
  });

  it('gives delivery days to a named province', async () => {
    chat = await openDemoChat();
    const t = await chat.send('发新疆要几天', { intent: 'shipping_policy' });
    expect(t.text).toContain('5–8');
    expect(t.text).toContain('¥15.00');
  });
});
