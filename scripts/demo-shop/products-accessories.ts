/** Accessories (one size). */
import { CARE, ORIGIN } from './attrs.ts';
import { ONE_SIZE, type ProductDef } from './types.ts';
import { t } from './util.ts';

const ONE = [ONE_SIZE];

export const ACCESSORIES: ProductDef[] = [
  {
    id: 'p7001',
    category: 'accessories',
    title: t('纯棉软顶棒球帽', 'Cotton Soft-crown Baseball Cap'),
    description: t(
      '水洗棉软顶，后扣可调节头围54–60厘米。',
      'Washed cotton soft crown; adjustable strap fits head sizes 54–60 cm.',
    ),
    attributes: {
      material: t('100%棉', '100% cotton'),
      dimensions: t('头围54–60厘米可调，帽檐7厘米', 'Adjustable 54–60 cm, brim 7 cm'),
      care: t('手洗，不可机洗', 'Hand wash only'),
      origin: ORIGIN.guangdong,
    },
    price: 69,
    colors: ['black', 'white', 'navy', 'beige'],
    sizes: ONE,
    tags: ['unisex', 'gift'],
  },
  {
    id: 'p7002',
    category: 'accessories',
    title: t('防晒渔夫帽', 'UPF 50+ Bucket Hat'),
    description: t(
      'UPF50+，宽帽檐遮脸，可折叠收纳不留折痕。',
      'UPF 50+ with a wide brim; folds flat without creasing.',
    ),
    attributes: {
      material: t('100%聚酯纤维', '100% polyester'),
      dimensions: t('头围56–58厘米，帽檐8厘米', 'Head 56–58 cm, brim 8 cm'),
      care: t('手洗，阴干', 'Hand wash, dry in shade'),
      origin: ORIGIN.zhejiang,
    },
    price: 79,
    colors: ['beige', 'black', 'white'],
    sizes: ONE,
    tags: ['summer'],
  },
  {
    id: 'p7003',
    category: 'accessories',
    title: t('加厚帆布托特包', 'Heavy Canvas Tote Bag'),
    description: t(
      '16安加厚帆布，可放14寸电脑，内置拉链袋。',
      '16 oz heavy canvas, fits a 14-inch laptop, with an inner zip pocket.',
    ),
    attributes: {
      material: t('100%棉帆布', '100% cotton canvas'),
      dimensions: t('宽38×高40×底宽12厘米', 'W 38 × H 40 × D 12 cm'),
      care: t('局部擦洗，不建议机洗', 'Spot clean; machine washing not recommended'),
      origin: ORIGIN.zhejiang,
    },
    price: 99,
    colors: ['beige', 'black'],
    sizes: ONE,
    tags: ['gift'],
  },
  {
    id: 'p7004',
    category: 'accessories',
    title: t('头层牛皮针扣腰带', 'Leather Pin-buckle Belt'),
    description: t(
      '头层牛皮，合金针扣，总长120厘米可自行裁剪。',
      'Full-grain leather with an alloy pin buckle; 120 cm long and can be trimmed.',
    ),
    attributes: {
      material: t('头层牛皮', 'Full-grain cowhide'),
      dimensions: t(
        '长120厘米，宽3.3厘米，适合腰围70–105厘米',
        'L 120 × W 3.3 cm, fits waist 70–105 cm',
      ),
      care: t('避免沾水，定期护理', 'Keep dry and condition occasionally'),
      origin: ORIGIN.guangdong,
    },
    price: 159,
    colors: ['black', 'brown'],
    sizes: ONE,
    tags: ['men', 'gift'],
  },
  {
    id: 'p7005',
    category: 'accessories',
    title: t('桑蚕丝印花小方巾', 'Mulberry Silk Square Scarf'),
    description: t(
      '16姆米桑蚕丝，手工卷边，可作发带、领巾或包饰，附礼盒。',
      '16 momme mulberry silk with hand-rolled edges; wear it as a hair tie, neckerchief or bag charm. Comes in a gift box.',
    ),
    attributes: {
      material: t('100%桑蚕丝', '100% mulberry silk'),
      dimensions: t('53×53厘米', '53 × 53 cm'),
      care: CARE.wool,
      origin: ORIGIN.zhejiang,
    },
    price: 199,
    colors: ['blue', 'red', 'yellow'],
    sizes: ONE,
    tags: ['women', 'gift'],
  },
];
