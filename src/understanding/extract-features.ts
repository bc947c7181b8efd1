/**
 * Features of one message for the intent model: jieba words and word bigrams, character
 * 1–3-grams of the simplified text, English stems, stem bigrams and in-word character
 * 3–4-grams (typo tolerance), intent cues from the domain lexicons (cues/), and a few
 * engineered flags (slots found, escalation signals, punctuation). Bump FEATURE_VERSION whenever the output for a text changes.
 */
import type { Slots } from '../domain/understanding.ts';
import { addCueFeatures, CUES_VERSION, englishStems } from './cues/find-intent-cues.ts';
import type { EscalationSignals } from './escalation/detect-escalation.ts';
import { hashFeature } from './hash-feature.ts';
import type { NormalizedText } from './normalize.ts';
import { synonymOf } from './english-synonyms.ts';
import { stemEnglish } from './stem-english.ts';

/** Part of the model cache key: trained weights are only valid for this feature code. */
export const FEATURE_VERSION = `f6-${CUES_VERSION}`;

const CJK = /[\u3400-\u9fff]/;
const PUNCT_OR_SPACE = /^[\s\p{P}\p{S}]+$/u;

/** Collapses the text to what character n-grams should see: digit runs → 0, Latin words → a. */
function shape(text: string): string {
  return text
    .replace(/\d+/g, '0')
    .replace(/[a-z]+/g, 'a')
    .replace(/[^\u3400-\u9fff0a?!]+/g, ' ');
}

function addChineseFeatures(
  add: (f: string) => void,
  text: string,
  words: readonly string[],
): void {
  const kept = words
    .filter((w) => !PUNCT_OR_SPACE.test(w))
    .map((w) => (/^\d+$/.test(w) ? `#${Math.min(w.length, 12)}` : w));
  let previous = '<s>';
  for (const w of kept) {
    add(`w:${w}`);
    add(`b:${previous}|${w}`);
    previous = w;
  }
  if (kept.length > 0) add(`b:${previous}|</s>`);
  const s = shape(text);
  for (let i = 0; i < s.length; i++) {
    for (let n = 1; n <= 3 && i + n <= s.length; n++) {
      const gram = s.slice(i, i + n);
      if (gram.trim().length === n && (n > 1 || CJK.test(gram))) add(`c:${gram}`);
    }
  }
}

function addEnglishFeatures(add: (f: string) => void, text: string): void {
  const tokens = text.match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  const stems = tokens.map(stemEnglish);
  let previous = '<s>';
  let previousSynonym = '<s>';
  stems.forEach((stem, i) => {
    const token = tokens[i] ?? '';
    add(`e:${stem}`);
    add(`eb:${previous}|${stem}`);
    const synonym = synonymOf(stem, stems[i + 1]) ?? stem;
    if (synonym !== stem || previousSynonym !== previous) {
      add(`es:${synonym}`);
      add(`esb:${previousSynonym}|${synonym}`);
    }
    previous = stem;
    previousSynonym = synonym;
    const padded = `<${token}>`;
    for (let n = 3; n <= 4; n++)
      for (let i = 0; i + n <= padded.length; i++) add(`ec:${padded.slice(i, i + n)}`);
  });
  if (tokens.length > 0) add(`eb:${previous}|</s>`);
}

function addFlags(
  add: (f: string) => void,
  n: NormalizedText,
  slots: Slots,
  signals: EscalationSignals,
): void {
  for (const key of Object.keys(slots)) add(`slot:${key}`);
  for (const key of ['asked_human', 'anger', 'threat', 'safety_money'] as const)
    if (signals[key]) add(`sig:${key}`);
  if (/\?|吗|么|呢/.test(n.text)) add('flag:question');
  if (/!/.test(n.text)) add('flag:exclaim');
  for (const e of n.emoji.slice(0, 5)) add(`emoji:${e}`);
  const length = n.text.length;
  add(`len:${length < 4 ? 0 : length < 10 ? 1 : length < 25 ? 2 : 3}`);
  add('bias');
}

/** Returns the distinct hashed feature indices of one message. */
export function extractFeatures(
  n: NormalizedText,
  words: readonly string[],
  slots: Slots,
  signals: EscalationSignals,
): number[] {
  const indices = new Set<number>();
  const add = (f: string) => indices.add(hashFeature(f));
  addChineseFeatures(add, n.text, words);
  addEnglishFeatures(add, n.text);
  addFlags(add, n, slots, signals);
  addCueFeatures(add, n.text, englishStems(n.text));
  return [...indices];
}
