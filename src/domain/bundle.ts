/**
 * The shop bundle format (../shared/spec/shop-bundle.md) as zod schemas.
 * A bundle is parsed here at the edge; everything inside the service trusts the inferred types.
 * Unknown fields are kept (`looseObject`) so an export round-trips what a merchant wrote.
 */
import { z } from 'zod';

/** A customer-visible text: a plain string or language → string. */
export const TextSchema = z.union([z.string(), z.record(z.string(), z.string())]);
export type Text = z.infer<typeof TextSchema>;

const isoTime = z.iso.datetime({ offset: true, local: false });
const money = z.number().finite().nonnegative();
const id = z.string().min(1);
const hhmm = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'expected HH:MM');

export const BusinessHoursSchema = z.looseObject({
  days: z.array(z.number().int().min(1).max(7)).min(1),
  open: hhmm,
  close: hhmm,
});

export const ShopSchema = z.looseObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected lower-case letters, digits and dashes'),
  name: TextSchema,
  currency: z.string().min(1),
  timezone: z.string().refine(isValidTimeZone, 'expected an IANA time zone such as Asia/Shanghai'),
  languages: z.array(z.string().min(1)).min(1),
  business_hours: z.array(BusinessHoursSchema).default([]),
});

export const PoliciesSchema = z.looseObject({
  return_window_days: z.number().int().nonnegative(),
  exchange_window_days: z.number().int().nonnegative(),
  exchanges_per_order: z.number().int().nonnegative(),
  non_returnable_categories: z.array(id).default([]),
  return_shipping_paid_by: z.enum(['customer', 'seller']),
  refund_to: z.enum(['original', 'original_or_gift_card']),
  refund_days: z.number().int().nonnegative(),
  price_protection_days: z.number().int().nonnegative(),
  cancel_statuses: z.array(z.string()),
  address_change_statuses: z.array(z.string()),
  item_change_statuses: z.array(z.string()),
  shipping: z.looseObject({
    free_over: money.nullable().optional(),
    fee: money,
    dispatch_hours: z.number().nonnegative(),
    carriers: z.array(z.string()),
  }),
  invoice: z.looseObject({ available: z.boolean(), kinds: z.array(z.string()).default([]) }),
  human_handoff: z
    .looseObject({ max_bot_turns_without_progress: z.number().int().positive().optional() })
    .optional(),
});

export const CategorySchema = z.looseObject({
  id,
  name: TextSchema,
  parent: z.string().nullable().optional(),
  size_chart: z.string().nullable().optional(),
});

export const SizeChartSchema = z.looseObject({
  rows: z.array(z.looseObject({ size: z.string().min(1) }).catchall(z.unknown())).min(1),
});

export const VariantSchema = z.looseObject({
  sku: id,
  options: z.record(z.string(), z.string()).default({}),
  price: money,
  stock: z.number().int().nonnegative(),
  restock_date: isoTime.optional(),
});

export const ProductSchema = z.looseObject({
  id,
  category: id,
  title: TextSchema,
  description: TextSchema.optional(),
  attributes: z.record(z.string(), TextSchema).default({}),
  variants: z.array(VariantSchema).min(1),
  restock_date: isoTime.optional(),
  image: z.string().optional(),
  tags: z.array(z.string()).optional(),
});

export const PricePointSchema = z.looseObject({ sku: id, price: money, from: isoTime });

export const PromotionSchema = z.looseObject({
  id,
  kind: z.enum(['threshold', 'coupon', 'percent']),
  title: TextSchema.optional(),
  threshold: money.optional(),
  off: money.optional(),
  percent: z.number().gt(0).lte(100).optional(),
  code: z.string().optional(),
  min_spend: money.optional(),
  repeat: z.boolean().optional(),
  stackable: z.boolean().default(true),
  categories: z.array(id).optional(),
  starts: isoTime.optional(),
  ends: isoTime.optional(),
});

export const AddressSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string(),
  phone: z.string(),
  region: z.string(),
  line: z.string(),
  zip: z.string().optional(),
});

export const CustomerSchema = z.looseObject({
  id,
  name: z.string(),
  phone: z.string().optional(),
  email: z.string().optional(),
  addresses: z.array(AddressSchema).default([]),
  payment_methods: z
    .array(z.looseObject({ id, kind: z.string(), balance: money.optional() }))
    .default([]),
  language: z.string().optional(),
});

export const ORDER_STATUSES = ['pending', 'paid', 'shipped', 'delivered', 'cancelled'] as const;
export const OrderStatusSchema = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatusSchema>;

export const TrackingEventSchema = z.looseObject({
  at: isoTime,
  text: TextSchema,
  location: z.string().optional(),
});

export const AfterSaleSchema = z.looseObject({
  type: z.string(),
  status: z.string().optional(),
  at: isoTime.optional(),
});

export const OrderSchema = z.looseObject({
  id,
  customer_id: id,
  status: OrderStatusSchema,
  created_at: isoTime,
  paid_at: isoTime.nullable().optional(),
  shipped_at: isoTime.nullable().optional(),
  delivered_at: isoTime.nullable().optional(),
  cancelled_at: isoTime.nullable().optional(),
  items: z
    .array(z.looseObject({ sku: id, quantity: z.number().int().positive(), unit_price: money }))
    .min(1),
  payment: z.looseObject({ method_id: z.string(), amount: money }).nullable().optional(),
  address: AddressSchema,
  shipment: z
    .looseObject({
      carrier: z.string(),
      tracking_no: z.string(),
      events: z.array(TrackingEventSchema).default([]),
    })
    .nullable()
    .optional(),
  after_sales: z.array(AfterSaleSchema).default([]),
});

export const FaqSchema = z.looseObject({
  id,
  q: TextSchema,
  a: TextSchema,
  tags: z.array(z.string()).default([]),
});

export const BUNDLE_FORMAT = 'kefu.shop-bundle/1';

export const BundleSchema = z.looseObject({
  format: z.literal(BUNDLE_FORMAT),
  shop: ShopSchema,
  policies: PoliciesSchema,
  categories: z.array(CategorySchema).default([]),
  size_charts: z.record(z.string(), SizeChartSchema).default({}),
  products: z.array(ProductSchema).default([]),
  price_history: z.array(PricePointSchema).default([]),
  promotions: z.array(PromotionSchema).default([]),
  customers: z.array(CustomerSchema).default([]),
  orders: z.array(OrderSchema).default([]),
  faq: z.array(FaqSchema).default([]),
});

export type Bundle = z.infer<typeof BundleSchema>;
export type Shop = z.infer<typeof ShopSchema>;
export type Policies = z.infer<typeof PoliciesSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type SizeChart = z.infer<typeof SizeChartSchema>;
export type Product = z.infer<typeof ProductSchema>;
export type Variant = z.infer<typeof VariantSchema>;
export type PricePoint = z.infer<typeof PricePointSchema>;
export type Promotion = z.infer<typeof PromotionSchema>;
export type Customer = z.infer<typeof CustomerSchema>;
export type Address = z.infer<typeof AddressSchema>;
export type Order = z.infer<typeof OrderSchema>;
export type OrderItem = Order['items'][number];
export type TrackingEvent = z.infer<typeof TrackingEventSchema>;
export type Faq = z.infer<typeof FaqSchema>;

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
