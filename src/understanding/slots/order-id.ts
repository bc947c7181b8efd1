/**
 * Order numbers: 10–20 digit runs, also spaced or dashed after an order keyword
 * (订单号 / # / order no.). An 11-digit number that looks like a mobile phone is not one
 * unless an order keyword names it.
 */

const KEYWORDED =
  /(?:订单号?|单号|订单编号|编号|order\s*(?:no\.?|number|id|#)?|#)\s*[:：是为]?\s*#?\s*(\d[\d\s-]{8,30}\d)/g;
const BARE = /(?<!\d)\d{10,20}(?!\d)/g;
// Digits typed in groups without a keyword: 1234 5678 9012 / 2025 0701 9988 77.
const GROUPED = /(?<![\d.])\d{4}(?:[ -]\d{4}){1,4}(?:[ -]\d{2,4})?(?![\d.])/g;
const PHONE_LIKE = /^1[3-9]\d{9}$/;

/** Finds the order number in digit-normalised text, without spaces or a leading #. */
export function extractOrderId(numeric: string): string | undefined {
  for (const m of numeric.matchAll(KEYWORDED)) {
    const digits = (m[1] ?? '').replace(/[\s-]/g, '');
    if (digits.length >= 8 && digits.length <= 20) return digits;
  }
  for (const m of numeric.matchAll(BARE)) {
    if (!PHONE_LIKE.test(m[0])) return m[0];
  }
  for (const m of numeric.matchAll(GROUPED)) {
    const digits = m[0].replace(/[\s-]/g, '');
    if (digits.length >= 10 && digits.length <= 20 && !PHONE_LIKE.test(digits)) return digits;
  }
  return undefined;
}
