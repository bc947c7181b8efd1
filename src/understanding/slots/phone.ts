/**
 * Phone numbers: an 11-digit mainland mobile (1[3-9]…), spaced or dashed, or only its last
 * four digits (尾号1234 / 后四位 / last 4 digits 1234).
 */

const MOBILE = /(?<![\d])(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?![\d])/g;
const LAST4 =
  /(?:尾号|尾数|后4位|后4码|末4位|末4码|最后4位|last\s*(?:4|four)(?:\s*digits?)?|ending|ends|end\s*(?:in|with))[^\d]{0,20}?(?<!\d)(\d{4})(?!\d)/;

/** The 11-digit mobile number, or the last four digits when only those are given. */
export function extractPhone(
  numeric: string,
  orderId?: string,
): { phone?: string; phone_last4?: string } {
  for (const m of numeric.matchAll(MOBILE)) {
    const phone = `${m[1]}${m[2]}${m[3]}`;
    if (phone !== orderId && !(orderId ?? '').includes(phone)) return { phone };
  }
  const last4 = LAST4.exec(numeric);
  return last4?.[1] ? { phone_last4: last4[1] } : {};
}
