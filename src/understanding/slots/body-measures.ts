/**
 * Height and weight for size advice: 175 / 175cm / 1米75 / 1.75m / 5'9" → 175 cm;
 * 70kg / 140斤 (½ kg) / 154lb → 69.9 kg (one decimal).
 */

const LB_TO_KG = 0.45359237;
const round1 = (n: number) => Math.round(n * 10) / 10;

const METRE_CHINESE = /(?<!\d)([12])\s*米\s*(\d{1,2})(?!\d)/;
const METRE_DECIMAL = /(?<![\d.])([12]\.\d{1,2})\s*(?:m|米|metres?|meters?)(?![a-z])/;
const METRE_BARE = /(?<![\d.])(1\.[4-9]\d?)(?![\d.]|\s*(?:kg|斤|lb|万|元|块|倍))/;
// Children's heights too (宝宝90cm); a foot length (26cm) is below the range.
// Other body measures (胸围 96cm, waist 76cm) are not a height.
const CENTIMETRE =
  /(?<![\d.])(?<!(?:chest|bust|waist|hips?|foot|length|围|肩宽|脚长)\s*(?:is|是|:|：)?\s*)([5-9]\d|1\d\d|2[0-2]\d)(?:\.\d)?\s*(?:cm|厘米|公分|centimet)/;
const FEET =
  /(?<![\d.])([3-7]|three|four|five|six|seven)\s*(?:'|’|′|ft|feet|foot|英尺|呎|尺)\s*(\d{1,2})?(?:\s*(?:"|”|″|''|in(?:ch(?:es)?)?))?(?![\d])/;
const FEET_WORDS: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7 };
const KEYWORDED_HEIGHT =
  /(?:身高|个子|height)\s*[:：是]?\s*(?:有|大概|约)?\s*([5-9]\d|1\d\d|2[01]\d)(?![\d.])|(?:高|i'm|i am|tall|he's|she's|he is|she is)\s*[:：是]?\s*(1[4-9]\d|2[01]\d)(?![\d.])|(?<![\d.])(1[4-9]\d|20\d)\s*的?(?:个子|身高)/;
// A bare height is read without a weight only when the message is about sizes.
const SIZE_TALK = /穿|码|号|size|fit/;
const BARE_HEIGHT =
  /(?<![\d.#$¥])(1[4-9]\d|20\d)(?![\d.%]|\s*(?:元|块|蚊|斤|kg|lb|磅|pound|kilo|公斤|g|克|号|码|件|天|ml|rmb|\$|块钱|多|cm|days?|orders?|items?))/;

/** The customer's height in centimetres, if given. */
export function extractHeight(numeric: string, hasWeight: boolean): number | undefined {
  const chinese = METRE_CHINESE.exec(numeric);
  if (chinese?.[2]) {
    const rest = chinese[2].length === 1 ? Number(chinese[2]) * 10 : Number(chinese[2]);
    return Number(chinese[1]) * 100 + rest;
  }
  const decimal = METRE_DECIMAL.exec(numeric);
  if (decimal?.[1]) return Math.round(Number(decimal[1]) * 100);
  const cm = CENTIMETRE.exec(numeric);
  if (cm?.[1]) return Number(cm[1]);
  const feet = FEET.exec(numeric);
  if (feet?.[1]) {
    const ft = FEET_WORDS[feet[1]] ?? Number(feet[1]);
    return Math.round((ft * 12 + Number(feet[2] ?? 0)) * 2.54);
  }
  const keyworded = KEYWORDED_HEIGHT.exec(numeric);
  const said = keyworded?.[1] ?? keyworded?.[2] ?? keyworded?.[3];
  if (said) return Number(said);
  if (!hasWeight) {
    const bare = SIZE_TALK.test(numeric) ? BARE_HEIGHT.exec(numeric) : null;
    return bare?.[1] ? Number(bare[1]) : undefined;
  }
  const metres = METRE_BARE.exec(numeric);
  if (metres?.[1]) return Math.round(Number(metres[1].padEnd(4, '0')) * 100);
  const bare = BARE_HEIGHT.exec(numeric);
  return bare?.[1] ? Number(bare[1]) : undefined;
}

const KG = /(?<![\d.])(\d{2,3}(?:\.\d+)?)\s*(?:kg|公斤|千克|kilos?|kilograms?)(?![a-z])/;
const JIN = /(?<![\d.])(\d{2,3}(?:\.\d+)?)\s*斤/;
const LB = /(?<![\d.])(\d{2,3}(?:\.\d+)?)\s*(?:lbs?|pounds?|磅)(?![a-z])/;
const STONE = /(?<![\d.])(\d{1,2})(?:\s*stone|\s+st)\b/;
const KEYWORDED_WEIGHT = /(?:体重|weigh(?:t|s)?)\s*[:：是]?\s*(\d{2,3}(?:\.\d+)?)(?![\d])/;
// Chinese weights said without a unit are in 斤 (体重120, 1米82 140): more than any adult's kg.
const JIN_WITHOUT_UNIT = 100;
const AFTER_HEIGHT =
  /(?:[12]米\d{0,2}|1[4-9]\d|20\d)(?:cm|厘米|公分)?\s*[,，、 ]\s*(?:体重)?\s*(\d{2,3})(?![\d.]|\s*(?:元|块|码|号|cm|厘米|公分))/;

/** The customer's weight in kilograms (one decimal), if given. */
export function extractWeight(numeric: string): number | undefined {
  const kg = KG.exec(numeric);
  if (kg?.[1]) return round1(Number(kg[1]));
  const jin = JIN.exec(numeric);
  if (jin?.[1]) return round1(Number(jin[1]) / 2);
  const lb = LB.exec(numeric);
  if (lb?.[1]) return round1(Number(lb[1]) * LB_TO_KG);
  const stone = STONE.exec(numeric);
  if (stone?.[1]) return round1(Number(stone[1]) * 6.35029318);
  const keyworded = KEYWORDED_WEIGHT.exec(numeric);
  const chinese = /[\u3400-\u9fff]/.test(numeric);
  const value = Number(keyworded?.[1] ?? (chinese ? AFTER_HEIGHT.exec(numeric)?.[1] : undefined));
  if (!Number.isFinite(value) || value === 0) return undefined;
  return round1(chinese && value >= JIN_WITHOUT_UNIT ? value / 2 : value);
}
