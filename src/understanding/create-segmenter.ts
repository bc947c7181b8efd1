/**
 * Chinese word segmentation (jieba) with the shop dictionary and catalogue words, so
 * 七天无理由, 运费险 or a product name come out as one word.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { SHOP_WORDS } from './shop-words.ts';

/** Cuts normalised (simplified, lower-cased) text into words. */
export interface Segmenter {
  cut(text: string): string[];
  addWords(words: readonly string[]): void;
}

// High frequency so a user word wins over the general dictionary's split.
const USER_FREQ = 200000;

/** Turns words into jieba's dictionary format, one `word freq` a line. */
function toDictLines(words: readonly string[]): Buffer {
  const lines = words
    .map((w) => w.trim().toLowerCase().replace(/\s+/g, ''))
    .filter((w) => w.length > 1 && w.length < 40)
    .map((w) => `${w} ${USER_FREQ}`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** Creates a segmenter with the shop words and `extraWords` loaded. */
export function createSegmenter(extraWords: readonly string[] = []): Segmenter {
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(toDictLines([...SHOP_WORDS, ...extraWords]));
  return {
    cut: (text) => (text ? jieba.cut(text, true) : []),
    addWords: (words) => {
      if (words.length > 0) jieba.loadDict(toDictLines(words));
    },
  };
}
