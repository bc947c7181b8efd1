import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_NOW, openDemoStores } from '../../test-support/demo-shop-chat.ts';
import { runAction, type RunActionInput } from './run-action.ts';

let opened: Awaited<ReturnType<typeof openDemoStores>> | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

async function setup() {
  opened = await openDemoStores();
  let n = 0;
  const base = {
    stores: opened.stores,
    shop: opened.shop,
    actor: { kind: 'bot' as const, id: null },
    conversationId: 'conv-1',
    now: new Date(DEMO_NOW),
    newId: () => `id-${++n}`,
  };
  return {
    ...opened,
    run: (input: Omit<RunActionInput, keyof typeof base>) => runAction({ ...base, ...input }),
  };
}

const exchange = {
  type: 'exchange' as const,
  orderId: '202506130001',
  params: { items: [{ from_sku: 'p1001-white-M', to_sku: 'p1001-white-L' }] },
};

describe('runAction', () => {
  it('executes an allowed exchange, reserves the new size and audits it with the spec fields', async () => {
    const { run, stores } = await setup();
    const before = await stores.catalog.stockOf('demo-apparel', 'p1001-white-L');
    const result = await run({ ...exchange, idempotencyKey: 'k1' });
    expect(result.status).toBe('executed');
    expect(await stores.catalog.stockOf('demo-apparel', 'p1001-white-L')).toBe((before ?? 0) - 1);
    const [entry] = await stores.audit.listAudit('demo-apparel', { orderId: '202506130001' });
    expect(entry).toMatchObject({ action: 'exchange', outcome: 'executed', actor: 'bot' });
    expect(entry?.detail).toMatchObject({ order_id: '202506130001', items: exchange.params.items });
  });

  it('does nothing twice when the same idempotency key comes again', async () => {
    const { run, stores } = await setup();
    await run({ ...exchange, idempotencyKey: 'same' });
    const stock = await stores.catalog.stockOf('demo-apparel', 'p1001-white-L');
    const again = await run({ ...exchange, idempotencyKey: 'same' });
    expect(again).toMatchObject({ status: 'executed', replayed: true });
    expect(await stores.catalog.stockOf('demo-apparel', 'p1001-white-L')).toBe(stock);
    expect(await stores.audit.listAudit('demo-apparel', { orderId: '202506130001' })).toHaveLength(
      1,
    );
  });

  it('refuses a second exchange on an order that used its one exchange, and audits the refusal', async () => {
    const { run, stores } = await setup();
    const result = await run({
      type: 'exchange',
      orderId: '202506060012',
      params: { items: [{ from_sku: 'p2001-blue-S', to_sku: 'p2001-blue-M' }] },
      idempotencyKey: 'k2',
    });
    expect(result).toMatchObject({ status: 'refused', refusal: { rule: 'exchanges_per_order' } });
    const audit = await stores.audit.listAudit('demo-apparel', { orderId: '202506060012' });
    expect(audit.map((a) => a.outcome)).toEqual(['refused']);
  });

  it('refuses to exchange to a size that is out of stock', async () => {
    const { run } = await setup();
    const result = await run({
      type: 'exchange',
      orderId: '202506100013',
      params: { items: [{ from_sku: 'p2001-blue-M', to_sku: 'p2001-blue-L' }] },
      idempotencyKey: 'k3',
    });
    expect(result).toMatchObject({ status: 'refused', refusal: { rule: 'in_stock' } });
  });

  it('refuses to cancel a shipped order with the rule that forbids it', async () => {
    const { run, stores } = await setup();
    const result = await run({
      type: 'cancel_order',
      orderId: '202506150010',
      params: {},
      idempotencyKey: 'k4',
    });
    expect(result).toMatchObject({ status: 'refused', refusal: { rule: 'cancel_statuses' } });
    expect((await stores.orders.getOrder('demo-apparel', '202506150010'))?.status).toBe('shipped');
  });

  it('computes the price-protection refund with the spec arithmetic', async () => {
    const { run } = await setup();
    const result = await run({
      type: 'price_protection',
      orderId: '202506050014',
      params: { sku: 'p2101-black-L' },
      idempotencyKey: 'k5',
    });
    expect(result).toMatchObject({ status: 'executed', detail: { refund_amount: 40 } });
  });
});
