import { describe, expect, it } from 'vitest';
import { parseAddress } from './parse-address.ts';

describe('parseAddress', () => {
  it('splits a Chinese address into region and line', () => {
    expect(parseAddress('地址改成上海市浦东新区世纪大道100号')).toEqual({
      region: '上海市 浦东新区',
      line: '世纪大道100号',
    });
  });

  it('keeps a phone number given with the address', () => {
    expect(parseAddress('改到北京市海淀区中关村大街1号 13912345678')).toMatchObject({
      region: '北京市 海淀区',
      phone: '13912345678',
    });
  });

  it('reads an English street address', () => {
    expect(parseAddress('please change it to 12 Queen Street, Central')?.line).toBe(
      '12 Queen Street, Central',
    );
  });

  it('finds no address in a plain request', () => {
    expect(parseAddress('我想改一下地址')).toBeNull();
  });

  it('takes the address after a colon', () => {
    expect(parseAddress('地址改一下：浙江省杭州市西湖区文三路1号')).toEqual({
      region: '浙江省 杭州市 西湖区',
      line: '文三路1号',
    });
  });
});
