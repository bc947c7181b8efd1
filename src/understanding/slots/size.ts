/**
 * Sizes (XS…XXXL, 2XL → XXL, shoe and waist sizes said as numbers, 均码 → ONE_SIZE) and the
 * direction of a wanted change (大一码 → up, one size down → down).
 *
 * When several sizes are named, the wanted one is the first after the last "want" word that
 * still has a size after it (用这件S换一件M → M; you sent XL, I ordered M → M; got S instead
 * of the L → L); otherwise the first one named. None when the customer hesitates (S还是M).
 */
import { digitizeChineseNumbers } from '../digitize-chinese-numbers.ts';

interface Mention {
  at: number;
  size: string;
}

const NUMBERED_XL = /(?<![a-z\d])([2-5])\s*xl(?![a-z])/gi;
const LETTER = /(?<![A-Za-z\d.])(XXXL|XXL|XL|XS|S|M|L)(?![A-Za-z])/g;
// Lower case only where it cannot be a word: next to 码/号, after size / 穿 / 换, or xs / xl.
const LOWER =
  /(?:size[\s:：]+|尺码|码数|穿|着|换成?|要|拿)\s*(xxxl|xxl|xl|xs|s|m|l)(?![a-z])|(?<![a-z])(xxxl|xxl|xl|xs|s|m|l)\s*(?:码|号)|(?<![a-z\d])(xxxl|xxl|xl|xs)(?![a-z])/g;
// Shoe and waist sizes: 42码 / 30码 / 42的鞋 / 换成37的 / size 42 / swap for 41 / wear a 43 / the 36.
const NUMERIC =
  /(?<![\d.])(2[4-9]|3\d|4[0-8])\s*码|(?<![\d.])(3[5-9]|4[0-8])\s*号|(?<![\d.])(3[5-9]|4[0-6])\s*(?:的鞋|鞋|的(?=$|[\s,，。?？!！吗呢啊]))|(?:size(?: to)?|eu|鞋码?|尺码|穿|着|换成?|改成|拿|要买?|买的|(?:swap|change|exchange)(?: it| them)?(?: for| to)(?: an?)?|wear(?: an?)?|the|in|for an?)\s*(3[5-9]|4[0-6])(?![\d.%]|\s*(?:days?|bucks|back|off|less|dollars?|rmb|蚊|天|块|元|分钟|mins?|minutes?|hours?|kg|cm|岁|years?|号楼|%))/g;
