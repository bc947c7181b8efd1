/** Attribute texts shared by several products. */
import { t } from './util.ts';

export const CARE = {
  cotton: t(
    '30°C以下机洗，深浅色分开洗，不可漂白，反面晾干',
    'Machine wash at 30°C or below, wash darks separately, no bleach, dry inside out',
  ),
  delicate: t(
    '建议手洗或洗衣袋轻柔机洗，不可拧干，平铺阴干',
    'Hand wash or gentle cycle in a laundry bag, do not wring, dry flat in shade',
  ),
  denim: t(
    '首次单独冷水反面洗涤，可能轻微褪色，不可漂白',
    'Wash inside out in cold water alone the first time; may bleed slightly; no bleach',
  ),
  linen: t(
    '冷水手洗，中温熨烫，亚麻自然褶皱属正常现象',
    'Hand wash cold, iron at medium heat; natural linen creasing is normal',
  ),
  wool: t(
    '干洗或羊毛程序冷水手洗，平铺晾干，不可烘干',
    'Dry clean or hand wash cold on wool cycle, dry flat, do not tumble dry',
  ),
  synthetic: t(
    '30°C以下机洗，不可熨烫，不可烘干',
    'Machine wash at 30°C or below, do not iron or tumble dry',
  ),
  down: t(
    '建议专业干洗，不可机洗，不可熨烫',
    'Professional dry clean recommended; do not machine wash or iron',
  ),
  shoes: t(
    '软刷清水擦洗，不可机洗，避免暴晒',
    'Clean with a soft brush and water; do not machine wash; keep out of direct sun',
  ),
  home: t(
    '40°C以下机洗，首次使用前请先清洗',
    'Machine wash at 40°C or below; wash before first use',
  ),
  dishwasher: t('可用洗碗机，可微波炉加热', 'Dishwasher and microwave safe'),
  handwash: t(
    '手洗，不可用洗碗机，不可微波炉加热',
    'Hand wash only; not dishwasher or microwave safe',
  ),
};

export const ORIGIN = {
  zhejiang: t('中国浙江杭州', 'Hangzhou, Zhejiang, China'),
  guangdong: t('中国广东广州', 'Guangzhou, Guangdong, China'),
  jiangsu: t('中国江苏南通', 'Nantong, Jiangsu, China'),
  fujian: t('中国福建晋江', 'Jinjiang, Fujian, China'),
  xinjiang: t('中国新疆（长绒棉产地）', 'Xinjiang, China (long-staple cotton)'),
};

export const FIT = {
  regular: t('常规版型', 'Regular fit'),
  slim: t('修身版型', 'Slim fit'),
  loose: t('宽松落肩', 'Relaxed, dropped shoulder'),
  straight: t('直筒', 'Straight'),
  wide: t('阔腿', 'Wide leg'),
  aline: t('A字', 'A-line'),
};

export const THICK = {
  thin: t('薄款，适合夏季', 'Thin, for summer'),
  medium: t('常规厚度，适合春秋', 'Medium weight, for spring and autumn'),
  thick: t('加厚，适合秋冬', 'Thick, for autumn and winter'),
};

export const STRETCH = {
  none: t('无弹', 'No stretch'),
  slight: t('微弹', 'Slight stretch'),
  high: t('高弹', 'High stretch'),
};
