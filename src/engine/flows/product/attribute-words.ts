/**
 * Product attributes as a customer asks about them: which attribute a question is about
 * (材质 / 会缩水吗 / is it stretchy) and how each attribute is named in a reply. Attribute keys
 * are the bundle's own; a key without an entry here is still shown under its own name.
 */
import { normalizeText } from '../../catalog/catalog-tokens.ts';
import type { Lang } from '../../replies/render.ts';

interface AttributeWords {
  zh: string;
  en: string;
  asked: RegExp;
}

const ATTRIBUTES: Record<string, AttributeWords> = {
  material: {
    zh: '材质',
    en: 'material',
    asked:
      /材质|面料|成分|料子|布料|纯棉|棉的|什么料|含棉|material|fabric|made of|cotton|polyester/i,
  },
  care: { zh: '洗护', en: 'care', asked: /洗|保养|熨|晾|烘干|漂白|\bcare\b|wash|iron|dry clean/i },
  fit: {
    zh: '版型',
    en: 'fit',
    asked: /版型|宽松|修身|偏大|偏小|紧不紧|显瘦|oversize|\bfit\b|loose|slim|tight|baggy/i,
  },
  thickness: {
    zh: '厚薄',
    en: 'thickness',
    asked: /厚|薄|透不透|透吗|透光|保暖|冷不冷|热不热|thick|thin|see-through|sheer|warm/i,
  },
  elasticity: { zh: '弹性', en: 'stretch', asked: /弹|伸缩|stretch|elastic/i },
  origin: {
    zh: '产地',
    en: 'origin',
    asked: /产地|哪里产|哪产|哪里生产|国产|进口|origin|made in|where.*made|imported/i,
  },
  length: { zh: '长度', en: 'length', asked: /衣长|裤长|裙长|多长|长度|\blength\b|how long/i },
  dimensions: {
    zh: '尺寸',
    en: 'dimensions',
    asked: /尺寸|多大|大小|规格|长宽|dimension|how big|\bsize of\b/i,
  },
  shrinkage: { zh: '缩水', en: 'shrinkage', asked: /缩水|缩|shrink/i },
  pilling: { zh: '起球', en: 'pilling', asked: /起球|起毛|pill/i },
  function: {
    zh: '功能',
    en: 'function',
    asked: /防晒|速干|防水|防风|透气|吸汗|upf|waterproof|quick.?dry|breathable|uv/i,
  },
  fabric_weight: { zh: '克重', en: 'fabric weight', asked: /克重|几克|gsm|g\/m/i },
  capacity: { zh: '容量', en: 'capacity', asked: /容量|多少毫升|\bml\b|capacity|how much.*hold/i },
  weight: { zh: '重量', en: 'weight', asked: /多重|重量|轻不轻|\bweigh/i },
  heel_height: { zh: '跟高', en: 'heel height', asked: /跟高|鞋跟|heel/i },
  sole: { zh: '鞋底', en: 'sole', asked: /鞋底|防滑|\bsole\b|slip/i },
  upper: { zh: '鞋面', en: 'upper', asked: /鞋面|\bupper\b/i },
  lining: { zh: '里衬', en: 'lining', asked: /里衬|内衬|里布|lining/i },
  fill_weight: { zh: '充绒量', en: 'fill weight', asked: /充绒|含绒|绒量|fill/i },
  thread_count: { zh: '支数', en: 'thread count', asked: /支数|密度|thread count/i },
  ironing: { zh: '熨烫', en: 'ironing', asked: /熨|iron/i },
  hygiene: { zh: '卫生说明', en: 'hygiene', asked: /卫生|贴身|hygien/i },
  fits_shoe_size: { zh: '适合鞋码', en: 'fits shoe sizes', asked: /鞋码|shoe size/i },
};

/** The attribute's name in a reply. */
export function attributeLabel(key: string, lang: Lang): string {
  return ATTRIBUTES[key]?.[lang] ?? key.replace(/_/g, ' ');
}

/** Attribute keys the question is about, most specific first (a key named outright counts). */
export function askedAttributes(written: string, keys: readonly string[] = []): string[] {
  const text = normalizeText(written);
  const known = Object.entries(ATTRIBUTES)
    .filter(([, w]) => w.asked.test(text))
    .map(([key]) => key);
  const lower = text.toLowerCase();
  const named = keys.filter((k) => k.length > 2 && lower.includes(k.replace(/_/g, ' ')));
  return [...new Set([...named, ...known])];
}

/** Attributes a short summary shows, in this order, when the question names none. */
export const SUMMARY_KEYS = [
  'material',
  'fit',
  'thickness',
  'elasticity',
  'function',
  'dimensions',
];
