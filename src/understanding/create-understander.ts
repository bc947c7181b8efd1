/**
 * The understanding engine's public API: one message (plus the previous intent) in, an
 * Understanding out — intent, slots, frustration, escalation. Synchronous and pure once the
 * model is loaded; no language model and no network.
 */
import type { Intent, Understanding } from '../domain/understanding.ts';
import { analyzeMessage, type Analyzers } from './analyze-message.ts';
import type { CorpusLine } from './corpus-line.ts';
import { createSegmenter } from './create-segmenter.ts';
import { decisiveIntent } from './cues/decisive-cues.ts';
import { decideIntent, LOW_CONFIDENCE, MIN_PROBABILITY } from './decide-intent.ts';
import { escalationCause } from './escalation/detect-escalation.ts';
import { FEATURE_VERSION } from './extract-features.ts';
import { intentAt, predict, type LinearModel, type Mix } from './linear-model.ts';
import { loadModel } from './load-model.ts';
import { looksLikeJunk } from './looks-like-junk.ts';
import { createProductMatcher } from './slots/create-product-matcher.ts';
import { TRAINER_VERSION, trainModel } from './train-model.ts';
import { normalize } from './normalize.ts';

/** Options of {@link createUnderstander}. */
export interface UnderstanderOptions {
  /** Folder with train.*.jsonl (default: the shipped data/nlu). */
  corpusDir?: string;
  /** Where trained weights are cached (default: var/nlu-model). */
  cacheDir?: string;
  /** Catalogue words (product names) for segmentation and the product slot. */
  extraWords?: string[];
  /** Use these lines instead of reading the corpus (evaluation); nothing is cached then. */
  trainingLines?: CorpusLine[];
}

/** Reads customer messages. */
export interface Understander {
  understand(text: string, context?: { previousIntent?: Intent }): Understanding;
  addWords(words: string[]): void;
}

/** Intents where a bare amount (两百块) is a budget rather than a refund or a price paid. */
export const SHOPPING_INTENTS: ReadonlySet<Intent> = new Set([
  'recommend',
  'compare',
  'price_promotion',
  'stock',
  'product_info',
]);
const JUNK = { intent: 'other', confidence: 0.05 } as const;
// The learned escalation score overrides the lexicons only when it is this sure.
const MODEL_ESCALATION = 0.9;

/** Trains on corpus lines with the rule features of the given tools. */
export function trainOnLines(lines: readonly CorpusLine[], tools: Analyzers): LinearModel {
  return trainModel(
    lines.map((line) => ({
      features: analyzeMessage(line.text, tools).features,
      intent: line.intent,
      escalate: line.escalate,
    })),
  );
}

function understandWith(
  model: LinearModel,
  tools: Analyzers,
  text: string,
  previousIntent?: Intent,
  mix?: Mix,
): Understanding {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const first = analyzeMessage(input, tools);
  const { probs, escalation, coverage } = predict(model, first.features, mix);
  const junk = looksLikeJunk(first.normalized);
  const decided = junk
    ? JUNK
    : decideIntent(probs, coverage, previousIntent, decisiveIntent(first.normalized.text));
  const { intent, confidence } = unsureHuman(decided, first.signals.asked_human, probs);
  const slots = SHOPPING_INTENTS.has(intent)
    ? analyzeMessage(input, tools, true).slots
    : first.slots;
  const { signals, normalized } = first;
  const cause = escalationCause(signals) ?? (intent === 'human_agent' ? 'asked_human' : null);
  const escalate = cause !== null || (!junk && escalation >= MODEL_ESCALATION);
  return {
    text: input,
    intent,
    confidence,
    slots,
    frustration: signals.frustration,
    escalate,
    escalation_cause: cause ?? (escalate ? 'anger' : null),
    language: normalized.hasCjk ? 'zh' : 'en',
    script: normalized.script,
  };
}

/** Asking for a person hands the chat over at once, so the model alone must be sure of it. */
const SURE_HUMAN = 0.6;

function unsureHuman(
  decided: { intent: Intent; confidence: number },
  lexiconSaysHuman: boolean,
  probs: Float64Array,
): { intent: Intent; confidence: number } {
  if (decided.intent !== 'human_agent' || lexiconSaysHuman || decided.confidence >= SURE_HUMAN) {
    return decided;
  }
  const ranked = [...probs.keys()].sort((a, b) => (probs[b] ?? 0) - (probs[a] ?? 0));
  const next = ranked.find((k) => intentAt(k) !== 'human_agent');
  const p = next === undefined ? 0 : (probs[next] ?? 0);
  const confidence = Math.round(Math.min(p, LOW_CONFIDENCE) * 1000) / 1000;
  return {
    intent: next !== undefined && p >= MIN_PROBABILITY ? intentAt(next) : 'other',
    confidence,
  };
}

/** The answer for input the engine could not read at all: never an exception. */
function fallback(text: unknown): Understanding {
  return {
    text: typeof text === 'string' ? text : '',
    intent: 'other',
    confidence: 0,
    slots: {},
    frustration: 0,
    escalate: false,
    escalation_cause: null,
    language: 'en',
    script: 'latin',
  };
}

/** The segmenter and product matcher, taught catalogue words. */
export function createAnalyzers(extraWords: readonly string[] = []): Analyzers {
  const extra = extraWords.map((w) => normalize(w).text);
  return { segmenter: createSegmenter(extra), products: createProductMatcher(extra) };
}

/**
 * An understander over a trained model; `mix` overrides how the two intent models are mixed
 * (cross-validation tunes it without retraining).
 */
export function understanderFromModel(
  model: LinearModel,
  tools: Analyzers,
  mix?: Mix,
): Understander {
  return {
    understand: (text, context) => {
      try {
        return understandWith(model, tools, text, context?.previousIntent, mix);
      } catch {
        return fallback(text);
      }
    },
    addWords: (words) => {
      const simplified = words.map((w) => normalize(w).text);
      tools.segmenter.addWords(simplified);
      tools.products.addWords(simplified);
    },
  };
}

/** Creates an understander, loading (or training and caching) the model. */
export function createUnderstander(options: UnderstanderOptions = {}): Understander {
  const extra = (options.extraWords ?? []).map((w) => normalize(w).text);
  const tools = createAnalyzers(options.extraWords);
  const model = options.trainingLines
    ? trainOnLines(options.trainingLines, tools)
    : loadModel({
        corpusDir: options.corpusDir,
        cacheDir: options.cacheDir,
        version: `${FEATURE_VERSION}\0${TRAINER_VERSION}\0${[...extra].sort().join('\n')}`,
        train: (lines) => trainOnLines(lines, tools),
      });
  return understanderFromModel(model, tools);
}
