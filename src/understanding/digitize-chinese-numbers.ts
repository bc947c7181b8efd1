/**
 * Chinese number words to digits, so slot rules only need to read digits:
 * 一米七五 → 1米75, 一百四十斤 → 140斤, 两件 → 2件, 三百五 → 350.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
const RUN = /[零〇一二两三四五六七八九十百千万]+/g;

/** Reads a run with units (二十五, 一百零五, 三百五 = 350 as said colloquially). */
function readWithUnits(run: string): number | null {
  let total = 0;
  let section = 0;
  let pending: number | null = null;
  let lastUnit = 1;
  for (const ch of run) {
    const digit = DIGITS[ch];
    if (digit !== undefined) {
      pending = digit;
      continue;
    }
    const unit = UNITS[ch] ?? 1;
    if (unit === 10000) {
      total += (section + (pending ?? 0)) * unit;
      section = 0;
    } else {
      section += (pending ?? 1) * unit;
    }
    pending = null;
    lastUnit = unit;
  }
  // A trailing digit after a unit is one place lower: 三百五 = 350, 一千二 = 1200.
  const tail =
    pending === null
      ? 0
      : lastUnit > 1 && !run.includes('零')
        ? (pending * lastUnit) / 10
        : pending;
  const value = total + section + tail;
  return Number.isFinite(value) ? value : null;
}

/** Converts one run of numerals; digit-by-digit when it has no unit (七五 → 75, 一六二 → 162). */
function convertRun(run: string): string {
  const hasUnit = /[十百千万]/.test(run);
  if (!hasUnit) return [...run].map((ch) => String(DIGITS[ch] ?? '')).join('');
  if (/^[百千万]/.test(run)) return run;
  const value = readWithUnits(run);
  return value === null ? run : String(value);
}

/**
 * Replaces Chinese number words in `text` with Arabic digits. A run right after Arabic digits is
 * set apart by a middle dot (not a space: spaced order numbers are read whole), so it is never
 * glued onto them (订单202506150026一直 → …0026·1直).
 */
export function digitizeChineseNumbers(text: string): string {
  return text.replace(RUN, (run, at: number) => {
    const digits = convertRun(run);
    return at > 0 && /\d/.test(text[at - 1] ?? '') && /^\d/.test(digits) ? `·${digits}` : digits;
  });
}
