/** Home and daily goods: towels, bedding, cups, umbrellas. */
import { CARE, ORIGIN } from './attrs.ts';
import { ONE_SIZE, type ProductDef } from './types.ts';
import { t } from './util.ts';

const ONE = [ONE_SIZE];

export const HOME: ProductDef[] = [
  {
    id: 'p8001',
    category: 'towels',
    title: t('新疆长绒棉毛巾（2条装）', 'Long-staple Cotton Face Towels (2-pack)'),
    description: t(
      'A类婴幼儿标准，长绒棉吸水不掉毛，2条装。',
      'Meets China class-A (infant) standard; long-staple cotton that absorbs well without shedding. Pack of 2.',
    ),
    attributes: {
      material: t('100%棉', '100% cotton'),
      dimensions: t('34×76厘米，每条约120克', '34 × 76 cm, about 120 g each'),
      care: CARE.home,
      origin: ORIGIN.xinjiang,
    },
    price: 39,
    colors: ['white', 'grey', 'blue', 'pink'],
    sizes: ONE,
    tags: ['home'],
  },
  {
    id: 'p8002',
    category: 'towels',
    title: t('加厚纯棉浴巾', 'Thick Cotton Bath Towel'),
    description: t(
      '500克加厚浴巾，柔软亲肤，速干不易发霉。',
      '500 g thick bath towel, soft on skin and quick to dry.',
    ),
    attributes: {
      material: t('100%棉', '100% cotton'),
      dimensions: t('70×140厘米，约500克', '70 × 140 cm, about 500 g'),
      care: CARE.home,
      origin: ORIGIN.jiangsu,
    },
    price: 79,
    colors: ['white', 'grey', 'beige'],
    sizes: ONE,
    tags: ['home'],
  },
  {
    id: 'p8101',
    category: 'bedding',
    title: t('水洗棉四件套', 'Washed Cotton Bedding Set (4 pieces)'),
    description: t(
      '水洗工艺柔软亲肤，含被套、床单、枕套2只。1.5米床被套200×230厘米，1.8米床被套220×240厘米。',
      'Pre-washed for softness. Duvet cover, flat sheet and 2 pillowcases. 1.5 m bed: duvet cover 200 × 230 cm; 1.8 m bed: 220 × 240 cm.',
    ),
    attributes: {
      material: t('100%棉', '100% cotton'),
      thread_count: t('40支', '40s yarn'),
      care: CARE.home,
      origin: ORIGIN.jiangsu,
    },
    price: 299,
    specPrice: { '1.8m': 40 },
    colors: ['white', 'grey', 'green', 'pink'],
    specs: ['1.5m', '1.8m'],
    tags: ['home', '618'],
  },
  {
    id: 'p8102',
    category: 'bedding',
    title: t('冰丝凉席三件套', 'Cool-touch Summer Mat Set (3 pieces)'),
    description: t(
      '冰丝面料可机洗，含凉席1张、枕套2只，可折叠。',
      'Machine-washable cool-touch mat with 2 pillowcases; foldable.',
    ),
    attributes: {
      material: t('莱赛尔纤维面料', 'Lyocell fabric'),
      dimensions: t(
        '1.5米床：150×200厘米；1.8米床：180×200厘米',
        '1.5 m bed: 150 × 200 cm; 1.8 m bed: 180 × 200 cm',
      ),
      care: CARE.home,
      origin: ORIGIN.zhejiang,
    },
    price: 259,
    specPrice: { '1.8m': 30 },
    colors: ['blue', 'beige', 'grey'],
    specs: ['1.5m', '1.8m'],
    tags: ['home', 'summer'],
  },
  {
    id: 'p8201',
    category: 'drinkware',
    title: t('哑光陶瓷马克杯', 'Matte Ceramic Mug'),
    description: t(
      '高温釉下彩，哑光手感，容量380毫升。',
      'Underglaze fired at high temperature with a matte finish. 380 ml.',
    ),
    attributes: {
      material: t('陶瓷', 'Ceramic'),
      capacity: t('380毫升', '380 ml'),
      dimensions: t('口径8.5厘米，高10厘米', 'Diameter 8.5 cm, height 10 cm'),
      care: CARE.dishwasher,
      origin: t('中国江西景德镇', 'Jingdezhen, Jiangxi, China'),
    },
    price: 49,
    colors: ['white', 'black', 'green', 'yellow'],
    sizes: ONE,
    tags: ['home', 'gift'],
  },
  {
    id: 'p8202',
    category: 'drinkware',
    title: t('316不锈钢保温杯', '316 Stainless Steel Insulated Bottle'),
    description: t(
      '316不锈钢内胆，保温12小时、保冷24小时，容量500毫升。',
      '316 stainless steel inner wall keeps drinks hot for 12 hours or cold for 24. 500 ml.',
    ),
    attributes: {
      material: t('内胆316不锈钢，外壳304不锈钢', '316 stainless inner, 304 stainless outer'),
      capacity: t('500毫升', '500 ml'),
      dimensions: t('直径7厘米，高23厘米，重330克', 'Diameter 7 cm, height 23 cm, 330 g'),
      care: CARE.handwash,
      origin: ORIGIN.zhejiang,
    },
    price: 129,
    colors: ['white', 'black', 'pink', 'blue'],
    sizes: ONE,
    tags: ['home', 'gift', '618'],
  },
  {
    id: 'p8301',
    category: 'umbrellas',
    title: t('晴雨两用三折伞', 'Sun & Rain Folding Umbrella'),
    description: t(
      '黑胶涂层UPF50+，8骨抗风，折叠后长24厘米，重280克。',
      'Black UV coating (UPF 50+), 8 wind-resistant ribs; 24 cm folded, 280 g.',
    ),
    attributes: {
      material: t(
        '聚酯纤维伞面＋黑胶涂层，玻璃纤维伞骨',
        'Polyester canopy with UV coating, fibreglass ribs',
      ),
      dimensions: t('伞面直径98厘米，折叠长24厘米', 'Canopy 98 cm, folded 24 cm'),
      function: t('防晒UPF50+，防雨', 'UPF 50+ and rainproof'),
      care: t('用后撑开阴干', 'Open to dry in shade after use'),
      origin: ORIGIN.zhejiang,
    },
    price: 89,
    colors: ['black', 'navy', 'pink', 'beige'],
    sizes: ONE,
    tags: ['summer', 'gift'],
  },
  {
    id: 'p8302',
    category: 'umbrellas',
    title: t('自动开合长柄伞', 'Automatic Long Umbrella'),
    description: t(
      '一键自动开伞，10骨加固，伞面直径120厘米可容纳两人。',
      'One-touch automatic opening, 10 reinforced ribs, 120 cm canopy for two people.',
    ),
    attributes: {
      material: t('碰击布伞面，钢＋玻璃纤维伞骨', 'Pongee canopy, steel and fibreglass ribs'),
      dimensions: t('伞面直径120厘米，长度90厘米', 'Canopy 120 cm, length 90 cm'),
      function: t('防雨，抗风', 'Rainproof, wind resistant'),
      care: t('用后撑开阴干', 'Open to dry in shade after use'),
      origin: ORIGIN.zhejiang,
    },
    price: 119,
    colors: ['black', 'navy'],
    sizes: ONE,
    tags: ['gift'],
  },
];
