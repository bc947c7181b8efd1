/**
 * Quantities: a number with a measure word (两件 → 2, 一条毛巾 → 1) or an English count
 * (2 hoodies, two of them, buy 10, 1 instead of 2). Durations and sizes (两个月, 大一个码),
 * product names (四件套), thresholds (满199包邮), the two things compared (这两款哪个好, 两只
 * 不一样大), a duplicate order (拍了两次，取消一个) and "one of them" are not quantities.
 */
const MEASURE =
  '件|个|条|双|套|只|盒|瓶|包|台|份|顶|副|支|张|本|箱|袋|对|把|枚|杯|片|罐|桶|组|样|款';
// What a measure word must not be followed by: time, sizes, people, and nouns that are not
// the items (两张发票, 两个包裹, 两个链接, 四个字, 四件套, 满199包邮).
const NOT_ITEMS =
  '月|天|小时|星期|礼拜|工作日|码|号|人|问题|钟|多月|字|价|颜色|色|链接|包裹|单|订单|发票|票|袖|裤腿|邮|套(?!装)|次|地址|尺码';
const ZH = new RegExp(
  `(?<![\\d.第大小细前后每])(\\d{1,3})\\s*(?:${MEASURE})(?!\\s*(?:${NOT_ITEMS}))`,
  'g',
);
const EN_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  twenty: 20,
  both: 2,
};
const EN_COUNT = '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)';
const EN_SMALL_COUNT = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)';
// Plural nouns after a number that do not count items.
const NOT_ITEM_WORDS =
  'days|weeks|months|years|hours|hrs|minutes|mins|seconds|times|sizes|digits|numbers|stars|dollars|bucks|pounds|lbs|kilos|kgs|inches|degrees|percent|yuan|rmb|hkd|usd|euros|versions|colou?rs|orders|emails|messages|calls|links|pages|weekdays|ways|people|kids|children|coupons|vouchers|codes|charges|payments|parcels|packages|deliveries|shipments|reviews|refunds|complaints|accounts|addresses|cards|this|less|pls|plz|does|goes|plus|thanks|always|unless|perhaps|across|yes|its|has|was|his|hers|ours|yours|theirs|us|as';
// A word between the count and the noun: an adjective (12 identical tees), not a preposition.
const MIDDLE =
  '(?:(?!(?:in|at|on|to|for|of|and|or|but|is|are|was|instead|pls|please|ago|more|less|left|right)\\b)[a-z]+\\s+)?';
const EN_PATTERNS: RegExp[] = [
  // 2 of the bowls / two of them (one of them points at one item, it does not count)
  new RegExp(`\\b${EN_COUNT}\\s+of\\s+(?:them|these|those|the|my)\\b`, 'g'),
  // 2 hoodies / 12 identical tees / 3 t-shirts / 2 pairs of jeans
  new RegExp(
    `(?<!\\b(?:size|wear|wear a|eu|at|is|now|refund)\\s+)\\b${EN_SMALL_COUNT}\\s+${MIDDLE}(?!(?:${NOT_ITEM_WORDS})\\b)([a-z][a-z-]*[a-z]s|pcs)\\b`,
    'g',
  ),
  // buy 10 / ordered 4 / if I buy two / instead of 2 / only 2 left
  new RegExp(
    `\\b(?:buy|buying|order(?:ed)?|get|need|want|instead\\s+of|only)\\s+${EN_COUNT}\\b(?!\\s*(?:%|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|times?|dollars?|bucks|stars?|off|back|pm|am|cm|kg|lbs?|size|get|pay|free)\\b|\\s*%|\\.\\d|\\s*(?:more|of\\s+(?:them|these|those|the)))`,
    'g',
  ),
];
// "一件" in passing (换一件, 一张发票) carries no count; after 取消 / 退 / 少 it does.
const ONE_COUNTS =
  /(?:取消|退|少(?:了|咗)?|少给了?|少寄|多|漏发了?|漏寄了?|缺了?|只有|买了|拍了|(?:碎|坏|破|烂|裂|摔坏|摔碎)了?)\s*$/;
const ACTION = /(?:退|取消|换)[的了掉]?\s*$/;
// Two of the same thing ordered twice: the one to cancel is an order, not a count.
const DUPLICATE =
  /[2两]次|重复下单|重复拍|拍重|[2两]张单|[2两]个(?:一样|订单)|twice|duplicate|double order/;
// Two things weighed against each other (这两款哪个好) or told apart (两只不一样大).
const COMPARED =
  /哪|边(?:个|只|对|件|款|张|条|双)|区别|差别|差在|差很多|差多少|差几|分别|对比|不一样|不同|唔同|一唔一样|长短不一|一样[吗么不]|谁更|\bcompa[ir]+(?:e|\b)|\bwhich\b|difference between|what'?s the difference|\bdifferent\b|the same|\bvs\b/;
const DEMONSTRATIVE = /[这那呢][\s]*$/;

/** A Chinese count, with the four characters before it. */
interface Found {
  n: number;
  before: string;
}

function englishCount(text: string): number | undefined {
  const counts: number[] = [];
  for (const re of EN_PATTERNS)
    for (const m of text.matchAll(re)) {
      const n = EN_NUMBERS[m[1] ?? ''] ?? Number(m[1]);
      if (Number.isFinite(n) && n > 1 && n < 1000) counts.push(n);
      else if (n === 1 && re === EN_PATTERNS[0] && /^\d/.test(m[1] ?? '')) counts.push(1);
    }
  return counts.length > 0 ? Math.max(...counts) : undefined;
}

/** The number of items meant: the count next to 退/取消/换, else the largest stated. */
export function extractQuantity(numeric: string, text: string): number | undefined {
  if (DUPLICATE.test(numeric)) return undefined;
  const compared = COMPARED.test(text);
  const found: Found[] = [...numeric.matchAll(ZH)]
    .map((m) => ({ n: Number(m[1]), before: numeric.slice(Math.max(0, m.index - 4), m.index) }))
    .filter(({ n, before }) => (n > 1 ? n < 1000 : n === 1 && ONE_COUNTS.test(before)))
    .filter(({ n, before }) => !(compared && n === 2 && !ACTION.test(before)))
    .filter(({ before }) => !/其中\s*$/.test(before) || DEMONSTRATIVE.test(before));
  const acted = found.find(({ before }) => ACTION.test(before));
  if (acted) return acted.n;
  if (found.length > 0) return Math.max(...found.map(({ n }) => n));
  return compared ? undefined : englishCount(text);
}
