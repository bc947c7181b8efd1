import { afterEach, describe, expect, it } from 'vitest';
import { openDemoChat, type DemoChat } from '../../../test-support/demo-shop-chat.ts';

let chat: DemoChat;
afterEach(() => chat.close());

describe('shipping policy', () => {
  it('gives the fee, free-shipping threshold, dispatch time and carriers', async () => {
    chat = await openDemoChat();
    const t = await chat.send('说说你们的配送', { intent: 'shipping_policy' });
    expect(t.text).toContain('¥99.00');
    expect(t.text).toContain('¥10.00');
    expect(t.text).toContain('48');
    expect(t.text).toContain('顺丰');
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

  it('does not say the same fee twice and names carriers in Chinese', async () => {
    chat = await openDemoChat();
    const t = await chat.send('包邮吗', { intent: 'shipping_policy' });
    expect(t.text.match(/(?<!\d)99(?:\.00|元)/g)).toHaveLength(1);
    const carrier = await chat.send('发什么快递', { intent: 'shipping_policy' });
    expect(carrier.text).toContain('顺丰或中通');
    expect(carrier.text).not.toContain('SF');
  });

  it('answers Hong Kong without the mainland fee', async () => {
    chat = await openDemoChat();
    const t = await chat.send('do you ship to HK?', { intent: 'shipping_policy' });
    expect(t.text).not.toContain('¥10.00');
    expect(t.text.match(/499/g)).toHaveLength(1);
  });
});
