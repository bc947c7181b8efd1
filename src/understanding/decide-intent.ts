/**
 * From class probabilities to the reported intent and confidence (thresholds documented in
 * docs/decisions/0002-understanding-model.md).
 */
import { INTENTS, type Intent } from '../domain/understanding.ts';
import { intentAt } from './linear-model.ts';

/** Below this top probability nothing is reasonably likely: the intent is `other`. */
export const MIN_PROBABILITY = 0.2;
/** Below this share of features seen in training the text is unfamiliar: `other`. */
export const MIN_COVERAGE = 0.1;
/** A top-two margin below this caps the confidence: the message is ambiguous. */
export const MIN_MARGIN = 0.15;
/** Confidence reported for ambiguous or unfamiliar messages never exceeds this. */
export const LOW_CONFIDENCE = 0.5;
/** Weight given to the previous turn's intent when the message alone is unsure. */
const CONTEXT_PRIOR = 0.25;
/** Weight given to the intent a decisive phrase names (cues/decisive-cues.ts) when unsure. */
const DECISIVE_PRIOR = 0.5;
/** A message is unsure for a decisive phrase below this top probability. */
const DECISIVE_UNSURE = 0.7;

/** Adds `weight` to class `k` and renormalises. */
function tip(p: Float64Array, k: number, weight: number): void {
  p[k] = (p[k] ?? 0) + weight;
  const sum = p.reduce((a, b) => a + b, 0);
  for (let i = 0; i < p.length; i++) p[i] = (p[i] ?? 0) / sum;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Picks the intent; `previousIntent` and the intent of a decisive phrase (`decisive`) tip the
 * balance only for unsure messages.
 */
export function decideIntent(
  probs: Float64Array,
  coverage: number,
  previousIntent?: Intent,
  decisive?: Intent,
): { intent: Intent; confidence: number } {
  const p = Float64Array.from(probs);
  const top0 = Math.max(...p);
  const named = decisive ? INTENTS.indexOf(decisive) : -1;
  if (named >= 0 && top0 < DECISIVE_UNSURE) tip(p, named, DECISIVE_PRIOR);
  const previous = previousIntent ? INTENTS.indexOf(previousIntent) : -1;
  if (previous >= 0 && previousIntent !== 'other' && top0 < LOW_CONFIDENCE)
    tip(p, previous, CONTEXT_PRIOR);
  const ranked = [...p.keys()].sort((a, b) => (p[b] ?? 0) - (p[a] ?? 0));
  const best = ranked[0] ?? 0;
  const top = p[best] ?? 0;
  const margin = top - (p[ranked[1] ?? 0] ?? 0);
  if (coverage < MIN_COVERAGE || top < MIN_PROBABILITY) {
    return { intent: 'other', confidence: round(Math.min(top, coverage, LOW_CONFIDENCE) / 2) };
  }
  const confidence = margin < MIN_MARGIN ? Math.min(top, LOW_CONFIDENCE) : top;
  return { intent: intentAt(best), confidence: round(confidence) };
}
