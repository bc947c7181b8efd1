import { describe, expect, it } from 'vitest';
import { pickShown } from './pick-shown.ts';

const ids = ['202506130001', '202505070002', '202504010003'];

describe('pickShown', () => {
  it('resolves ordinals in Chinese and English', () => {
    expect(pickShown('第二个', ids)).toBe('202505070002');
    expect(pickShown('the first one', ids)).toBe('202506130001');
    expect(pickShown('最后一个', ids)).toBe('202504010003');
    expect(pickShown('2', ids)).toBe('202505070002');
  });

  it('takes an id that was in the list, whatever its case', () => {
    expect(pickShown('就是 p1001-white-m 这件', ['p1001-white-M'])).toBe('p1001-white-M');
  });

  it('reads "this one" only when a single thing was shown', () => {
    expect(pickShown('这个', ['only'])).toBe('only');
    expect(pickShown('这个', ids)).toBeNull();
  });

  it('returns nothing for unrelated text', () => {
    expect(pickShown('我想退货', ids)).toBeNull();
  });
});
