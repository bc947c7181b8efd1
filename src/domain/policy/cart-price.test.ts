import { describe, expect, it } from 'vitest';
import type { Promotion } from '../bundle.ts';
import { quoteCart, type CartLine } from './cart-price.ts';

const now = new Date('2024-06-18T12:00:00+08:00');
const promo = (p: Partial<Promotion> & Pick<Promotion, 'id' | 'kind'>): Promotion => ({
  stackable: true,
  ...p,
});
const tee: CartLine = { sku: 't', category: 'tshirt', unitPrice: 100, quantity: 1 };
const jeans: CartLine = { sku: 'j', category: 'jeans', unitPrice: 250, quantity: 1 };

describe('quoteCart', () => {
  it('takes a repeating threshold off every full step', () => {
    const q = quoteCart(
      [tee, jeans, { ...tee, quantity: 3 }],
      [promo({ id: 'm', kind: 'threshold', threshold: 300, off: 50, repeat: true })],
      now,
    );
    expect(q).toMatchObject({ subtotal: 650, total: 550, discount: 100 });
  });

  it('takes a non-repeating threshold once', () => {
    const q = quoteCart(
      [{ ...jeans, quantity: 3 }],
      [promo({ id: 'm', kind: 'threshold', threshold: 300, off: 50, repeat: false })],
      now,
    );
    expect(q.total).toBe(700);
  });

  it('applies a coupon only when the customer has its code and the minimum is met', () => {
    const coupon = promo({ id: 'c', kind: 'coupon', code: 'NEW10', off: 10, min_spend: 59 });
    expect(quoteCart([tee], [coupon], now).total).toBe(100);
    expect(quoteCart([tee], [coupon], now, ['new10']).total).toBe(90);
    expect(quoteCart([{ ...tee, unitPrice: 50 }], [coupon], now, ['NEW10']).total).toBe(50);
  });

  it('checks thresholds on the subtotal after percent discounts', () => {
    const q = quoteCart(
      [{ ...tee, unitPrice: 320 }],
      [
        promo({ id: 'p', kind: 'percent', percent: 90, categories: ['tshirt'] }),
        promo({ id: 'm', kind: 'threshold', threshold: 300, off: 50, repeat: true }),
      ],
      now,
    );
    // 320 × 0.9 = 288 < 300, so the threshold no longer applies; 288 beats 270 (320 − 50)? No: 270 wins.
    expect(q.total).toBe(270);
    expect(q.applied.map((a) => a.id)).toEqual(['m']);
  });

  it('never combines a non-stackable promotion with another', () => {
    const q = quoteCart(
      [{ ...tee, unitPrice: 400 }],
      [
        promo({ id: 'p', kind: 'percent', percent: 90, categories: ['tshirt'], stackable: false }),
        promo({ id: 'm', kind: 'threshold', threshold: 300, off: 50, repeat: true }),
      ],
      now,
    );
    expect(q.total).toBe(350);
  });

  it('ignores promotions outside their dates and outside their categories', () => {
    const q = quoteCart(
      [jeans],
      [
        promo({
          id: 'old',
          kind: 'threshold',
          threshold: 100,
          off: 50,
          ends: '2024-06-01T00:00:00+08:00',
        }),
        promo({ id: 'p', kind: 'percent', percent: 50, categories: ['tshirt'] }),
      ],
      now,
    );
    expect(q.total).toBe(250);
  });
});