const WORDS: [RegExp, string][] = [
  [
    /均码|均[1一]尺寸|one[\s-]?size(?!\s*(?:up|down|bigger|smaller|larger))|free\s*size/,
    'ONE_SIZE',
  ],
  [/(?:extra|x)[\s-]?large/, 'XL'],
  [/(?:extra|x)[\s-]?small/, 'XS'],
];
// medium / large / small as a size: after the / a / any / in / for, or before a pause; not as
// a description (too small, fits small, runs large) nor of other things (small orders).
const WORD_SIZE =
  /(?<!too |so |very |bit |little |is |are |'s |runs? |fits? |slightly |way )\b(medium|large|small)\b(?!\s+(?:orders?|items?|parcels?|packages?|print|business|amount|fee|issue|problem|things?|details?|claims?|gift|stuff|batch)\b)/g;
const WORD_CONTEXT = /(?:\b(?:the|a|any|in|for|usually|normally|chose|ordered|wear|got)|换)\s*$/;
const WORD_AFTER =
  /^\s*(?:$|[,.?!;]|size|one|instead|please|pls|for|and|or|in|fit|would|will|is|left|available|ok|okay|sold|big|small)/;
const WORD_TO_SIZE: Record<string, string> = { medium: 'M', large: 'L', small: 'S' };
const ALTERNATIVES =
  /(?:xxxl|xxl|xl|xs|s|m|l|\d{2})\s*(?:码|号)?\s*(?:还是|或者|or|定係?|定系|\/)\s*(?:xxxl|xxl|xl|xs|s|m|l|\d{2})(?![a-z\d])/i;
// Words after which the size named is the one wanted.
const WANT =
  /换|改成|要|拿|\bto\b|\bfor\b|\bordered\b|\bchose\b|\bpicked\b|\binstead of\b|\bwant(?:ed)?\b|\bprefer\b/g;

/** Every size named, with its position in `numeric` (same length as its cased form). */
function mentions(casedNumeric: string, numeric: string): Mention[] {
  const found: Mention[] = [];
  // T恤 / TEE are not sizes: blank them out, keeping positions.
  const plain = casedNumeric.replace(/T恤|TEE/gi, (m) => ' '.repeat(m.length));
  for (const m of plain.matchAll(NUMBERED_XL)) {
    const n = Number(m[1]);
    found.push({ at: m.index, size: n === 2 ? 'XXL' : n === 3 ? 'XXXL' : `${n}XL` });
  }
  const taken = (at: number) => found.some((f) => Math.abs(f.at - at) <= 1);
  for (const m of plain.matchAll(LETTER))
    if (!taken(m.index)) found.push({ at: m.index, size: m[1] ?? '' });
  for (const m of numeric.matchAll(LOWER)) {
    const size = (m[1] ?? m[2] ?? m[3] ?? '').toUpperCase();
    const at = m.index + m[0].toLowerCase().lastIndexOf(size.toLowerCase());
    if (!found.some((f) => f.at === at)) found.push({ at, size });
  }
  for (const m of numeric.matchAll(NUMERIC)) {
    const size = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    found.push({ at: m.index + m[0].lastIndexOf(size), size });
  }
  for (const m of numeric.matchAll(WORD_SIZE)) {
    const before = numeric.slice(Math.max(0, m.index - 12), m.index);
    const after = numeric.slice(m.index + m[0].length);
    if (WORD_CONTEXT.test(before) || WORD_AFTER.test(after))
      found.push({ at: m.index, size: WORD_TO_SIZE[m[1] ?? ''] ?? '' });
  }
  return found.filter((f) => f.size).sort((a, b) => a.at - b.at);
}

/** The size the customer names; none when they hesitate between two (S还是M). */
export function extractSize(cased: string, numeric: string): string | undefined {
  if (ALTERNATIVES.test(numeric)) return undefined;
  for (const [re, size] of WORDS) if (re.test(numeric)) return size;
  const casedNumeric = digitizeChineseNumbers(cased);
  const found =
    casedNumeric.length === numeric.length
      ? mentions(casedNumeric, numeric)
      : mentions(numeric, numeric);
  if (found.length <= 1) return found[0]?.size;
  const wants = [...numeric.matchAll(WANT)].map((m) => m.index + m[0].length).reverse();
  for (const from of wants) {
    const wanted = found.find((f) => f.at >= from);
    if (wanted) return wanted.size;
  }
  return found[0]?.size;
}

// A bigger / smaller size than the one worn, without naming it. Not 多大码 / 最大码 (a
// question, the largest), nor 有大码吗 (plus sizes), nor a hesitation (大一码还是正常码).
const NOT_CHOICE =
  '(?!\\s*(?:还是|或者|\\bor\\b)\\s*(?:正常|标准|平时|原来|原本|大|小|细|[smlx]\\b|\\d))';
const UP = new RegExp(
  [
    `(?<![多最])(?:大|加大|放大)\\s*(?:1|一|半)\\s*个?\\s*(?:码|号|size)${NOT_CHOICE}`,
    `(?:换|改)(?:个|成|1个)?\\s*大\\s*(?:点|1点|些|1些)?\\s*(?:的|码|号|size)${NOT_CHOICE}`,
    '(?:one|a|1)\\s*size\\s*(?:up|bigger|larger)|size\\s*up\\b|(?<!(?:the|much)\\s)\\b(?:bigger|larger)\\s*(?:size|one|pair)',
    'go\\s*up\\s*a\\s*size|size\\s*(?:bigger|larger)|next\\s*size(?!\\s*(?:down|smaller))',
  ].join('|'),
);
const DOWN = new RegExp(
  [
    `(?<![多最])(?:小|细|改小)\\s*(?:1|一|半)\\s*个?\\s*(?:码|号|size)${NOT_CHOICE}`,
    `(?:换|改)(?:个|成|1个)?\\s*(?:小|细)\\s*(?:点|1点|些|1些)?\\s*(?:的|码|号|size)${NOT_CHOICE}`,
    '(?:one|a|1)\\s*size\\s*(?:down|smaller)|size\\s*down\\b|(?<!(?:the|much)\\s)\\bsmaller\\s*(?:size|one|pair)',
    'go\\s*down\\s*a\\s*size|size\\s*smaller|next\\s*size\\s*(?:down|smaller)',
  ].join('|'),
);

/** `up` or `down` when a bigger or smaller size is wanted; the later one when both are said. */
export function extractSizeDirection(numeric: string): 'up' | 'down' | undefined {
  const up = UP.exec(numeric);
  const down = DOWN.exec(numeric);
  if (up && down) return up.index > down.index ? 'up' : 'down';
  return up ? 'up' : down ? 'down' : undefined;
}
