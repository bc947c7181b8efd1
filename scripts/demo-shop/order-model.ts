/** Turns compact order specs into bundle orders with consistent timelines, prices and tracking. */
import type { BuiltAddress, BuiltCustomer } from './customers.ts';
import { priceAt } from './pricing.ts';
import { regionOf, TRANSIT_HOURS } from './regions.ts';
import { buildShipment, type Carrier, type Shipment } from './tracking.ts';
import { cents, pad, plusHours } from './util.ts';

export type Status = 'pending' | 'paid' | 'shipped' | 'delivered' | 'cancelled';

export type AfterSale = Record<string, unknown> & { type: string; status: string; at: string };

export interface OrderSpec {
  /** The id is the shop-local date of created_at followed by this 4-digit sequence. */
  seq: number;
  customer: string;
  status: Status;
  items: [sku: string, quantity: number][];
  created?: string;
  paid?: string;
  shipped?: string;
  delivered?: string;
  cancelled?: string;
  /** Payment method id suffix (alipay, wechat, card, gift); default the customer's first. */
  pay?: string;
  /** Index into the customer's addresses. */
  address?: number;
  carrier?: Carrier;
  stalled?: boolean;
  after_sales?: AfterSale[];
}

export interface BuiltOrder {
  id: string;
  customer_id: string;
  status: Status;
  created_at: string;
  paid_at: string | null;
  shipped_at: string | null;
  delivered_at: string | null;
  cancelled_at: string | null;
  items: { sku: string; quantity: number; unit_price: number }[];
  payment: { method_id: string; amount: number } | null;
  address: Omit<BuiltAddress, 'id'>;
  shipment: Shipment | null;
  after_sales: AfterSale[];
}

/** A warehouse pick-up (16:00–20:59 local) about `transit` hours before delivery. */
function pickupBefore(delivered: string, transit: number, seq: number): string {
  const day = plusHours(delivered, -transit).slice(0, 10);
  let shipped = `${day}T${pad(16 + (seq % 5))}:${pad((seq * 7) % 60)}:00+08:00`;
  while (Date.parse(delivered) - Date.parse(shipped) < 14 * 3_600_000)
    shipped = plusHours(shipped, -24);
  return shipped;
}

function need(value: string | undefined, what: string, seq: number): string {
  if (!value) throw new Error(`order spec ${seq}: ${what} is required`);
  return value;
}

export function buildOrder(spec: OrderSpec, customers: Map<string, BuiltCustomer>): BuiltOrder {
  const customer = customers.get(spec.customer);
  if (!customer) throw new Error(`order spec ${spec.seq}: unknown customer ${spec.customer}`);
  const addr = customer.addresses[spec.address ?? 0];
  if (!addr) throw new Error(`order spec ${spec.seq}: no address ${spec.address ?? 0}`);
  const region = regionOf(addr.region);
  const transit = TRANSIT_HOURS[region.group] + (spec.seq % 7) - 3;

  let { created, paid, shipped } = spec;
  const { delivered, cancelled } = spec;
  switch (spec.status) {
    case 'delivered':
      shipped ??= pickupBefore(need(delivered, 'delivered', spec.seq), transit, spec.seq);
      paid ??= plusHours(shipped, -(20 + (spec.seq % 9)));
      created ??= plusHours(paid, -(3 + (spec.seq % 9)) / 60);
      break;
    case 'shipped':
      paid ??= plusHours(need(shipped, 'shipped', spec.seq), -(18 + (spec.seq % 13)));
      created ??= plusHours(paid, -(2 + (spec.seq % 7)) / 60);
      break;
    case 'paid':
      created ??= plusHours(need(paid, 'paid', spec.seq), -(2 + (spec.seq % 5)) / 60);
      break;
    case 'pending':
      need(created, 'created', spec.seq);
      break;
    case 'cancelled':
      need(created, 'created', spec.seq);
      need(cancelled, 'cancelled', spec.seq);
      break;
  }
  const createdAt = need(created, 'created', spec.seq);
  const id = `${createdAt.slice(0, 10).replaceAll('-', '')}${pad(spec.seq, 4)}`;
  const items = spec.items.map(([sku, quantity]) => ({
    sku,
    quantity,
    unit_price: priceAt(sku, createdAt),
  }));
  const amount = cents(items.reduce((sum, i) => sum + i.quantity * i.unit_price, 0));
  const method = spec.pay
    ? customer.payment_methods.find((m) => m.id === `${customer.id}-${spec.pay ?? ''}`)
    : customer.payment_methods[0];
  if (!method) throw new Error(`order spec ${spec.seq}: no payment method ${spec.pay ?? ''}`);
  const { id: _addressId, ...address } = addr;
  void _addressId;
  const carrier = spec.carrier ?? 'SF';
  return {
    id,
    customer_id: customer.id,
    status: spec.status,
    created_at: createdAt,
    paid_at: paid ?? null,
    shipped_at: shipped ?? null,
    delivered_at: delivered ?? null,
    cancelled_at: cancelled ?? null,
    items,
    payment: paid ? { method_id: method.id, amount } : null,
    address,
    shipment: shipped
      ? buildShipment(
          id,
          carrier,
          region,
          shipped,
          delivered ?? null,
          transit,
          spec.stalled ?? false,
        )
      : null,
    after_sales: spec.after_sales ?? [],
  };
}
