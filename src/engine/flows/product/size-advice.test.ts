import { afterEach, describe, expect, it } from 'vitest';
import { openDemoChat, type DemoChat } from '../../../test-support/demo-shop-chat.ts';

let chat: DemoChat;
afterEach(() => chat.close());

describe('size advice', () => {
  it("advises the chart's size for 175 cm and 70 kg and says it is in stock", async () => {
    chat = await openDemoChat();
    const t = await chat.send('纯棉圆领短袖T恤 175 70 白色穿什么码', {
      intent: 'size_advice',
      slots: { product: '纯棉圆领短袖T恤', height_cm: 175, weight_kg: 70, color: 'white' },
    });
    expect(t.text).toContain('建议选 L 码');
    expect(t.text).toContain('p1001-white-L');
    expect(t.text).toContain('有货');
    expect(t.state.productId).toBe('p1001');
  });

  it('gives the restock date when the advised size is sold out in the colour', async () => {
    chat = await openDemoChat();
    const t = await chat.send('纯棉圆领短袖T恤黑色 175 70', {
      intent: 'size_advice',
      slots: { product: '纯棉圆领短袖T恤', height_cm: 175, weight_kg: 70, color: 'black' },
    });
    expect(t.text).toContain('p1001-black-L');
    expect(t.text).toContain('2025-06-24');
  });

  it('asks for height and weight, and asking again is no progress', async () => {
    chat = await openDemoChat();
    const first = await chat.send('纯棉圆领短袖T恤穿什么码', {
      intent: 'size_advice',
      slots: { product: '纯棉圆领短袖T恤' },
    });
    expect(first.state.awaiting).toBe('body');
    expect(first.text).toContain('身高');
    const second = await chat.send('不知道', { intent: 'size_advice' });
    expect(second.state.noProgress).toBe(1);
    const answer = await chat.send('180 75', {
      intent: 'other',
      slots: { height_cm: 180, weight_kg: 75 },
    });
    expect(answer.text).toContain('XL');
  });

  it('suggests the usual size with the fit when no body measures are given', async () => {
    chat = await openDemoChat();
    const t = await chat.send('I usually wear M, what size for the Heavyweight Oversized T-shirt', {
      intent: 'size_advice',
      slots: { size: 'M', product: 'Heavyweight Oversized T-shirt' },
    });
    expect(t.text).toContain('take M');
    expect(t.text).toContain('Relaxed, dropped shoulder');
  });

  it('writes English stock lines with plain brackets and spaces between sentences', async () => {
    chat = await openDemoChat();
    const t = await chat.send("5'9 160lb what size for the Heavyweight Oversized T-shirt", {
      intent: 'size_advice',
      slots: { product: 'Heavyweight Oversized T-shirt', height_cm: 175, weight_kg: 72.6 },
    });
    expect(t.text).toContain('white / XL (p1002-white-XL)');
    expect(t.text).not.toMatch(/[（）]|\.[A-Z]/);
  });
});
