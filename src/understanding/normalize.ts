/**
 * Normalisation of one customer message: repairs broken text, folds full-width characters
 * (NFKC), converts traditional to simplified Chinese (remembering which script was written),
 * lower-cases, sets emoji aside and provides a digits-only variant for slot rules.
 */
import * as OpenCC from 'opencc-js';
import type { Script } from '../domain/understanding.ts';
import { digitizeChineseNumbers } from './digitize-chinese-numbers.ts';

/** One message in the forms the rest of the engine reads. */
export interface NormalizedText {
  /** NFKC-folded input before script conversion: product names are cut from here, as written. */
  display: string;
  /** Simplified Chinese, original case. */
  cased: string;
  /** `cased`, lower-cased: what features and lexicons read. */
  text: string;
  /** `text` with Chinese number words turned into digits: what slot rules read. */
  numeric: string;
  script: Script;
  hasCjk: boolean;
  emoji: string[];
}

/** Longer messages are cut here: nothing a customer types needs more, and it keeps speed flat. */
export const MAX_CHARS = 2000;

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\uFEFF]/g;
const EMOJI =
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3]/gu;
const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/** Counts positions where `a` and `b` differ (the converters keep lengths for Chinese text). */
function changedChars(a: string, b: string): number {
  if (a.length !== b.length) return Math.abs(a.length - b.length) + 1;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/**
 * Traditional when more characters change going to simplified than going to traditional:
 * characters shared by both scripts (著, 乾) alone do not decide it.
 */
function detectScript(text: string, simplified: string, hasCjk: boolean): Script {
  if (!hasCjk) return 'latin';
  const traditionalOnly = changedChars(text, simplified);
  if (traditionalOnly === 0) return 'hans';
  const simplifiedOnly = changedChars(text, toTraditional(text));
  return traditionalOnly > simplifiedOnly ? 'hant' : 'hans';
}

/** Normalises one message; never throws, whatever the input. */
export function normalize(input: string): NormalizedText {
  const emoji: string[] = [];
  const display = String(input)
    .slice(0, MAX_CHARS)
    .replace(LONE_SURROGATE, ' ')
    .normalize('NFKC')
    .replace(CONTROL, ' ')
    .replace(EMOJI, (e) => {
      emoji.push(e);
      return ' ';
    })
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  const hasCjk = CJK.test(display);
  const cased = hasCjk ? toSimplified(display) : display;
  const text = cased.toLowerCase();
  const script = detectScript(display, cased, hasCjk);
  return { display, cased, text, numeric: digitizeChineseNumbers(text), script, hasCjk, emoji };
}
