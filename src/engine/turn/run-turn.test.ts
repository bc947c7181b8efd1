import { afterEach, describe, expect, it } from 'vitest';
import { openDemoChat, type DemoChat } from '../../test-support/demo-shop-chat.ts';

let chat: DemoChat | null = null;
afterEach(async () => {
  await chat?.close();
  chat = null;
});

describe('a bot turn', () => {
  it('hands off in the same turn when the customer asks for a person', async () => {
    chat = await openDemoChat('c001');
    const turn = await chat.send('转人工', { intent: 'human_agent' });
    expect(turn.status).toBe('queued');
    expect(turn.parts.some((p) => p.kind === 'queue')).toBe(true);
  });

  it('never sends the same text twice in a row and hands off after two turns without progress', async () => {
    chat = await openDemoChat('c001');
    const first = await chat.send('asdf', { intent: 'other' });
    const second = await chat.send('qwer', { intent: 'other' });
    expect(second.text).not.toBe(first.text);
    expect(second.status).toBe('queued');
  });

  it('hands off when the customer repeats themselves', async () => {
    chat = await openDemoChat('c001');
    await chat.send('我的快递到哪了', { intent: 'order_tracking' });
    const again = await chat.send('我的快递到哪了!', { intent: 'order_tracking' });
    expect(again.status).toBe('queued');
  });

  it('asks an anonymous visitor for the phone before saying anything about an order', async () => {
    chat = await openDemoChat(null);
    const asked = await chat.send('202506150010到哪了', {
      intent: 'order_tracking',
      slots: { order_id: '202506150010' },
    });
    expect(asked.text).not.toContain('SF6128554142679');
    const wrong = await chat.send('尾号1111', { intent: 'other', slots: { phone_last4: '1111' } });
    expect(wrong.text).not.toContain('SF6128554142679');
    const right = await chat.send('尾号3344', { intent: 'other', slots: { phone_last4: '3344' } });
    expect(right.text).toContain('SF6128554142679');
  });

  it("never reveals another customer's order to a signed-in customer", async () => {
    chat = await openDemoChat('c001');
    const turn = await chat.send('查一下202506150010', {
      intent: 'order_tracking',
      slots: { order_id: '202506150010' },
    });
    expect(turn.text).not.toContain('SF6128554142679');
    expect(turn.text).toContain('没有找到');
  });

  it('states the exact change and waits for a yes before exchanging', async () => {
    chat = await openDemoChat('c001');
    const offer = await chat.send('T恤换大一码', {
      intent: 'exchange',
      slots: { size_direction: 'up', product: 'T恤' },
    });
    expect(offer.text).toContain('p1001-white-L');
    expect(offer.state.pending?.type).toBe('exchange');
    const done = await chat.send('确认', { intent: 'other' });
    expect(done.text).toContain('换货已办理');
    expect(done.state.pending).toBeNull();
  });

  it('answers a traditional-Chinese customer in traditional Chinese', async () => {
    chat = await openDemoChat('c001');
    const turn = await chat.send('我想換貨', { intent: 'exchange' });
    expect(turn.text).toMatch(/換|訂單|尺碼/);
  });

  it('stops checking phone numbers after three wrong ones and brings in a person', async () => {
    chat = await openDemoChat(null);
    await chat.send('202506150010到哪了', {
      intent: 'order_tracking',
      slots: { order_id: '202506150010' },
    });
    let last = await chat.send('尾号1111', { intent: 'other', slots: { phone_last4: '1111' } });
    for (const guess of ['2222', '4444', '3344']) {
      last = await chat.send(`尾号${guess}`, { intent: 'other', slots: { phone_last4: guess } });
    }
    expect(last.text).not.toContain('SF6128554142679');
    expect(last.status).toBe('queued');
  });

  it('closes the conversation on a clear thanks even while it waits for a product name', async () => {
    chat = await openDemoChat('c001');
    await chat.send('这个多少钱', { intent: 'price_promotion' });
    const bye = await chat.send('谢谢，没事了', { intent: 'thanks_bye' });
    expect(bye.status).toBe('resolved');
  });
});
