/**
 * Finds the intent cues of one message (zh-intent-cues.ts, en-intent-cues.ts) and names them
 * as model features: `cue:<intent>` once per intent with a cue, `cue:<intent>:<cue>` per cue,
 * and the purchase aspect (`asp:after` / `asp:before`), alone and crossed with each cued
 * intent, since "broken" means damaged_item after a purchase but product_info before one.
 */
import { createHash } from 'node:crypto';
import type { Intent } from '../../domain/understanding.ts';
import { stemEnglish } from '../stem-english.ts';
import { EN_AFTER_PURCHASE, EN_BEFORE_PURCHASE, EN_INTENT_CUES } from './en-intent-cues.ts';
import { ZH_AFTER_PURCHASE, ZH_BEFORE_PURCHASE, ZH_INTENT_CUES } from './zh-intent-cues.ts';

/** A cue and what it points at: an intent, or a purchase aspect. */
interface Cue {
  /** Chinese: the substring; English: stems joined by single spaces. */
  text: string;
  words: readonly string[];
  label: string;
}

const TOKEN = /[a-z0-9]+(?:'[a-z]+)?/g;

/** Stems of the English words of a text, in order. */
export const englishStems = (text: string): string[] => (text.match(TOKEN) ?? []).map(stemEnglish);

/** Indexes cues by their first character (zh) or first stem (en). */
function indexCues(lists: [string, readonly string[]][], english: boolean): Map<string, Cue[]> {
  const index = new Map<string, Cue[]>();
  for (const [label, list] of lists) {
    for (const raw of list) {
      const words = english ? englishStems(raw.toLowerCase()) : [];
      const key = english ? words[0] : raw[0];
      if (!key) continue;
      const cue = { text: english ? words.join(' ') : raw, words, label };
      index.set(key, [...(index.get(key) ?? []), cue]);
    }
  }
  return index;
}

const lists = (
  cues: Record<Intent, readonly string[]>,
  after: readonly string[],
  before: readonly string[],
): [string, readonly string[]][] => [
  ...(Object.entries(cues) as [string, readonly string[]][]),
  ['@after', after],
  ['@before', before],
];

const ZH_LISTS = lists(ZH_INTENT_CUES, ZH_AFTER_PURCHASE, ZH_BEFORE_PURCHASE);
const EN_LISTS = lists(EN_INTENT_CUES, EN_AFTER_PURCHASE, EN_BEFORE_PURCHASE);
const ZH_INDEX = indexCues(ZH_LISTS, false);
const EN_INDEX = indexCues(EN_LISTS, true);

/** Digest of the lexicons, part of the model cache key: editing a cue retrains. */
export const CUES_VERSION = createHash('sha256')
  .update(JSON.stringify([ZH_LISTS, EN_LISTS]))
  .digest('hex')
  .slice(0, 12);

function matchChinese(text: string, found: (cue: Cue) => void): void {
  for (let i = 0; i < text.length; i++) {
    const candidates = ZH_INDEX.get(text[i] ?? '');
    if (candidates) for (const cue of candidates) if (text.startsWith(cue.text, i)) found(cue);
  }
}

function matchEnglish(stems: readonly string[], found: (cue: Cue) => void): void {
  for (let i = 0; i < stems.length; i++) {
    const candidates = EN_INDEX.get(stems[i] ?? '');
    if (!candidates) continue;
    for (const cue of candidates) if (cue.words.every((w, j) => stems[i + j] === w)) found(cue);
  }
}

/** Calls `add` with the cue features of a normalised text and its English stems. */
export function addCueFeatures(
  add: (feature: string) => void,
  text: string,
  stems: readonly string[],
): void {
  const intents = new Set<string>();
  const aspects = new Set<string>();
  const found = (cue: Cue) => {
    if (cue.label.startsWith('@')) aspects.add(cue.label.slice(1));
    else {
      intents.add(cue.label);
      add(`cue:${cue.label}:${cue.text}`);
    }
  };
  matchChinese(text, found);
  matchEnglish(stems, found);
  for (const aspect of aspects) add(`asp:${aspect}`);
  // No shop cue at all is itself a hint: off-topic chatter rather than an unknown complaint.
  if (![...intents].some((i) => i !== 'other')) add('cue:none');
  for (const intent of intents) {
    add(`cue:${intent}`);
    for (const aspect of aspects) add(`cue:${intent}^${aspect}`);
  }
}
