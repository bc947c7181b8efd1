/** Shop profile, policies and the category tree of the demo shop. */
import { t, type BiText } from './util.ts';

export const SHOP = {
  id: 'demo-apparel',
  name: t('衣衫小铺', 'Yishan Apparel & Home'),
  currency: 'CNY',
  timezone: 'Asia/Shanghai',
  languages: ['zh', 'en'],
  business_hours: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '09:00', close: '22:00' }],
  warehouse: t('浙江省杭州市余杭区', 'Yuhang, Hangzhou, Zhejiang'),
  service_phone: '400-820-0618',
};

export const POLICIES = {
  return_window_days: 7,
  exchange_window_days: 15,
  exchanges_per_order: 1,
  non_returnable_categories: ['underwear', 'socks'],
  return_shipping_paid_by: 'customer' as const,
  refund_to: 'original' as const,
  refund_days: 7,
  price_protection_days: 30,
  cancel_statuses: ['pending', 'paid'],
  address_change_statuses: ['pending', 'paid'],
  item_change_statuses: ['pending', 'paid'],
  pending_payment_minutes: 1440,
  shipping: {
    free_over: 99,
    fee: 10,
    dispatch_hours: 48,
    carriers: ['SF', 'ZTO'],
    ships_from: '浙江省杭州市',
    delivery_days: [
      { regions: ['浙江省', '上海市', '江苏省', '安徽省'], days: [1, 2] },
      { regions: ['*'], days: [2, 4] },
      { regions: ['新疆维吾尔自治区', '西藏自治区', '青海省', '内蒙古自治区'], days: [5, 8] },
    ],
    remote_regions: {
      regions: ['新疆维吾尔自治区', '西藏自治区', '青海省', '内蒙古自治区'],
      fee: 15,
      free_over: 199,
    },
    hk_macau_taiwan: {
      available: true,
      carrier: 'SF',
      fee: 30,
      free_over: 499,
      days: [3, 6],
      duties: 'buyer',
    },
    international: false,
  },
  invoice: { available: true, kinds: ['electronic', 'paper'], issue_days: 3 },
  human_handoff: { max_bot_turns_without_progress: 2 },
};

interface CategoryDef {
  id: string;
  name: BiText;
  parent: string | null;
  size_chart: string | null;
}

const cat = (
  id: string,
  zh: string,
  en: string,
  parent: string | null,
  chart: string | null,
): CategoryDef => ({
  id,
  name: t(zh, en),
  parent,
  size_chart: chart,
});

export const CATEGORIES: CategoryDef[] = [
  cat('tops', '上衣', 'Tops', null, 'tops-unisex'),
  cat('tshirt', 'T恤', 'T-shirts', 'tops', 'tops-unisex'),
  cat('shirt', '男士衬衫', "Men's shirts", 'tops', 'tops-men'),
  cat('blouse', '女士上衣', "Women's tops", 'tops', 'tops-women'),
  cat('hoodie', '卫衣', 'Hoodies & sweatshirts', 'tops', 'tops-unisex'),
  cat('bottoms', '裤装与半身裙', 'Bottoms', null, 'bottoms'),
  cat('jeans', '牛仔裤', 'Jeans', 'bottoms', 'bottoms'),
  cat('pants', '休闲裤', 'Trousers', 'bottoms', 'bottoms'),
  cat('shorts', '短裤', 'Shorts', 'bottoms', 'bottoms'),
  cat('skirt', '半身裙', 'Skirts', 'bottoms', 'bottoms'),
  cat('dresses', '连衣裙', 'Dresses', null, 'dresses'),
  cat('outerwear', '外套', 'Outerwear', null, 'tops-unisex'),
  cat('intimates', '内衣袜子', 'Underwear & socks', null, null),
  cat('underwear', '内衣内裤', 'Underwear', 'intimates', 'underwear'),
  cat('socks', '袜子', 'Socks', 'intimates', null),
  cat('shoes', '鞋', 'Shoes', null, 'shoes'),
  cat('accessories', '配饰', 'Accessories', null, null),
  cat('home', '家居日用', 'Home & daily goods', null, null),
  cat('towels', '毛巾浴巾', 'Towels', 'home', null),
  cat('bedding', '床品', 'Bedding', 'home', null),
  cat('drinkware', '杯具', 'Cups & bottles', 'home', null),
  cat('umbrellas', '雨伞', 'Umbrellas', 'home', null),
];
