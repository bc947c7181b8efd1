import { describe, expect, it } from 'vitest';
import { actionParams, blankFields } from './action-params.ts';

describe('actionParams', () => {
  it('builds an exchange of one line to another variant', () => {
    const f = { ...blankFields('p1001-white-M'), toSku: ' p1001-white-L ' };
    expect(actionParams('exchange', f)).toEqual({
      items: [{ from_sku: 'p1001-white-M', to_sku: 'p1001-white-L' }],
      defect: false,
    });
  });

  it('builds a return with its quantity and optional reason', () => {
    const f = { ...blankFields('p1001-white-M'), quantity: 2, reason: '  ' };
    expect(actionParams('return', f)).toEqual({
      items: [{ sku: 'p1001-white-M', quantity: 2 }],
      defect: false,
    });
  });

  it('leaves an empty zip out of a new address and sends nothing for a cancel', () => {
    const f = blankFields();
    f.address = {
      name: '张伟',
      phone: '13800001234',
      region: '上海市',
      line: '张杨路500号',
      zip: '',
    };
    expect(actionParams('change_address', f)).toEqual({
      address: { name: '张伟', phone: '13800001234', region: '上海市', line: '张杨路500号' },
    });
    expect(actionParams('cancel_order', f)).toEqual({});
  });
});
