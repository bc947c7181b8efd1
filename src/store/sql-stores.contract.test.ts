/**
 * The store contract: the same behaviour on every engine. PostgreSQL joins when
 * KEFU_TEST_DATABASE_URL is set (`.ci/run` sets it after checking the server answers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../domain/ports.ts';
import { miniBundle } from '../test-support/mini-bundle.ts';
import { freshDatabase, testEngines, type TestDatabase } from '../test-support/test-databases.ts';
import { exportBundle } from './bundle-export.ts';
import { importBundle } from './bundle-import.ts';
import { createSqlStores } from './sql-stores.ts';

const now = new Date('2024-06-20T10:00:00+08:00');

describe.each(testEngines())('stores on %s', (engine) => {
  let database: TestDatabase;
  let stores: Stores;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    await importBundle(database.db, miniBundle('shop-a'), now);
    await importBundle(database.db, miniBundle('shop-b'), now);
    stores = createSqlStores(database.db);
  });
  afterAll(async () => {
    await database.dispose();
  });

  it('round-trips a bundle through import and export', async () => {
    expect(await exportBundle(database.db, 'shop-a')).toEqual(miniBundle('shop-a'));
  });

  it('loads a shop snapshot with products, policies and a version', async () => {
    const snap = await stores.catalog.loadShop('shop-a');
    expect(snap?.products[0]?.variants).toHaveLength(2);
    expect(snap?.policies.return_window_days).toBe(7);
    expect(snap?.version).toBe(now.toISOString());
    expect(await stores.catalog.loadShop('nope')).toBeNull();
    expect((await stores.catalog.getShop('shop-a'))?.timezone).toBe('Asia/Shanghai');
    expect(await stores.catalog.getShop('nope')).toBeNull();
  });

  it('takes stock without going below zero, per shop', async () => {
    expect(await stores.catalog.adjustStock('shop-a', 'p1-white-M', -5)).toBe(true);
    expect(await stores.catalog.adjustStock('shop-a', 'p1-white-M', -1)).toBe(false);
    expect(await stores.catalog.stockOf('shop-a', 'p1-white-M')).toBe(0);
    expect(await stores.catalog.stockOf('shop-b', 'p1-white-M')).toBe(5);
  });

  it('saves an order in one shop without touching the other', async () => {
    const order = await stores.orders.getOrder('shop-a', '202406180001');
    if (!order) throw new Error('order exists');
    await stores.orders.saveOrder('shop-a', { ...order, status: 'cancelled' });
    expect((await stores.orders.getOrder('shop-a', '202406180001'))?.status).toBe('cancelled');
    expect((await stores.orders.getOrder('shop-b', '202406180001'))?.status).toBe('delivered');
    expect(await stores.orders.listOrdersOfCustomer('shop-b', 'c1')).toHaveLength(1);
    expect(await stores.customers.getCustomer('shop-a', 'c1')).toMatchObject({ name: '张三' });
  });

  it('rolls back every write of a failed transaction', async () => {
    await expect(
      stores.transaction(async (tx) => {
        await tx.catalog.adjustStock('shop-b', 'p1-white-M', -1);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await stores.catalog.stockOf('shop-b', 'p1-white-M')).toBe(5);
  });

  it('keeps one audit entry per idempotency key', async () => {
    const entry = {
      id: 'a1',
      idempotencyKey: 'k1',
      conversationId: 'conv1',
      orderId: '202406180001',
      action: 'cancel_order',
      outcome: 'executed' as const,
      actor: 'bot' as const,
      actorId: null,
      detail: { reason: 'test' },
      createdAt: now.toISOString(),
    };
    await stores.audit.recordAudit('shop-a', entry);
    await expect(stores.audit.recordAudit('shop-a', { ...entry, id: 'a2' })).rejects.toThrow();
    expect(await stores.audit.findAuditByKey('shop-a', 'k1')).toEqual(entry);
    expect(await stores.audit.findAuditByKey('shop-b', 'k1')).toBeNull();
    expect(await stores.audit.listAudit('shop-a', { orderId: '202406180001' })).toHaveLength(1);
  });
});
