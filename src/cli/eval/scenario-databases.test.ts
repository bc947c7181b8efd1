import { describe, expect, it } from 'vitest';
import { miniBundle } from '../../test-support/mini-bundle.ts';
import { createScenarioDatabases } from './scenario-databases.ts';

describe('createScenarioDatabases', () => {
  it('builds the image of a bundle once and gives each scenario a private copy', async () => {
    let loads = 0;
    const databases = createScenarioDatabases(() => {
      loads += 1;
      return miniBundle('demo-like');
    });
    const first = await databases.open(null);
    const second = await databases.open(null);
    expect(loads).toBe(1);
    expect(first.shopId).toBe('demo-like');
    await first.db.deleteFrom('orders').execute();
    const orders = await second.db.selectFrom('orders').select('id').execute();
    expect(orders.map((o) => o.id)).toEqual(['202406180001']);
    await Promise.all([first.db.destroy(), second.db.destroy()]);
  });

  it('fails with the file name when a bundle cannot be read', async () => {
    const databases = createScenarioDatabases();
    await expect(databases.open('/nowhere/shop.json')).rejects.toThrow(
      'cannot read the bundle /nowhere/shop.json',
    );
  });
});
