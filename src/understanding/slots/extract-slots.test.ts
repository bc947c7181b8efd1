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

  it.each([
    ['订单202506150026一直不发货', '202506150026'],
    ['订单2024070312345678五天了还没发货', '2024070312345678'],
    ['幫我查一下 1234 5678 9012 的物流', '123456789012'],
  ])('does not glue a Chinese numeral or miss grouped digits in "%s"', (text, id) => {
    expect(slots(text).order_id).toBe(id);
  });

  it('takes an 11-digit mobile number for a phone, not an order', () => {
    expect(slots('电话改成13698765432')).toEqual({ phone: '13698765432' });
  });

  it.each([
    ['尾号1234的订单发货了吗', '1234'],
    ['手機末四碼改成2580', '2580'],
    ['the last 4 digits are 5678', '5678'],
    ['The last 4 digits of my phone are 3344', '3344'],
    ['phone ending 4567', '4567'],
    ['phone ends 7781', '7781'],
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

describe('size conventions of the corpus', () => {
  it.each([
    ['you sent XL, I ordered M', 'M'],
    ['got a size S instead of the L I ordered', 'L'],
    ['exchange the small for a large', 'L'],
    ['鞋子38换39', '39'],
    ['牛仔裤30码还有吗', '30'],
    ['xs有吗', 'XS'],
    ['is the medium big enough for 75 kilos', 'M'],
  ])('reads the wanted size in "%s"', (text, size) => {
    expect(slots(text).size).toBe(size);
  });
  it.each([
    'do your sizes follow asian or us sizing',
    'is the 1.5L kettle much bigger than the 1L',
    '我170cm 65kg，著M定L',
  ])('reads no size in "%s"', (text) => {
    expect(slots(text).size).toBeUndefined();
  });
  it('keeps the size worn next to the direction wanted', () => {
    expect(slots('我平时穿M，这个要选小一码吗')).toEqual({ size: 'M', size_direction: 'down' });
  });
  it.each(['有没有大码的', '我该买多大号', '脚胖，选大一码还是正常码'])(
    'reads no direction in "%s"',
    (text) => {
      expect(slots(text).size_direction).toBeUndefined();
    },
  );
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

  it.each([
    ['can u cancel the 2 hoodies i ordered', 2],
    ['received 1 instead of 2', 2],
    ['can I get a discount if I buy 10', 10],
  ])('reads the English count in "%s"', (text, n) => {
    expect(slots(text).quantity).toBe(n);
  });
  it.each([
    '这两款哪个好',
    '四件套是全棉的吗',
    '满199包邮还是满99',
    '不小心拍了两次，取消一个',
    'cancel one of them pls',
    'I placed an order 5 mins ago',
  ])('reads no quantity in "%s"', (text) => {
    expect(slots(text).quantity).toBeUndefined();
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

  it('names the product as the corpus does', () => {
    expect(slots('how much is the linen shirt').product).toBe('linen shirt');
    expect(slots('亞麻襯衫很容易皺嗎').product).toBe('亞麻襯衫');
    expect(slots('which is better, the cotton or linen shirt').product).toBe('shirt');
    expect(slots('鞋底会不会容易开胶').product).toBeUndefined();
    expect(slots('多少钱包邮').product).toBeUndefined();
    expect(slots('ordered for my husband but he hates it').product).toBeUndefined();
    expect(slots('do I need to iron it').product).toBeUndefined();
  });
  it.each([
    ['300到500之间有什么好看的外套', 500],
    ['something under two hundred for my mum', 200],
    ['三百蚊以內有咩好', 300],
  ])('reads the budget in "%s"', (text, budget) => {
    expect(slots(text).budget).toBe(budget);
  });
  it.each(['within 15 days', 'he is 170 and about 80 kilos', 'up to 70% off'])(
    'reads no budget in "%s"',
    (text) => {
      expect(slots(text).budget).toBeUndefined();
    },
  );
  it.each([
    ['五呎四，一百一十磅，著咩碼好', 163, 49.9],
    ['身高一六八体重一一零，啥码', 168, 55],
    ['six foot, 190 pounds, what size hoodie', 183, 86.2],
  ])('reads height and weight in "%s"', (text, cm, kg) => {
    expect(slots(text).height_cm).toBe(cm);
    expect(slots(text).weight_kg).toBe(kg);
  });
  it('does not read a chest measure as a height', () => {
    expect(slots('胸围 96cm 选 M 可以吗').height_cm).toBeUndefined();
  });
  it('recognises catalogue words it was given', () => {
    expect(slots('云朵枕有货吗').product).toBe('云朵枕');
  });
});
