/**
 * The shop's FAQ entry for a general question (起球, 缩水, 洗, 包装, 会员 …): first by the topic
 * words below mapped to FAQ tags, then by a catalogue-style search of the questions, accepted
 * only when at least two words meet so a stray word does not pick an unrelated answer.
 */
import MiniSearch from 'minisearch';
import type { Faq, Text } from '../../../domain/bundle.ts';
import type { ShopSnapshot } from '../../../domain/ports.ts';
import { catalogTokens, normalizeText, queryTerms } from '../../catalog/catalog-tokens.ts';

const TOPICS: Array<[RegExp, string]> = [
  [/起球|起毛|pill/i, 'pilling'],
  [/缩水|shrink/i, 'shrink'],
  [/掉色|褪色|染色|fade|bleed/i, 'color'],
  [/礼品包装|包装|贺卡|gift.?wrap|wrapping|\bcard\b/i, 'gift'],
  [/礼品卡|gift.?card/i, 'gift_card'],
  [/会员|积分|member|points/i, 'membership'],
  [/付款|支付|花呗|payment|\bpay\b/i, 'payment'],
  [/补货|到货|restock|back in stock/i, 'restock'],
  [/尺码|选码|\bsize/i, 'size'],
  [/洗|care|wash/i, 'care'],
  [/香港|澳门|台湾|港澳台|hong ?kong|\bhk\b|macau|macao|taiwan/i, 'hong_kong'],
  [/新疆|西藏|青海|内蒙|偏远|remote/i, 'remote'],
  [/快递|顺丰|中通|courier|carrier/i, 'carrier'],
  [/几天|多久.*到|时效|deliver|how long/i, 'delivery'],
  [/运费|包邮|邮费|shipping fee|free shipping/i, 'shipping'],
];

const indexes = new WeakMap<ShopSnapshot, MiniSearch>();

const texts = (t: Text): string => (typeof t === 'string' ? t : Object.values(t).join(' '));

function faqIndex(shop: ShopSnapshot): MiniSearch {
  let index = indexes.get(shop);
  if (!index) {
    index = new MiniSearch({
      fields: ['q', 'tags'],
      tokenize: catalogTokens,
      processTerm: (t) => t,
    });
    index.addAll(shop.faq.map((f) => ({ id: f.id, q: texts(f.q), tags: f.tags.join(' ') })));
    indexes.set(shop, index);
  }
  return index;
}

/** The FAQ entry answering `text`, or null. `prefer` narrows to entries with one of those tags. */
export function faqAnswer(shop: ShopSnapshot, text: string, prefer: string[] = []): Faq | null {
  const plain = normalizeText(text);
  const tags = TOPICS.filter(([re]) => re.test(plain)).map(([, tag]) => tag);
  const tagged = (f: Faq) => prefer.length === 0 || f.tags.some((t) => prefer.includes(t));
  for (const tag of tags) {
    const found = shop.faq.find((f) => f.tags.includes(tag) && tagged(f));
    if (found) return found;
  }
  const terms = queryTerms(text);
  if (terms.size === 0) return null;
  const [best] = faqIndex(shop)
    .search([...terms.keys()].join(' '), {
      tokenize: (q) => q.split(' '),
      processTerm: (t) => t,
      boostTerm: (t) => terms.get(t) ?? 1,
    })
    .filter((r) => r.terms.length >= 2);
  const found = best ? shop.faq.find((f) => f.id === best.id) : undefined;
  return found && tagged(found) ? found : null;
}
