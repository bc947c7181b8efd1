/**
 * Budgets: 200以内 / 两百块左右 / 不超过300 / under 200 / around $200 → 200. A bare amount
 * (两百块) counts only where the customer is shopping (`loose`), not when quoting a refund.
 */

const BOUNDED =
  /(?<![\d.])(\d{2,6})\s*(?:元|块钱?|rmb|¥)?\s*(?:以内|以下|之内|左右|上下|内|出头|封顶)|(?:不超过|不要超过|别超过|不高于|低于|最多|预算|价位|价格在)\s*(?:是|在|大概|为)?\s*[¥$]?\s*(\d{2,6})/;
const EN_BOUNDED =
  /\b(?:under|below|less than|within|around|about|up to|max(?:imum)?|no more than|budget(?: of| is)?)\s*(?:\$|usd|rmb|¥|cny)?\s*(\d{2,6})|\$?(\d{2,6})\s*(?:dollars?|bucks|usd|rmb)?\s*(?:or less|max|budget|tops)/;
const LOOSE = /(?<![\d.])(\d{2,6})\s*(?:元|块钱?|rmb|dollars?|bucks)|[¥$]\s*(\d{2,6})/;

/** The budget the customer states; `loose` also accepts a bare amount. */
export function extractBudget(numeric: string, loose: boolean): number | undefined {
  const m =
    BOUNDED.exec(numeric) ?? EN_BOUNDED.exec(numeric) ?? (loose ? LOOSE.exec(numeric) : null);
  const value = m?.[1] ?? m?.[2];
  return value ? Number(value) : undefined;
}
