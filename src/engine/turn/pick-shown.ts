/**
 * Resolves a reference to something just shown: "第二个", "2", "the second one", "最后一个",
 * "this one"/"这个" (when only one was shown), or an id that was in the list.
 */

const ORDINALS: Array<[RegExp, number]> = [
  [/第\s*(?:一|1)\s*(?:个|件|单|款|笔|项)?|\bfirst\b|\b1st\b/i, 0],
  [/第\s*(?:二|2)\s*(?:个|件|单|款|笔|项)?|\bsecond\b|\b2nd\b/i, 1],
  [/第\s*(?:三|3)\s*(?:个|件|单|款|笔|项)?|\bthird\b|\b3rd\b/i, 2],
  [/第\s*(?:四|4)\s*(?:个|件|单|款|笔|项)?|\bfourth\b|\b4th\b/i, 3],
  [/第\s*(?:五|5)\s*(?:个|件|单|款|笔|项)?|\bfifth\b|\b5th\b/i, 4],
];
const LAST = /最后一|\blast (?:one|order|item)\b/i;
const THIS =
  /这个|這個|这件|這件|这单|這單|那个|那個|就它|\bthis one\b|\bthat one\b|\bthat\b|\bit\b/i;

/** The shown id the text points at, or null. */
export function pickShown(text: string, ids: readonly string[]): string | null {
  const t = text.trim();
  const lower = t.toLowerCase();
  const byId = ids.find((id) => lower.includes(id.toLowerCase()));
  if (byId) return byId;
  const bare = /^\s*#?([1-9])\s*[.。!！]?\s*$/.exec(t);
  if (bare) return ids[Number(bare[1]) - 1] ?? null;
  for (const [pattern, index] of ORDINALS) if (pattern.test(t)) return ids[index] ?? null;
  if (LAST.test(t)) return ids.at(-1) ?? null;
  if (ids.length === 1 && THIS.test(t)) return ids[0] ?? null;
  return null;
}
