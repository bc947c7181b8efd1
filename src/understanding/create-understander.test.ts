import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { IntentSchema, SlotsSchema, type Understanding } from '../domain/understanding.ts';
import { createUnderstander, type Understander } from './create-understander.ts';

let understander: Understander;
beforeAll(() => {
  understander = createUnderstander();
});

function expectValid(u: Understanding): void {
  expect(IntentSchema.safeParse(u.intent).success).toBe(true);
  expect(SlotsSchema.safeParse(u.slots).success).toBe(true);
  expect(u.confidence).toBeGreaterThanOrEqual(0);
  expect(u.confidence).toBeLessThanOrEqual(1);
  expect(u.frustration).toBeGreaterThanOrEqual(0);
  expect(u.frustration).toBeLessThanOrEqual(1);
  expect(['zh', 'en']).toContain(u.language);
  expect(typeof u.escalate).toBe('boolean');
}

describe('createUnderstander', () => {
  it.each([
    ['我买的T恤尺码小了，想换大一码', 'exchange'],
    ['我的快递到哪了', 'order_tracking'],
    ['转人工', 'human_agent'],
    ['能开发票吗', 'invoice'],
    ['cancel my order', 'cancel_order'],
    ['where is my package', 'order_tracking'],
    ['I want to return this', 'return_refund'],
    ['在吗', 'greeting'],
    // From real conversations.
    ['订单202506090003里的马克杯退一个', 'return_refund'],
    ['我想查个订单', 'order_tracking'],
  ])('reads "%s" as %s', (text, intent) => {
    expect(understander.understand(text).intent).toBe(intent);
  });

  it.each(['yes please', 'ok go ahead'])(
    'does not read the confirmation "%s" as a request for a person',
    (text) => {
      const u = understander.understand(text);
      expect(u.intent).not.toBe('human_agent');
      expect(u.escalate).toBe(false);
    },
  );

  it('answers the spec example with its slots and no escalation', () => {
    const u = understander.understand('我买的T恤尺码小了，想换大一码');
    expect(u.slots).toEqual({ size_direction: 'up', product: 'T恤' });
    expect(u.escalate).toBe(false);
    expect(u.language).toBe('zh');
  });

  it('always escalates a request for a person', () => {
    const u = understander.understand('我要人工客服');
    expect(u.escalate).toBe(true);
    expect(u.escalation_cause).toBe('asked_human');
  });

  it('remembers that the customer wrote traditional Chinese', () => {
    expect(understander.understand('什麼時候到').script).toBe('hant');
  });

  it.each([
    '',
    '   ',
    '😀😀😀',
    "'; DROP TABLE orders; --",
    '<script>alert(1)</script>',
    '\u0000\u0001\uD800',
  ])('answers junk "%s" with other and low confidence', (text) => {
    const u = understander.understand(text);
    expectValid(u);
    expect(u.intent).toBe('other');
    expect(u.confidence).toBeLessThan(0.5);
  });

  it('answers a 100 KB line quickly', () => {
    const started = Date.now();
    expectValid(understander.understand('退货'.repeat(50_000)));
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('learns catalogue words for the product slot', () => {
    understander.addWords(['星空保温壶']);
    expect(understander.understand('星空保温壶有货吗').slots.product).toBe('星空保温壶');
  });

  it('returns a valid understanding for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.string({ maxLength: 5000 }),
        ),
        (text) => {
          expectValid(understander.understand(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
