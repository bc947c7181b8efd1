/**
 * Budgets: 200以内 / 两百块左右 / 不超过300 / 300到500之间 (the upper bound) / under 200 /
 * around $200 / under two hundred → 200. A bare amount (两百块) counts only where the customer
 * is shopping (`loose`), not when quoting a refund, and never as a price gap (贵一百块).
 */
const CURRENCY = '(?:元|块钱?|蚊|rmb|¥)';
const RANGE = new RegExp(
  `(?<![\\d.])\\d{2,6}\\s*${CURRENCY}?\\s*(?:到|至|-|~|～)\\s*(\\d{2,6})\\s*${CURRENCY}?\\s*(?:之间|以内|左右)?`,
);
const BOUNDED = new RegExp(
  `(?<![\\d.])(\\d{2,6})\\s*${CURRENCY}?\\s*(?:以内|以下|之内|左右|上下|内|出头|封顶)|(?:不超过|不要超过|别超过|不高于|低于|最多|预算|价位|价格在)\\s*(?:是|在|大概|为)?\\s*[¥$]?\\s*(\\d{2,6})`,
);
// Not an amount: 15 days, 70% off, 80 kilos.
const NOT_MONEY =
  '(?!\\d|\\.\\d|\\s*(?:%|percent|days?|weeks?|months?|years?|kilos?|kg|lbs?|pounds|cm))';
const EN_BOUNDED = new RegExp(
  `\\b(?:under|below|less than|within|around|about|up to|max(?:imum)?|no more than|budget(?: of| is)?(?: around| about)?)\\s*(?:\\$|usd|rmb|¥|cny)?\\s*(\\d{2,6})${NOT_MONEY}|\\$?(\\d{2,6})\\s*(?:dollars?|bucks|usd|rmb)?\\s*(?:or less|max|budget|tops)`,
);
const LOOSE = new RegExp(
  `(?<![\\d.]|贵|便宜|差了?|多了?|少了?)(\\d{2,6})\\s*(?:元|块钱?|蚊|rmb|dollars?|bucks)|[¥$]\\s*(\\d{2,6})`,
);

const EN_UNITS: Record<string, number> = {
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
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const EN_AMOUNT =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s+(hundred|thousand))?\b/g;

/** English amounts in words to digits (two hundred → 200, fifty → 50). */
function englishAmounts(text: string): string {
  return text.replace(EN_AMOUNT, (whole, unit: string, scale?: string) => {
    const n = EN_UNITS[unit] ?? 0;
    if (!scale) return n >= 20 ? String(n) : whole;
    return String(n * (scale === 'hundred' ? 100 : 1000));
  });
}

/** The budget the customer states; `loose` also accepts a bare amount. */
export function extractBudget(numeric: string, loose: boolean): number | undefined {
  const text = englishAmounts(numeric);
  const range = RANGE.exec(text);
  if (range?.[1]) return Number(range[1]);
  const m = BOUNDED.exec(text) ?? EN_BOUNDED.exec(text) ?? (loose ? LOOSE.exec(text) : null);
  const value = m?.[1] ?? m?.[2];
  return value ? Number(value) : undefined;
}
