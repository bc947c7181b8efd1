/**
 * The intent model: a multinomial logistic regression over hashed features, averaged with a
 * multinomial Naive Bayes over the same features, plus a logistic escalation score. Prediction
 * is two sparse dot products and two softmaxes.
 */
import { INTENTS, type Intent } from '../domain/understanding.ts';
import { FEATURE_DIM } from './hash-feature.ts';

/** Trained weights. `intent` is laid out feature-major: weight of (feature f, class k) at f*K+k. */
export interface LinearModel {
  intent: Float32Array;
  escalation: Float32Array;
  /** 1 where a feature occurred in training; unseen features say the text is unfamiliar. */
  seen: Uint8Array;
  /** Naive Bayes log-likelihoods, feature-major like `intent`, and the class log-priors. */
  bayes: Float32Array;
  bayesPrior: Float32Array;
}

/** Share of the Naive Bayes probabilities in the intent probabilities (tuned by CV, 0002). */
export const BAYES_WEIGHT = 0.3;
/** Naive Bayes scores are divided by this before their softmax (NB is overconfident). */
export const BAYES_TEMPERATURE = 4;

/** How the two intent models are mixed; the defaults above unless tuning. */
export interface Mix {
  weight: number;
  temperature: number;
}
const DEFAULT_MIX: Mix = { weight: BAYES_WEIGHT, temperature: BAYES_TEMPERATURE };

/** Number of intent classes (the contract's fixed list). */
export const CLASS_COUNT = INTENTS.length;

/** An untrained model: every class equally likely. */
export function emptyModel(): LinearModel {
  return {
    intent: new Float32Array(FEATURE_DIM * CLASS_COUNT),
    escalation: new Float32Array(FEATURE_DIM),
    seen: new Uint8Array(FEATURE_DIM),
    bayes: new Float32Array(FEATURE_DIM * CLASS_COUNT),
    bayesPrior: new Float32Array(CLASS_COUNT),
  };
}

/** Softmax in place, numerically stable. */
export function softmax(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    scores[k] = Math.exp((scores[k] ?? 0) - max);
    sum += scores[k] ?? 0;
  }
  for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) / sum;
  return scores;
}

/** Raw class scores of one feature vector (binary features scaled by `value`). */
export function scoreIntents(
  model: LinearModel,
  features: readonly number[],
  value: number,
): Float64Array {
  const scores = new Float64Array(CLASS_COUNT);
  for (const f of features) {
    const base = f * CLASS_COUNT;
    for (let k = 0; k < CLASS_COUNT; k++)
      scores[k] = (scores[k] ?? 0) + (model.intent[base + k] ?? 0) * value;
  }
  return scores;
}

/** The value every present feature takes: 1/√n keeps long and short messages on one scale. */
export const featureValue = (count: number) => (count > 0 ? 1 / Math.sqrt(count) : 0);

/** Naive Bayes class probabilities: prior plus the log-likelihoods of the seen features. */
function bayesProbs(model: LinearModel, features: readonly number[], temperature: number) {
  const scores = Float64Array.from(model.bayesPrior);
  for (const f of features) {
    if (!model.seen[f]) continue;
    const base = f * CLASS_COUNT;
    for (let k = 0; k < CLASS_COUNT; k++)
      scores[k] = (scores[k] ?? 0) + (model.bayes[base + k] ?? 0);
  }
  for (let k = 0; k < CLASS_COUNT; k++) scores[k] = (scores[k] ?? 0) / temperature;
  return softmax(scores);
}

/** Intent probabilities and the escalation probability of one message. */
export function predict(
  model: LinearModel,
  features: readonly number[],
  mix: Mix = DEFAULT_MIX,
): { probs: Float64Array; escalation: number; coverage: number } {
  const value = featureValue(features.length);
  const probs = softmax(scoreIntents(model, features, value));
  if (mix.weight > 0) {
    const bayes = bayesProbs(model, features, mix.temperature);
    for (let k = 0; k < CLASS_COUNT; k++)
      probs[k] = (1 - mix.weight) * (probs[k] ?? 0) + mix.weight * (bayes[k] ?? 0);
  }
  let z = 0;
  let seen = 0;
  for (const f of features) {
    z += (model.escalation[f] ?? 0) * value;
    seen += model.seen[f] ?? 0;
  }
  return {
    probs,
    escalation: 1 / (1 + Math.exp(-z)),
    coverage: features.length ? seen / features.length : 0,
  };
}

/** The intent at a class index. */
export const intentAt = (k: number): Intent => INTENTS[k] ?? 'other';
