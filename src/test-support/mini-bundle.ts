/** A small valid bundle for store and server tests (the demo shop is the big one). */
import type { Bundle } from '../domain/bundle.ts';
import { parseBundle } from '../domain/parse-bundle.ts';

/** A fresh copy of the mini bundle for shop `shopId`. */
export function miniBundle(shopId = 'mini-shop'): Bundle {
  return parseBundle({
    format: 'kefu.shop-bundle/1',
    shop: {
      id: shopId,
      name: { zh: '小店', en: 'Mini shop' },
      currency: 'CNY',
      timezone: 'Asia/Shanghai',
      languages: ['zh', 'en'],
      business_hours: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' }],
      custom_field: 'kept',
    },
    policies: {
      return_window_days: 7,
      exchange_window_days: 15,
      exchanges_per_order: 1,
      non_returnable_categories: ['underwear'],
      return_shipping_paid_by: 'customer',
      refund_to: 'original',
      refund_days: 7,
      price_protection_days: 30,
      cancel_statuses: ['pending', 'paid'],
      address_change_statuses: ['pending', 'paid'],
      item_change_statuses: ['pending', 'paid'],
      shipping: { free_over: 99, fee: 10, dispatch_hours: 48, carriers: ['SF'] },
      invoice: { available: true, kinds: ['electronic'] },
    },
    categories: [{ id: 'tshirt', name: { zh: 'T恤', en: 'T-shirts' }, size_chart: 'tops' }],
    size_charts: {
      tops: { rows: [{ size: 'M', height_cm: [165, 175], weight_kg: [55, 65] }] },
    },
    products: [
      {
        id: 'p1',
        category: 'tshirt',
        title: { zh: '纯棉T恤', en: 'Cotton T-shirt' },
        attributes: { material: { zh: '100%棉', en: '100% cotton' } },
        variants: [
          { sku: 'p1-white-M', options: { color: 'white', size: 'M' }, price: 79, stock: 5 },
          { sku: 'p1-white-L', options: { color: 'white', size: 'L' }, price: 79, stock: 0 },
        ],
      },
    ],
    price_history: [{ sku: 'p1-white-M', price: 69, from: '2024-06-18T00:00:00+08:00' }],
    promotions: [{ id: 'new-10', kind: 'coupon', code: 'NEW10', off: 10, min_spend: 59 }],
    customers: [
      {
        id: 'c1',
        name: '张三',
        phone: '13800001234',
        addresses: [{ id: 'a1', name: '张三', phone: '13800001234', region: '上海', line: '1号' }],
      },
    ],
    orders: [
      {
        id: '202406180001',
        customer_id: 'c1',
        status: 'delivered',
        created_at: '2024-06-10T10:00:00+08:00',
        paid_at: '2024-06-10T10:01:00+08:00',
        shipped_at: '2024-06-11T10:00:00+08:00',
        delivered_at: '2024-06-13T10:00:00+08:00',
        items: [{ sku: 'p1-white-M', quantity: 1, unit_price: 79 }],
        payment: { method_id: 'pm1', amount: 79 },
        address: { name: '张三', phone: '13800001234', region: '上海', line: '1号' },
      },
    ],
    faq: [
      { id: 'faq-wash', q: { zh: '怎么洗', en: 'How to wash' }, a: { zh: '冷水', en: 'Cold' } },
    ],
  });
}
