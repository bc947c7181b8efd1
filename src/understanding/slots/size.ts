/**
 * Sizes (XS…XXXL, 2XL → XXL, shoe sizes 35–46 said with 码/号/size, 均码 → ONE_SIZE) and the
 * direction of a wanted change when no size is named (大一码 → up, one size down → down).
 */

const NUMBERED_XL = /(?<![a-z\d])([2-5])\s*xl(?![a-z])/i;
const LETTER = /(?<![A-Za-z])(XXXL|XXL|XL|XS|S|M|L)(?![A-Za-z])/g;
const LOWER_IN_CONTEXT =
  /(?:size|尺码|码数|穿)\s*(xxxl|xxl|xl|xs|s|m|l)(?![a-z])|(?<![a-z])(xxxl|xxl|xl|xs|s|m|l)\s*(?:码|号)/;
const SHOE =
  /(?:(?<!\d)(3[5-9]|4[0-6])\s*(?:码|号|的鞋|鞋)|(?:size|eu|鞋码?|尺码)\s*(3[5-9]|4[0-6])(?!\d))/;
const WORDS: [RegExp, string][] = [
  [/均码|one[\s-]?size(?!\s*(?:up|down|bigger|smaller|larger))|free\s*size/, 'ONE_SIZE'],
  [/(?:extra|x)[\s-]?large/, 'XL'],
  [/(?:extra|x)[\s-]?small/, 'XS'],
];
const WORD_SIZE =
  /(?<!too |so |very |bit |little |is |are |'s |runs? )\b(medium|large|small)\b(?=\s*(?:$|[,.?!;]|size|one|instead|please|pls|for|and|or|in|fit|would|will|is))/;
const WORD_TO_SIZE: Record<string, string> = { medium: 'M', large: 'L', small: 'S' };
const ALTERNATIVES =
  /(?:xxxl|xxl|xl|xs|s|m|l|\d{2})\s*(?:码)?\s*(?:还是|或者|or)\s*(?:xxxl|xxl|xl|xs|s|m|l|\d{2})\b/i;

/** Reads a letter size written in capitals (or lower case next to 码/size). */
function letterSize(cased: string, text: string): string | undefined {
  const numbered = NUMBERED_XL.exec(cased);
  if (numbered?.[1])
    return `${'X'.repeat(Number(numbered[1]))}L`.replace('XXXXXL', '5XL').replace('XXXXL', '4XL');
  const plain = cased.replace(/T恤|TEE/gi, ' ');
  const upper = [...plain.matchAll(LETTER)];
  // After 换成 / change to, the size named is the wanted one (用这件S换一件M → M).
  const change = /换|改成|\bto\b|\bfor\b/.exec(plain);
  const wanted = change ? upper.find((m) => m.index > change.index) : undefined;
  if (wanted?.[1] ?? upper[0]?.[1]) return wanted?.[1] ?? upper[0]?.[1];
  const lower = LOWER_IN_CONTEXT.exec(text);
  const found = lower?.[1] ?? lower?.[2];
  return found?.toUpperCase();
}

/** The size the customer names; none when they hesitate between two (S还是M). */
export function extractSize(cased: string, text: string, numeric: string): string | undefined {
  if (ALTERNATIVES.test(cased)) return undefined;
  for (const [re, size] of WORDS) if (re.test(text)) return size;
  const letter = letterSize(cased, text);
  if (letter) return letter;
  const shoe = SHOE.exec(numeric);
  if (shoe) return shoe[1] ?? shoe[2];
  const word = WORD_SIZE.exec(text);
  return word?.[1] ? WORD_TO_SIZE[word[1]] : undefined;
}

const UP =
  /(?:大|加大|放大)(?:1|一|半)?个?(?:码|号|size)|换(?:个|成)?大(?:点|一点|些)?的?码|大(?:码|号)的|(?:one|a|1)\s*size\s*(?:up|bigger|larger)|size\s*up|(?:bigger|larger)\s*(?:size|one)|go\s*up\s*a\s*size|size\s*(?:bigger|larger)/;
const DOWN =
  /(?:小|细|改小)(?:1|一|半)?个?(?:码|号|size)|换(?:个|成)?小(?:点|一点|些)?的?码|(?:one|a|1)\s*size\s*(?:down|smaller)|size\s*down|smaller\s*(?:size|one)|go\s*down\s*a\s*size|size\s*smaller/;

/** `up` or `down` when a bigger or smaller size is wanted without naming it. */
export function extractSizeDirection(numeric: string): 'up' | 'down' | undefined {
  const up = UP.exec(numeric);
  const down = DOWN.exec(numeric);
  if (up && down) return up.index < down.index ? 'up' : 'down';
  return up ? 'up' : down ? 'down' : undefined;
}
