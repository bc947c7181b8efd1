/**
 * The product slot: the first product word in the message (longest at its position), as the
 * customer wrote it, from a built-in list of product types plus catalogue words.
 */
import { EN_PRODUCTS, ZH_PRODUCTS } from './product-words.ts';

/** Finds product words; `addWords` teaches it catalogue names. */
export interface ProductMatcher {
  match(text: string, display: string): string | undefined;
  addWords(words: readonly string[]): void;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation, longest first, so 连衣裙 wins over 裙 and "down jacket" over "jacket". */
function compile(words: Set<string>): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) =>
      /^[a-z0-9][a-z0-9 '-]*$/.test(w)
        ? `\\b${escape(w).replace(/ /g, '[\\s-]?')}(?:s|es)?\\b`
        : escape(w),
    );
  return new RegExp(alternatives.join('|'));
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
  return {
    addWords,
    match: (text, display) => {
      const m = pattern.exec(text);
      if (!m) return undefined;
      // Simplified and written text align character for character; slice what was written.
      const written =
        display.length === text.length ? display.slice(m.index, m.index + m[0].length) : m[0];
      return written.trim();
    },
  };
}
