import { describe, expect, it } from 'vitest';
import type { Slots } from '../../domain/understanding.ts';
import { normalize } from '../normalize.ts';
import { createProductMatcher } from './create-product-matcher.ts';
import { extractSlots } from './extract-slots.ts';

const products = createProductMatcher(['云朵枕']);
const slots = (text: string, shopping = false): Slots =>
  extractSlots(normalize(text), products, shopping);

describe('order and phone slots', () => {
  it.each([
    ['订单号2023112012345678想退货', '2023112012345678'],
    ['订单# 660128394017 怎么还在仓库', '660128394017'],
    ['订单号 4567 8901 2345 改地址', '456789012345'],
    ['order no. 20240601123456 where is it', '20240601123456'],
    ['我的单 9384756102938 取消', '9384756102938'],
  ])('finds the order number in "%s"', (text, id) => {
    expect(slots(text).order_id).toBe(id);
  });

  it('takes an 11-digit mobile number for a phone, not an order', () => {
    expect(slots('电话改成13698765432')).toEqual({ phone: '13698765432' });
  });

  it.each([
    ['尾号1234的订单发货了吗', '1234'],
    ['手機末四碼改成2580', '2580'],
    ['the last 4 digits are 5678', '5678'],
  ])('reads the last four phone digits in "%s"', (text, last4) => {
    expect(slots(text).phone_last4).toBe(last4);
  });
});

describe('size slots', () => {
  it.each([
    ['换成2XL', 'XXL'],
    ['换成３XL吧', 'XXXL'],
    ['连衣裙能换成S码吗', 'S'],
    ['换成均码的那款', 'ONE_SIZE'],
    ['42码的鞋还有吗', '42'],
    ['do you have it in medium?', 'M'],
  ])('reads the size in "%s"', (text, size) => {
    expect(slots(text).size).toBe(size);
  });

  it('names no size when the customer hesitates between two', () => {
    expect(slots('一米六五穿S还是M').size).toBeUndefined();
  });

  it.each([
    ['尺码小了，想换大一码', 'up'],
    ['換成細一個碼', 'down'],
    ['能换小一号吗', 'down'],
    ['can I get one size up', 'up'],
  ])('reads the size direction in "%s"', (text, direction) => {
    expect(slots(text).size_direction).toBe(direction);
  });
});

describe('colour slots', () => {
  it.each([
    ['想换藏青色', 'navy'],
    ['灰色那件帮我退掉', 'grey'],
    ['外套想換成咖啡色', 'brown'],
    ['羽绒服想换成米色', 'beige'],
    ['do you have it in gray', 'grey'],
  ])('reads the colour in "%s"', (text, color) => {
    expect(slots(text).color).toBe(color);
  });

  it('does not read a colour in a red envelope', () => {
    expect(slots('有红包吗').color).toBeUndefined();
  });
});

describe('height and weight slots', () => {
  it.each([
    ['一米七五 穿什么码', 175],
    ['1米75，150斤，穿多大的', 175],
    ['1.68m 52kg 穿M可以吗', 168],
    ['175cm 怎么选', 175],
    [`I'm 5'9" what size`, 175],
    ['5 ft 9, which size', 175],
    ['175 140斤穿什么码', 175],
  ])('reads the height in "%s"', (text, cm) => {
    expect(slots(text).height_cm).toBe(cm);
  });

  it.each([
    ['175 140斤穿什么码', 70],
    ['一百四十斤穿什么码', 70],
    ['70kg穿L吗', 70],
    ['154lb what size', 69.9],
    ['体重60公斤', 60],
  ])('reads the weight in "%s"', (text, kg) => {
    expect(slots(text).weight_kg).toBe(kg);
  });
});

describe('quantity, budget and product slots', () => {
  it.each([
    ['我要退这两件T恤', 2],
    ['買了三雙襪子，全部取消好了', 3],
    ['I need two of them', 2],
  ])('reads the quantity in "%s"', (text, n) => {
    expect(slots(text).quantity).toBe(n);
  });

  it('does not count a duration as a quantity', () => {
    expect(slots('等了两个月了').quantity).toBeUndefined();
  });

  it.each([
    ['有没有200以内的', 200],
    ['两百块左右的推荐一下', 200],
    ['不超过300的外套', 300],
    ['recommend something under 200', 200],
    ['around $200 please', 200],
  ])('reads the budget in "%s"', (text, budget) => {
    expect(slots(text).budget).toBe(budget);
  });

  it('reads a bare amount as a budget only while shopping', () => {
    expect(slots('两百块的', true).budget).toBe(200);
    expect(slots('退了两百块还没到').budget).toBeUndefined();
  });

  it('keeps the product as written, traditional included', () => {
    expect(slots('褲子太短了，想退').product).toBe('褲子');
    expect(slots('那条白色连衣裙退了吧').product).toBe('连衣裙');
    expect(slots('the hoodie is too small').product).toBe('hoodie');
  });

  it('recognises catalogue words it was given', () => {
    expect(slots('云朵枕有货吗').product).toBe('云朵枕');
  });
});
