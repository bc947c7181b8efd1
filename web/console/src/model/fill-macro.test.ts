import { describe, expect, it } from 'vitest';
import { fillMacro } from './fill-macro.ts';

describe('fillMacro', () => {
  it('fills the order id and names', () => {
    expect(
      fillMacro('{customer_name}您好，订单 {order_id} 由{agent_name}处理', {
        order_id: '202506130001',
        customer_name: '张伟',
        agent_name: '小王',
      }),
    ).toBe('张伟您好，订单 202506130001 由小王处理');
  });

  it('leaves a variable without a value visible, and unknown ones alone', () => {
    expect(fillMacro('订单 {order_id} {coupon}', { order_id: null })).toBe(
      '订单 {order_id} {coupon}',
    );
  });
});
