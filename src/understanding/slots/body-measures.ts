/**
 * Height and weight for size advice: 175 / 175cm / 1米75 / 1.75m / 5'9" → 175 cm;
 * 70kg / 140斤 (½ kg) / 154lb → 69.9 kg (one decimal).
 */

const LB_TO_KG = 0.45359237;
const round1 = (n: number) => Math.round(n * 10) / 10;

const METRE_CHINESE = /(?<!\d)([12])\s*米\s*(\d{1,2})(?!\d)/;
const METRE_DECIMAL = /(?<![\d.])([12]\.\d{1,2})\s*(?:m|米|metres?|meters?)(?![a-z])/;
const METRE_BARE = /(?<![\d.])(1\.[4-9]\d?)(?![\d.]|\s*(?:kg|斤|lb|万|元|块|倍))/;
const CENTIMETRE = /(?<![\d.])(1[2-9]\d|2[0-2]\d)(?:\.\d)?\s*(?:cm|厘米|公分|centimet)/;
const FEET =
  /(?<!\d)([4-7])\s*(?:'|’|′|ft|feet|foot|尺)\s*(\d{1,2})?(?:\s*(?:"|”|″|''|in(?:ch(?:es)?)?))?(?![\d])/;
const KEYWORDED_HEIGHT =
  /(?:身高|高|个子|height|i'm|i am|tall)\s*[:：是]?\s*(1[4-9]\d|2[01]\d)(?![\d.])/;
const BARE_HEIGHT =
  /(?<![\d.#])(1[4-9]\d|20\d)(?![\d.]|\s*(?:元|块|斤|kg|lb|g|克|号|码|件|天|ml|rmb|\$|块钱|多|cm))/;

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
  if (feet?.[1]) return Math.round((Number(feet[1]) * 12 + Number(feet[2] ?? 0)) * 2.54);
  const keyworded = KEYWORDED_HEIGHT.exec(numeric);
  if (keyworded?.[1]) return Number(keyworded[1]);
  if (!hasWeight) return undefined;
  const metres = METRE_BARE.exec(numeric);
  if (metres?.[1]) return Math.round(Number(metres[1].padEnd(4, '0')) * 100);
  const bare = BARE_HEIGHT.exec(numeric);
  return bare?.[1] ? Number(bare[1]) : undefined;
}

const KG = /(?<![\d.])(\d{2,3}(?:\.\d+)?)\s*(?:kg|公斤|千克|kilos?|kilograms?)(?![a-z])/;
const JIN = /(?<![\d.])(\d{2,3}(?:\.\d+)?)\s*斤/;
const LB = /(?<![\d.])(\d{2,3}(?:\.\d+)?)\s*(?:lbs?|pounds?)(?![a-z])/;
const STONE = /(?<![\d.])(\d{1,2})\s*(?:stone|st)\b/;
const KEYWORDED_WEIGHT = /(?:体重|weigh(?:t|s)?)\s*[:：是]?\s*(\d{2,3}(?:\.\d+)?)(?![\d])/;

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
  return keyworded?.[1] ? round1(Number(keyworded[1])) : undefined;
}
