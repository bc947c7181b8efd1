/**
 * Quantities: a number with a measure word (两件 → 2, 一条毛巾 → 1) or an English count
 * (two of them, 3 pairs). Durations and sizes (两个月, 大一个码) are not quantities.
 */

const MEASURE =
  '件|个|条|双|套|只|盒|瓶|包|台|份|顶|副|支|张|本|箱|袋|对|把|枚|杯|片|罐|桶|组|样|款';
const ZH = new RegExp(
  `(?<![\\d.第大小细前后每])(\\d{1,3})\\s*(?:${MEASURE})(?!\\s*(?:月|天|小时|星期|礼拜|工作日|码|号|人|问题|钟|多月))`,
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
  both: 2,
  pair: 1,
};
const EN =
  /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:them|these|those|the\s+\w+)|pieces?|items?|pairs?|units?|sets?|pcs|[a-z]+(?:shirts|dresses|jeans|shoes|sneakers|socks|jackets|hoodies|sweaters|coats|pants|towels|bottles|cups|mugs|hats|bags|boots))\b/;
// "一件" in passing (换一件, 一张发票) carries no count; after 取消 / 退 / 少 it does.
const ONE_COUNTS =
  /(?:取消|退|少了?|少给了?|多|漏发?了?|缺了?|只有|其中|买了|拍了|(?:碎|坏|破|烂|裂|摔坏|摔碎)了?)\s*$/;
const ACTION = /(?:退|取消|换|其中)[的了掉]?\s*$/;

/** The number of items meant: the count next to 退/取消/换, else the largest stated. */
export function extractQuantity(numeric: string, text: string): number | undefined {
  const found = [...numeric.matchAll(ZH)]
    .map((m) => ({ n: Number(m[1]), before: numeric.slice(Math.max(0, m.index - 4), m.index) }))
    .filter(({ n, before }) => (n > 1 ? n < 1000 : n === 1 && ONE_COUNTS.test(before)));
  const acted = found.find(({ before }) => ACTION.test(before));
  if (acted) return acted.n;
  if (found.length > 0) return Math.max(...found.map(({ n }) => n));
  const en = EN.exec(text);
  if (!en?.[1]) return undefined;
  return EN_NUMBERS[en[1]] ?? Number(en[1]);
}
