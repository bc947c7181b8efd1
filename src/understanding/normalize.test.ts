import { describe, expect, it } from 'vitest';
import { digitizeChineseNumbers } from './digitize-chinese-numbers.ts';
import { normalize } from './normalize.ts';

describe('normalize', () => {
  it('converts traditional to simplified and remembers the customer wrote traditional', () => {
    const n = normalize('我買的球鞋什麼時候到');
    expect(n.text).toBe('我买的球鞋什么时候到');
    expect(n.script).toBe('hant');
  });

  it('keeps simplified text simplified, including characters common to both scripts', () => {
    expect(normalize('著名的衣服').script).toBe('hans');
    expect(normalize('我买的T恤尺码小了').script).toBe('hans');
  });

  it('reports latin script for text without Chinese', () => {
    expect(normalize('Where is my parcel?').script).toBe('latin');
  });

  it('folds full-width characters and lower-cases', () => {
    expect(normalize('ＸＬ码有货吗？').text).toBe('xl码有货吗?');
  });

  it('sets emoji aside', () => {
    const n = normalize('你好😊');
    expect(n.text).toBe('你好');
    expect(n.emoji).toEqual(['😊']);
  });

  it('replaces lone surrogates and control characters instead of failing', () => {
    expect(normalize('a\uD800b\u0000c').text).toBe('a b c');
  });
});

describe('digitizeChineseNumbers', () => {
  it.each([
    ['一米七五', '1米75'],
    ['两百块', '200块'],
    ['一百四十斤', '140斤'],
    ['两件', '2件'],
    ['十', '10'],
    ['二十五', '25'],
    ['三百五', '350'],
    ['一百零五斤', '105斤'],
    ['两万五', '25000'],
    ['我一六二', '我162'],
  ])('reads %s as %s', (input, expected) => {
    expect(digitizeChineseNumbers(input)).toBe(expected);
  });
});
