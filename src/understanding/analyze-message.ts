/**
 * The rule-based half of understanding, shared by training and prediction: normalise, segment,
 * extract slots and escalation signals, and turn it all into model features.
 */
import type { Slots } from '../domain/understanding.ts';
import { detectEscalation, type EscalationSignals } from './escalation/detect-escalation.ts';
import { extractFeatures } from './extract-features.ts';
import type { Segmenter } from './create-segmenter.ts';
import { normalize, type NormalizedText } from './normalize.ts';
import type { ProductMatcher } from './slots/create-product-matcher.ts';
import { extractSlots } from './slots/extract-slots.ts';

/** Everything the rules read from one message. */
export interface MessageAnalysis {
  normalized: NormalizedText;
  slots: Slots;
  signals: EscalationSignals;
  features: number[];
}

/** The tools the analysis needs; both learn catalogue words. */
export interface Analyzers {
  segmenter: Segmenter;
  products: ProductMatcher;
}

/** Analyses one message; `shopping` lets a bare amount count as a budget. */
export function analyzeMessage(text: string, tools: Analyzers, shopping = false): MessageAnalysis {
  const normalized = normalize(text);
  const slots = extractSlots(normalized, tools.products, shopping);
  const signals = detectEscalation(normalized.text, normalized.cased, normalized.emoji);
  const words = normalized.hasCjk ? tools.segmenter.cut(normalized.text) : [];
  const features = extractFeatures(normalized, words, slots, signals);
  return { normalized, slots, signals, features };
}
