/**
 * Hand-written orders (part 2) for the cases conversation scenarios rely on (see data/demo-shop.md).
 * NOW = 2025-06-18T10:00:00+08:00; ago(d, hh, mm) is d days before NOW at hh:mm local time.
 */
import type { OrderSpec } from './order-model.ts';
import { ago } from './util.ts';

export const SCRIPTED_ORDERS_2: OrderSpec[] = [
  // Remote region, stalled in transit for 6 days: a delay complaint.
  {
    seq: 16,
    customer: 'c015',
    status: 'shipped',
    shipped: ago(6, 15, 0),
    carrier: 'ZTO',
    stalled: true,
    items: [['p4002-blue-XL', 1]],
  },
  // Shipped to Hong Kong.
  {
    seq: 17,
    customer: 'c016',
    status: 'delivered',
    delivered: ago(5, 14, 0),
    items: [
      ['p4004-beige-M', 1],
      ['p7005-blue-ONE_SIZE', 1],
    ],
  },
  // Paid with a gift card.
  {
    seq: 18,
    customer: 'c017',
    status: 'delivered',
    delivered: ago(2, 11, 0),
    pay: 'gift',
    items: [['p3004-green-S', 1]],
  },
  // A gift shipped to the customer's mother: the phone on the order is not the account phone.
  {
    seq: 19,
    customer: 'c018',
    status: 'delivered',
    delivered: ago(3, 10, 30),
    address: 1,
    items: [
      ['p8101-grey-1.8m', 1],
      ['p8002-white-ONE_SIZE', 1],
    ],
  },
  // Cancelled after payment, refunded.
  {
    seq: 20,
    customer: 'c019',
    status: 'cancelled',
    created: ago(5, 21, 10),
    paid: ago(5, 21, 13),
    cancelled: ago(5, 22, 40),
    items: [['p6003-white-42', 1]],
    after_sales: [
      {
        type: 'cancel_order',
        status: 'refunded',
        at: ago(5, 22, 40),
        reason: 'changed_mind',
        refund_amount: 299,
        refunded_at: ago(5, 22, 41),
      },
    ],
  },
  // Cancelled automatically: not paid within 24 hours.
  {
    seq: 21,
    customer: 'c019',
    status: 'cancelled',
    created: ago(9, 13, 0),
    cancelled: ago(8, 13, 0),
    items: [
      ['p7002-beige-ONE_SIZE', 1],
      ['p8301-black-ONE_SIZE', 1],
    ],
    after_sales: [
      { type: 'cancel_order', status: 'completed', at: ago(8, 13, 0), reason: 'payment_timeout' },
    ],
  },
  // Return received at the warehouse on 15 June; refund due by 22 June.
  {
    seq: 22,
    customer: 'c020',
    status: 'delivered',
    delivered: ago(8, 16, 0),
    items: [
      ['p1152-black-M', 1],
      ['p2301-green-M', 1],
    ],
    after_sales: [
      {
        type: 'return',
        status: 'received',
        at: '2025-06-12T20:15:00+08:00',
        items: [{ sku: 'p1152-black-M', quantity: 1 }],
        reason: 'no_reason',
        refund_amount: 169,
        return_tracking_no: 'SF1409283746512',
        received_at: '2025-06-15T11:20:00+08:00',
      },
    ],
  },
  // English-speaking customer: shoe exchange 39 → 40.
  {
    seq: 23,
    customer: 'c021',
    status: 'delivered',
    delivered: ago(4, 12, 0),
    items: [
      ['p1002-white-M', 1],
      ['p6001-white-39', 1],
    ],
  },
  // English-speaking customer: paid order, can be cancelled.
  {
    seq: 24,
    customer: 'c022',
    status: 'paid',
    paid: ago(1, 20, 0),
    items: [
      ['p1103-white-XL', 1],
      ['p7004-brown-ONE_SIZE', 1],
    ],
  },
  // A completed return, refunded on 2 June.
  {
    seq: 25,
    customer: 'c014',
    status: 'delivered',
    delivered: ago(25, 18, 30),
    items: [
      ['p1202-grey-M', 1],
      ['p1003-black-M', 1],
    ],
    after_sales: [
      {
        type: 'return',
        status: 'refunded',
        at: '2025-05-26T09:12:00+08:00',
        items: [{ sku: 'p1202-grey-M', quantity: 1 }],
        reason: 'no_reason',
        refund_amount: 159,
        received_at: '2025-05-29T14:40:00+08:00',
        refunded_at: '2025-06-02T10:05:00+08:00',
      },
    ],
  },
  // Paid 15 June and still not shipped after 48 hours (dispatch overdue).
  { seq: 26, customer: 'c004', status: 'paid', paid: ago(3, 21, 0), items: [['p2003-black-L', 1]] },
  // Price protection over a flash sale that has ended: paid 399, 339 on 1–7 June → 60.
  {
    seq: 27,
    customer: 'c012',
    status: 'delivered',
    delivered: ago(21, 14, 0),
    items: [['p6002-white-43', 1]],
  },
  // Paid 399 after the flash sale; now 359 → 40.
  {
    seq: 28,
    customer: 'c017',
    status: 'delivered',
    delivered: ago(6, 9, 40),
    pay: 'alipay',
    items: [['p6002-black-42', 1]],
  },
  // Two price steps: paid 259, now 199 → 60.
  {
    seq: 29,
    customer: 'c005',
    status: 'delivered',
    delivered: ago(21, 19, 0),
    items: [['p1201-grey-L', 1]],
  },
  // Delivered 6 days 20 hours ago: last day of the return window.
  {
    seq: 30,
    customer: 'c009',
    status: 'delivered',
    delivered: '2025-06-11T14:20:00+08:00',
    items: [
      ['p1004-navy-M', 1],
      ['p7003-beige-ONE_SIZE', 1],
    ],
  },
];
