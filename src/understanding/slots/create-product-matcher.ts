/**
 * The product slot: the first product word in the message (longest at its position), as the
 * customer wrote it, from a built-in list of product types plus catalogue words. A material
 * written right before it belongs to it (linen shirt, 亚麻衬衫); a part of a shoe (鞋底, shoe
 * size), one shoe of a pair (left shoe) and words that are not products there (多少钱包邮,
 * "iron it", "top of the morning") are skipped.
 */
import { EN_NEED_DETERMINER, EN_PRODUCTS, MATERIALS, ZH_PRODUCTS } from './product-words.ts';

/** Finds product words; `addWords` teaches it catalogue names. */
export interface ProductMatcher {
  match(text: string, display: string): string | undefined;
  addWords(words: readonly string[]): void;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /^[a-z0-9][a-z0-9 '-]*$/;
const MATERIAL = `(?:(?:${MATERIALS.filter((m) => LATIN.test(m)).join('|')})\\s+|(?:${MATERIALS.filter(
  (m) => !LATIN.test(m),
)
  .map(escape)
  .join('|')})\\s?)?`;
const NEED_DETERMINER = new Set(EN_NEED_DETERMINER);
const DETERMINER = /\b(?:the|this|that|my|a|an|your|these|those|which|new|our)\s+$/;
// 鞋底 / 鞋跟 / 鞋码 are parts or measures of a shoe; "shoe size" too.
const SHOE_PART = /^(?:底|跟|面|码|垫|带|盒|舌|帮|头|柜)|^\s*sizes?\b/;
const ONE_OF_A_PAIR = /(?:\b(?:left|right|one)\s+|左右|左|右)$/;
const WEIGHED_MATERIAL = /(?:\b(?:or|vs\.?|and)|和|或|还是)\s*$/;
const NOT_A_WALLET = { before: /[少多到]$/, after: /^(?:邮|余额)/ };

/** English plural endings: shirts, dresses (never "hat" + "es" in "hates"). */
function plural(word: string): string {
  return /(?:s|sh|ch|x|z)$/.test(word) ? '(?:es)?' : 's?';
}

/** One alternation, longest first, so 连衣裙 wins over 裙 and "down jacket" over "jacket". */
function compile(words: Set<string>): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) =>
      LATIN.test(w) ? `\\b${escape(w).replace(/ /g, '[\\s-]?')}${plural(w)}\\b` : escape(w),
    );
  return new RegExp(`${MATERIAL}(?:${alternatives.join('|')})`, 'g');
}

/** Whether the match at `at` (without its material) is really a product here. */
function acceptable(text: string, word: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const bare = word.replace(/(?:es|s)$/, '');
  if ((NEED_DETERMINER.has(word) || NEED_DETERMINER.has(bare)) && !DETERMINER.test(before))
    return false;
  if (/鞋$|^shoes?$/.test(word) && (SHOE_PART.test(after) || ONE_OF_A_PAIR.test(before)))
    return false;
  if (word === '钱包' && (NOT_A_WALLET.before.test(before) || NOT_A_WALLET.after.test(after)))
    return false;
  return true;
}

/** Creates a matcher over the built-in words and `extraWords`. */
export function createProductMatcher(extraWords: readonly string[] = []): ProductMatcher {
  const words = new Set([...ZH_PRODUCTS, ...EN_PRODUCTS]);
  let pattern = compile(words);
  const addWords = (more: readonly string[]) => {
    for (const w of more) {
      const word = w.trim().toLowerCase();
      if (word.length > 0 && word.length < 60) words.add(word);
    }
    pattern = compile(words);
  };
  addWords(extraWords);
  const materialPrefix = new RegExp(`^${MATERIAL}`);
  return {
    addWords,
    match: (text, display) => {
      for (const m of text.matchAll(pattern)) {
        // "cotton or linen shirt": the material is one of two weighed, not part of the name.
        const weighed = WEIGHED_MATERIAL.test(text.slice(0, m.index));
        const material = materialPrefix.exec(m[0])?.[0].length ?? 0;
        const start = m.index + material;
        const end = m.index + m[0].length;
        if (!acceptable(text, m[0].slice(material), start, end)) continue;
        // Simplified and written text align character for character; slice what was written.
        const from = weighed ? start : m.index;
        const written =
          display.length === text.length ? display.slice(from, end) : m[0].slice(from - m.index);
        return written.trim();
      }
      return undefined;
    },
  };
}
