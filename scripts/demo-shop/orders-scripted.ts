/**
 * Hand-written orders for the cases conversation scenarios rely on (see data/demo-shop.md).
 * NOW = 2025-06-18T10:00:00+08:00; ago(d, hh, mm) is d days before NOW at hh:mm local time.
 */
import type { OrderSpec } from './order-model.ts';
import { ago } from './util.ts';

export const SCRIPTED_ORDERS: OrderSpec[] = [
  // Exchange in window: T-shirt M → L (L in stock), delivered 3 days ago.
  {
    seq: 1,
    customer: 'c001',
    status: 'delivered',
    delivered: ago(3, 14, 20),
    items: [['p1001-white-M', 1]],
  },
  // Same customer, old order: both windows closed.
  {
    seq: 2,
    customer: 'c001',
    status: 'delivered',
    delivered: ago(40, 16, 5),
    carrier: 'ZTO',
    items: [
      ['p2201-beige-L', 1],
      ['p7001-black-ONE_SIZE', 1],
    ],
  },
  // Return in window (day 6 of 7), multi-item with quantity 2.
  {
    seq: 3,
    customer: 'c002',
    status: 'delivered',
    delivered: ago(6, 18, 5),
    items: [
      ['p3002-white-M', 1],
      ['p8201-green-ONE_SIZE', 2],
    ],
  },
  // Delivered 8 days ago: return window passed, exchange still open.
  {
    seq: 4,
    customer: 'c003',
    status: 'delivered',
    delivered: ago(8, 11, 30),
    carrier: 'ZTO',
    items: [['p2002-blue-S', 1]],
  },
  // Delivered 13.7 days ago: day 14 of the 15-day exchange window; L → XL in stock.
  {
    seq: 5,
    customer: 'c004',
    status: 'delivered',
    delivered: ago(14, 16, 45),
    items: [['p1101-blue-L', 1]],
  },
  // Delivered 20 days ago: no return, no exchange.
  {
    seq: 6,
    customer: 'c005',
    status: 'delivered',
    delivered: ago(20, 10, 10),
    carrier: 'ZTO',
    items: [['p2301-black-M', 1]],
  },
  // Delivered 40 days ago, but paid before the 20 May price cut: price protection 159 → 129.
  {
    seq: 7,
    customer: 'c006',
    status: 'delivered',
    delivered: ago(40, 15, 0),
    items: [['p4001-white-L', 1]],
  },
  // Delivered yesterday: underwear and socks are non-returnable, the blouse is returnable.
  {
    seq: 8,
    customer: 'c007',
    status: 'delivered',
    delivered: ago(1, 19, 40),
    items: [
      ['p5002-beige-M', 1],
      ['p5101-white-ONE_SIZE', 1],
      ['p1151-white-M', 1],
    ],
  },
  // Paid, not shipped: cancel, address change (to c008-a2) and item change allowed.
  {
    seq: 9,
    customer: 'c008',
    status: 'paid',
    paid: ago(0, 8, 12),
    items: [
      ['p1002-black-L', 1],
      ['p2102-green-L', 1],
    ],
  },
  // Shipped and in transit: cannot cancel or change the address.
  {
    seq: 10,
    customer: 'c009',
    status: 'shipped',
    shipped: ago(2, 16, 30),
    items: [
      ['p1003-blue-L', 2],
      ['p2202-black-L', 1],
    ],
  },
  // Pending (unpaid) order created 30 minutes ago.
  {
    seq: 11,
    customer: 'c010',
    status: 'pending',
    created: ago(0, 9, 30),
    items: [['p3001-blue-M', 1]],
  },
  // Already used its one exchange (S → M); a second exchange must be refused.
  {
    seq: 12,
    customer: 'c011',
    status: 'delivered',
    delivered: ago(10, 13, 15),
    items: [['p2001-blue-S', 1]],
    after_sales: [
      {
        type: 'exchange',
        status: 'completed',
        at: '2025-06-10T20:41:00+08:00',
        items: [{ from_sku: 'p2001-blue-S', to_sku: 'p2001-blue-M' }],
        reason: 'size_too_small',
        completed_at: '2025-06-15T16:02:00+08:00',
      },
    ],
  },
  // Wants blue L: out of stock until 25 June (blue XL out, black L in stock).
  {
    seq: 13,
    customer: 'c012',
    status: 'delivered',
    delivered: ago(4, 17, 50),
    items: [['p2001-blue-M', 1]],
  },
  // Price protection: 2 × (169 − 149) = 40.
  {
    seq: 14,
    customer: 'c013',
    status: 'delivered',
    delivered: ago(9, 15, 0),
    carrier: 'ZTO',
    items: [['p2101-black-L', 2]],
  },
  // Paid 10 May: the 16 June cut is outside its 30 days, no price protection.
  {
    seq: 15,
    customer: 'c014',
    status: 'delivered',
    delivered: ago(36, 12, 0),
    items: [['p2101-grey-M', 1]],
  },
];
