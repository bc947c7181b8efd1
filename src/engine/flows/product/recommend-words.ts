/**
 * What a recommendation request asks for beyond the budget: whom it is for (男朋友 → men's or
 * unisex items) and the occasion or season words, widened to the catalogue's own words
 * (夏天 → summer, 薄, 透气, 速干 …) which only count where a product really has them.
 */
import type { Product } from '../../../domain/bundle.ts';
import { normalizeText } from '../../catalog/catalog-tokens.ts';

/** Whom the item is for, when the message says. */
export type Audience = 'men' | 'women' | null;

const MEN =
  /男朋友|男友|老公|爸爸|父亲|老爸|哥哥|弟弟|儿子|男生|男士|男款|boyfriend|husband|\bdad\b|father|brother|\bson\b|\bhim\b|\bmen'?s?\b|\bmale\b/i;
const WOMEN =
  /女朋友|女友|老婆|妈妈|母亲|老妈|姐姐|妹妹|女儿|女生|女士|女款|girlfriend|\bwife\b|\bmum\b|\bmom\b|mother|sister|daughter|\bher\b|women'?s?|female/i;

const WIDEN: Array<[RegExp, string]> = [
  [/夏|summer|hot weather|炎热/i, 'summer 夏季 薄款 透气 速干 冰丝 凉感 防晒'],
  [/冬|winter|保暖|warm/i, 'winter 冬季 保暖 加绒 羽绒'],
  [/秋|autumn|fall\b/i, 'autumn 秋季 春秋'],
  [/礼物|送(?!货|达|到|回)|gift|present/i, 'gift'],
  [/运动|健身|跑步|sport|gym|running|workout/i, 'sports 运动 速干'],
  [/上班|通勤|职场|office|work/i, 'office 商务'],
  [/家居|居家|home/i, 'home 家居'],
];

/** Whom the request is for. */
export function audienceOf(written: string): Audience {
  const text = normalizeText(written);
  if (MEN.test(text)) return 'men';
  if (WOMEN.test(text)) return 'women';
  return null;
}

/** Whether `product` suits the audience: its own tag or unisex (a product for the other is out). */
export function suits(product: Product, audience: Audience): boolean {
  if (!audience) return true;
  const tags = product.tags ?? [];
  return tags.includes(audience) || tags.includes('unisex');
}

/** The search words for the request: the message plus the catalogue words it implies. */
export function recommendWords(written: string): string {
  const text = normalizeText(written);
  // Numbers here are budgets or body sizes, not catalogue words (200以内 ≠ 200克).
  const words = text.replace(/\d+(?:\.\d+)?/g, ' ');
  return [words, ...WIDEN.filter(([re]) => re.test(text)).map(([, words]) => words)].join(' ');
}
