import { describe, expect, it } from 'vitest';
import { matchActions } from './match-actions.ts';
import { ExpectedActionSchema } from './scenario-schema.ts';
import type { ExecutedAction } from './transcript.ts';

const expected = (raw: Record<string, unknown>) => ExpectedActionSchema.parse(raw);
const done = (type: string, orderId: string, fields: Record<string, unknown> = {}) =>
  ({ type, orderId, fields: { order_id: orderId, ...fields } }) satisfies ExecutedAction;

const swap = (from: string, to: string) => ({ from_sku: from, to_sku: to });

describe('matchActions', () => {
  it('passes when the executed actions are the expected set, in any order', () => {
    const failures = matchActions(
      [
        expected({ type: 'cancel_order', order_id: 'o1' }),
        expected({ type: 'invoice_request', order_id: 'o2' }),
      ],
      [done('invoice_request', 'o2'), done('cancel_order', 'o1', { reason: 'changed mind' })],
    );
    expect(failures).toEqual([]);
  });

  it('compares only the fields an expected action lists', () => {
    const exec = done('return', 'o1', {
      items: [{ sku: 'a', quantity: 1 }],
      refund_amount: 79,
      reason: 'no_reason',
    });
    expect(matchActions([expected({ type: 'return', order_id: 'o1' })], [exec])).toEqual([]);
    expect(
      matchActions([expected({ type: 'return', order_id: 'o1', reason: 'defect' })], [exec]),
    ).toHaveLength(2);
  });

  it('reports a missing action with what was executed instead', () => {
    const failures = matchActions(
      [expected({ type: 'exchange', order_id: '202406180001', items: [swap('m', 'l')] })],
      [done('exchange', '202406180001', { items: [swap('m', 'xl')] })],
    );
    expect(failures[0]).toMatch(
      /^expected action exchange on 202406180001 .* not executed; executed: \[exchange on 202406180001/,
    );
    expect(failures[1]).toMatch(/^unexpected action exchange on 202406180001/);
  });

  it('fails on an action of the right type on another order', () => {
    const failures = matchActions(
      [expected({ type: 'cancel_order', order_id: 'o1' })],
      [done('cancel_order', 'o2')],
    );
    expect(failures).toHaveLength(2);
  });

  it('compares items as a multiset in any order, extra item fields ignored', () => {
    const want = expected({
      type: 'exchange',
      order_id: 'o1',
      items: [swap('a', 'b'), swap('c', 'd')],
    });
    const got = done('exchange', 'o1', {
      items: [{ ...swap('c', 'd'), quantity: 1 }, swap('a', 'b')],
    });
    expect(matchActions([want], [got])).toEqual([]);
  });

  it('counts item quantities as units', () => {
    const want = expected({ type: 'return', order_id: 'o1', items: [{ sku: 'a', quantity: 2 }] });
    expect(
      matchActions([want], [done('return', 'o1', { items: [{ sku: 'a', quantity: 2 }] })]),
    ).toEqual([]);
    expect(
      matchActions([want], [done('return', 'o1', { items: [{ sku: 'a', quantity: 1 }] })]),
    ).toHaveLength(2);
    expect(
      matchActions([want], [done('return', 'o1', { items: [{ sku: 'a', quantity: 3 }] })]),
    ).toHaveLength(2);
  });

  it('fails when an executed action carries an item more than expected', () => {
    const want = expected({ type: 'exchange', order_id: 'o1', items: [swap('a', 'b')] });
    const got = done('exchange', 'o1', { items: [swap('a', 'b'), swap('c', 'd')] });
    expect(matchActions([want], [got])).toHaveLength(2);
  });

  it('matches one expected action by several executed ones whose items add up to it', () => {
    const want = expected({
      type: 'return',
      order_id: 'o1',
      refund_amount: 158,
      items: [
        { sku: 'a', quantity: 1 },
        { sku: 'b', quantity: 1 },
      ],
    });
    const got = [
      done('return', 'o1', { items: [{ sku: 'b', quantity: 1 }], refund_amount: 79 }),
      done('return', 'o1', { items: [{ sku: 'a', quantity: 1 }], refund_amount: 79 }),
    ];
    expect(matchActions([want], got)).toEqual([]);
  });

  it('does not let split actions on another order add up', () => {
    const want = expected({
      type: 'exchange',
      order_id: 'o1',
      items: [swap('a', 'b'), swap('c', 'd')],
    });
    const got = [
      done('exchange', 'o1', { items: [swap('a', 'b')] }),
      done('exchange', 'o2', { items: [swap('c', 'd')] }),
    ];
    expect(matchActions([want], got).length).toBeGreaterThan(0);
  });

  it('fails when anything else was executed', () => {
    const failures = matchActions(
      [expected({ type: 'cancel_order', order_id: 'o1' })],
      [done('cancel_order', 'o1'), done('invoice_request', 'o1')],
    );
    expect(failures).toEqual(['unexpected action invoice_request on o1 executed']);
  });

  it('treats an empty expected list as "nothing may be executed"', () => {
    expect(matchActions([], [])).toEqual([]);
    expect(matchActions([], [done('cancel_order', 'o1')])).toEqual([
      'unexpected action cancel_order on o1 executed',
    ]);
  });

  it('needs one executed action per expected one, even when both are alike', () => {
    const want = expected({ type: 'invoice_request', order_id: 'o1' });
    expect(matchActions([want, want], [done('invoice_request', 'o1')])).toHaveLength(1);
    expect(
      matchActions([want], [done('invoice_request', 'o1'), done('invoice_request', 'o1')]),
    ).toHaveLength(1);
  });

  it('finds the assignment that matches everything when a greedy one would not', () => {
    const loose = expected({ type: 'return', order_id: 'o1' });
    const strict = expected({ type: 'return', order_id: 'o1', items: [{ sku: 'a', quantity: 1 }] });
    const got = [
      done('return', 'o1', { items: [{ sku: 'a', quantity: 1 }] }),
      done('return', 'o1', { items: [{ sku: 'b', quantity: 1 }] }),
    ];
    expect(matchActions([loose, strict], got)).toEqual([]);
  });

  it('compares money within half a cent', () => {
    const want = expected({
      type: 'price_protection',
      order_id: 'o1',
      sku: 'a',
      refund_amount: 10,
    });
    expect(
      matchActions([want], [done('price_protection', 'o1', { sku: 'a', refund_amount: 10.004 })]),
    ).toEqual([]);
    expect(
      matchActions([want], [done('price_protection', 'o1', { sku: 'a', refund_amount: 10.01 })]),
    ).toHaveLength(2);
  });

  it('matches an address given as an id or as an object with the listed fields', () => {
    const address = { id: 'a2', name: '李四', region: '北京', line: '2号' };
    const byId = expected({ type: 'change_address', order_id: 'o1', address: 'a2' });
    const byFields = expected({
      type: 'change_address',
      order_id: 'o1',
      address: { region: '北京' },
    });
    expect(matchActions([byId], [done('change_address', 'o1', { address })])).toEqual([]);
    expect(matchActions([byFields], [done('change_address', 'o1', { address })])).toEqual([]);
    const objectWithId = expected({
      type: 'change_address',
      order_id: 'o1',
      address: { id: 'a2' },
    });
    expect(matchActions([objectWithId], [done('change_address', 'o1', { address: 'a2' })])).toEqual(
      [],
    );
    expect(
      matchActions([byId], [done('change_address', 'o1', { address: { ...address, id: 'a3' } })]),
    ).toHaveLength(2);
  });

  it('ignores a note field of the scenario that no executed action carries', () => {
    const want = expected({ type: 'cancel_order', order_id: 'o1', note: 'customer changed mind' });
    expect(matchActions([want], [done('cancel_order', 'o1')])).toEqual([]);
  });
});
