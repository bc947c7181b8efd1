/**
 * Scores predictions against a labelled set: intent accuracy (overall and per language),
 * per-intent precision / recall / F1, slot exact-match and per-slot accuracy, escalation
 * precision / recall and the most frequent confusions. Pure: used by `kefu nlu-report`.
 */
import { INTENTS, type Understanding } from '../domain/understanding.ts';
import type { CorpusLine } from './corpus-line.ts';

/** Precision, recall and F1 of one class. */
export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Everything `kefu nlu-report` prints. */
export interface NluReport {
  count: number;
  intentAccuracy: number;
  intentAccuracyByLanguage: Record<string, number>;
  perIntent: Record<string, ClassScore>;
  slotExactMatch: number;
  perSlot: Record<string, number>;
  escalation: { precision: number; recall: number };
  confusions: { expected: string; predicted: string; count: number }[];
  errors: { text: string; expected: string; predicted: string }[];
  slotErrors: { text: string; expected: unknown; predicted: unknown }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 10000) / 10000);
const stable = (o: object) =>
  JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

function perIntentScores(
  lines: readonly CorpusLine[],
  predicted: readonly Understanding[],
): Record<string, ClassScore> {
  const out: Record<string, ClassScore> = {};
  for (const intent of INTENTS) {
    let tp = 0, fp = 0, fn = 0; // prettier-ignore
    lines.forEach((line, i) => {
      const p = predicted[i]?.intent;
      if (p === intent && line.intent === intent) tp++;
      else if (p === intent) fp++;
      else if (line.intent === intent) fn++;
    });
    if (tp + fn === 0 && fp === 0) continue;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 =
      precision + recall === 0
        ? 0
        : Math.round(((2 * precision * recall) / (precision + recall)) * 10000) / 10000;
    out[intent] = { precision, recall, f1, support: tp + fn };
  }
  return out;
}

function slotScores(lines: readonly CorpusLine[], predicted: readonly Understanding[]) {
  const keys = new Set(lines.flatMap((l) => Object.keys(l.slots)));
  const perSlot: Record<string, number> = {};
  for (const key of keys) {
    const hits = lines.filter(
      (l, i) =>
        stable({ v: l.slots[key as keyof typeof l.slots] }) ===
        stable({ v: predicted[i]?.slots[key as keyof typeof l.slots] }),
    );
    perSlot[key] = ratio(hits.length, lines.length);
  }
  const exact = lines.filter((l, i) => stable(l.slots) === stable(predicted[i]?.slots ?? {}));
  return { exact: ratio(exact.length, lines.length), perSlot };
}

function confusionPairs(lines: readonly CorpusLine[], predicted: readonly Understanding[]) {
  const counts = new Map<string, number>();
  lines.forEach((l, i) => {
    const p = predicted[i]?.intent ?? 'other';
    if (p !== l.intent) counts.set(`${l.intent}\t${p}`, (counts.get(`${l.intent}\t${p}`) ?? 0) + 1);
  });
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10)
    .map(([pair, count]) => {
      const [expected = '', predictedIntent = ''] = pair.split('\t');
      return { expected, predicted: predictedIntent, count };
    });
}

/** Scores `predicted[i]` against `lines[i]`. */
export function scorePredictions(
  lines: readonly CorpusLine[],
  predicted: readonly Understanding[],
): NluReport {
  const correct = (i: number) => predicted[i]?.intent === lines[i]?.intent;
  const byLanguage: Record<string, number> = {};
  for (const lang of [...new Set(lines.map((l) => l.lang.split('-')[0] ?? ''))].sort()) {
    const idx = lines.flatMap((l, i) => ((l.lang.split('-')[0] ?? '') === lang ? [i] : []));
    byLanguage[lang] = ratio(idx.filter(correct).length, idx.length);
  }
  const tp = lines.filter((l, i) => l.escalate && predicted[i]?.escalate).length;
  const { exact, perSlot } = slotScores(lines, predicted);
  return {
    count: lines.length,
    intentAccuracy: ratio(lines.filter((_, i) => correct(i)).length, lines.length),
    intentAccuracyByLanguage: byLanguage,
    perIntent: perIntentScores(lines, predicted),
    slotExactMatch: exact,
    perSlot,
    escalation: {
      precision: ratio(tp, predicted.filter((p) => p.escalate).length),
      recall: ratio(tp, lines.filter((l) => l.escalate).length),
    },
    confusions: confusionPairs(lines, predicted),
    errors: lines.flatMap((l, i) =>
      correct(i)
        ? []
        : [{ text: l.text, expected: l.intent, predicted: predicted[i]?.intent ?? '' }],
    ),
    slotErrors: lines.flatMap((l, i) =>
      stable(l.slots) === stable(predicted[i]?.slots ?? {})
        ? []
        : [{ text: l.text, expected: l.slots, predicted: predicted[i]?.slots }],
    ),
  };
}
