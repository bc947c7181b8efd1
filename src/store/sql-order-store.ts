/** OrderStore and CustomerStore over Kysely. Orders keep their bundle shape in `data`. */
import type { Kysely } from 'kysely';
import { CustomerSchema, OrderSchema, type Customer, type Order } from '../domain/bundle.ts';
import type { CustomerStore, OrderStore } from '../domain/ports.ts';
import type { Database } from './schema.ts';

/** Orders of a shop. */
export class SqlOrderStore implements OrderStore {
  constructor(private readonly db: Kysely<Database>) {}

  async getOrder(shopId: string, orderId: string): Promise<Order | null> {
    const row = await this.db
      .selectFrom('orders')
      .select('data')
      .where('shop_id', '=', shopId)
      .where('id', '=', orderId)
      .executeTakeFirst();
    return row ? OrderSchema.parse(JSON.parse(row.data)) : null;
  }

  async listOrdersOfCustomer(shopId: string, customerId: string): Promise<Order[]> {
    const rows = await this.db
      .selectFrom('orders')
      .select('data')
      .where('shop_id', '=', shopId)
      .where('customer_id', '=', customerId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => OrderSchema.parse(JSON.parse(r.data)));
  }

  async saveOrder(shopId: string, order: Order): Promise<void> {
    const result = await this.db
      .updateTable('orders')
      .set({ status: order.status, data: JSON.stringify(order) })
      .where('shop_id', '=', shopId)
      .where('id', '=', order.id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw new Error(`saveOrder: order ${order.id} of shop ${shopId} does not exist`);
    }
  }
}

/** Customers of a shop. */
export class SqlCustomerStore implements CustomerStore {
  constructor(private readonly db: Kysely<Database>) {}

  async getCustomer(shopId: string, customerId: string): Promise<Customer | null> {
    const row = await this.db
      .selectFrom('customers')
      .select('data')
      .where('shop_id', '=', shopId)
      .where('id', '=', customerId)
      .executeTakeFirst();
    return row ? CustomerSchema.parse(JSON.parse(row.data)) : null;
  }
}
