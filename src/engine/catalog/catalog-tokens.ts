/**
 * Words for catalogue search. Chinese is cut with jieba and also into character bigrams (so a
 * partly written name still meets the title) plus each word's last character (the head noun:
 * 半身裙 → 裙, so 裙子 finds it); English becomes lower-case, roughly singular words. Text is
 * folded (NFKC) and traditional Chinese becomes simplified first, on both sides of the search.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[a-z0-9]+(?:[-'][a-z0-9]+)*/g;
// High frequency so a catalogue word wins over the general dictionary's split.
const USER_FREQ = 200000;

// Words that say nothing about which product is meant (checked after simplification).
const STOP = new Set(
  (
    '这个 这件 这款 那个 那件 那款 这条 那条 这双 那双 一下 有没 没有 有货 什么 怎么 多少 可以 ' +
    '推荐 适合 以下 以内 以上 左右 之间 还是 区别 不同 一样 比较 是不 觉得 请问 你们 我们 ' +
    // Shopping talk, not product names (活动 must not find 运动 by its last character).
    '优惠 活动 优惠活动 价格 价钱 多少钱 满减 折扣 打折 优惠券 券 包邮 运费 发货 快递 物流 退货 换货 ' +
    '尺码 码数 颜色 库存 补货 便宜 现在 今天 最近 东西 商品 宝贝 衣服 ' +
    'discount discounts promotion promotions promo sale deal deals coupon coupons code price prices ' +
    'the a an is are it its this that these those of for and or to in on with do does you your ' +
    'me my i any have has what which how much can could would there some one ones'
  ).split(' '),
);

// Single characters that jieba leaves alone but that name nothing (有, 吗, 好, 买 …).
const FUNCTION_CHARS = new Set([
  ...'有吗的了是呢吧啊呀哦会能要我你他她它么嘛好买送穿在和与跟还也都就给多少个件款条双哪啥什怎几不没很太更比用看想请问下一这那该从到被把让对为着过',
]);

let jieba: Jieba | null = null;
const taught = new Set<string>();

function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Teaches the segmenter catalogue words (category names, 't恤') so they stay whole. */
export function teachWords(words: readonly string[]): void {
  const fresh = words
    .map((w) => normalizeText(w).replace(/\s+/g, ''))
    .filter((w) => w.length > 1 && w.length < 20 && HAN.test(w) && !taught.has(w));
  if (fresh.length === 0) return;
  fresh.forEach((w) => taught.add(w));
  segmenter().loadDict(Buffer.from(`${fresh.map((w) => `${w} ${USER_FREQ}`).join('\n')}\n`));
}

/** Folded, simplified, lower-case text. */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase();
}

/** Roughly singular English: hoodies → hoodie, dresses → dress, jeans → jean (same on both sides). */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/(?:ss|us)$/.test(word)) return word;
  if (/(?:ses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

// Query-side weights: a whole word counts most, a bigram less, a lone head noun least.
const WORD = 1;
const BIGRAM = 0.6;
const HEAD = 0.3;

function hanTerms(word: string, query: boolean): Array<[string, number]> {
  const chars = [...word];
  const out: Array<[string, number]> = [[word, WORD]];
  for (let i = 0; i + 1 < chars.length; i++) out.push([`${chars[i]}${chars[i + 1]}`, BIGRAM]);
  // A customer's 裙子 / 裤子 / 鞋子 means the head noun 裙 / 裤 / 鞋.
  const head = chars.length === 2 && chars[1] === '子' && query ? chars[0] : chars.at(-1);
  if (head && chars.length > 1) out.push([head, HEAD]);
  return out;
}

function latinTokens(piece: string): string[] {
  const out: string[] = [];
  for (const word of piece.match(LATIN_WORD) ?? []) {
    const parts = word.split(/[-']/).filter((p) => p.length > 1);
    if (word.includes('-')) out.push(word.replace(/-/g, ''));
    out.push(...parts.map(singular));
  }
  return out;
}

function weighted(text: string, query: boolean): Map<string, number> {
  const normalized = normalizeText(text);
  const out = new Map<string, number>();
  const add = (term: string, weight: number) => {
    if (!STOP.has(term)) out.set(term, Math.max(out.get(term) ?? 0, weight));
  };
  for (const raw of segmenter().cut(normalized, true)) {
    const word = raw.trim();
    if (word && HAN.test(word) && !STOP.has(word) && !FUNCTION_CHARS.has(word)) {
      for (const [term, weight] of hanTerms(word, query)) add(term, weight);
    }
  }
  for (const term of latinTokens(normalized.replace(/\p{Script=Han}+/gu, ' '))) add(term, WORD);
  return out;
}

/** Terms a catalogue text is indexed under. */
export function catalogTokens(text: string): string[] {
  return [...weighted(text, false).keys()];
}

/** Terms of a customer's words with their weights (whole words count more than pieces). */
export function queryTerms(text: string): Map<string, number> {
  return weighted(text, true);
}
