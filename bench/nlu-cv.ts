/**
 * 5-fold cross-validation of the intent model on the training files only (never held-out).
 * Folds are contiguous blocks: every run of same-intent lines in a file is cut into five
 * contiguous fifths, and fold k holds fifth k of every run, so near-duplicate neighbours stay
 * on the same side and every intent is in every fold. Run: npx tsx bench/nlu-cv.ts [--confusions]
 * [--errors] [--cross] [--grid] (--grid: also scores Naive Bayes mixes and smoothings on the same
 * folds without retraining the logistic model; the first line is the shipped setting).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusLine } from '../src/understanding/corpus-line.ts';
import { analyzeMessage } from '../src/understanding/analyze-message.ts';
import {
  createAnalyzers,
  trainOnLines,
  understanderFromModel,
} from '../src/understanding/create-understander.ts';
import { BAYES_TEMPERATURE, BAYES_WEIGHT, type Mix } from '../src/understanding/linear-model.ts';
import { trainBayes } from '../src/understanding/train-model.ts';
import { DEFAULT_CORPUS_DIR, parseCorpus } from '../src/understanding/load-model.ts';
import { scorePredictions } from '../src/understanding/score-predictions.ts';

const FOLDS = 5;
const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const corpusDir = option('--corpus') ?? DEFAULT_CORPUS_DIR;
// --cross: train on train.* only and test on train2.* (written by other people), one "fold".
const cross = process.argv.includes('--cross');

/** Fold index of every line of one file (see the header). */
function assignFolds(lines: readonly CorpusLine[]): number[] {
  const folds: number[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && lines[end]?.intent === lines[start]?.intent) end++;
    const size = end - start;
    for (let i = 0; i < size; i++) folds.push(Math.floor((i * FOLDS) / size));
    start = end;
  }
  return folds;
}

const files = readdirSync(corpusDir)
  .filter((name) => /^train\d*\..*\.jsonl$/.test(name))
  .sort();
const lines: CorpusLine[] = [];
const folds: number[] = [];
for (const name of files) {
  const parsed = parseCorpus(readFileSync(join(corpusDir, name), 'utf8'));
  console.log(`${name}: ${parsed.length} lines`);
  lines.push(...parsed);
  folds.push(
    ...(cross ? parsed.map(() => (name.startsWith('train2') ? 0 : -1)) : assignFolds(parsed)),
  );
}

// --grid: (NB weight, NB temperature, NB smoothing) settings scored on every fold.
const GRID: (Mix & { alpha: number })[] = process.argv.includes('--grid')
  ? [0, 0.2, 0.3, 0.4, 0.5, 0.6].flatMap((weight) =>
      (weight === 0 ? [1] : [2, 4, 8]).flatMap((temperature) =>
        (weight === 0 ? [0.1] : [0.03, 0.1, 0.3]).map((alpha) => ({ weight, temperature, alpha })),
      ),
    )
  : [];
const gridHits = GRID.map(() => 0);
let gridTotal = 0;

const started = performance.now();
const accuracies: number[] = [];
const byLanguage = new Map<string, [number, number]>();
const confusions = new Map<string, number>();
for (let k = 0; k < (cross ? 1 : FOLDS); k++) {
  const train = lines.filter((_, i) => folds[i] !== k);
  const test = lines.filter((_, i) => folds[i] === k);
  const tools = createAnalyzers();
  const model = trainOnLines(train, tools);
  const understander = understanderFromModel(model, tools);
  const predictions = test.map((line) => understander.understand(line.text));
  if (GRID.length > 0) {
    const examples = train.map((line) => ({
      features: analyzeMessage(line.text, tools).features,
      intent: line.intent,
      escalate: line.escalate,
    }));
    for (const alpha of [...new Set(GRID.map((g) => g.alpha))]) {
      trainBayes(model, examples, alpha);
      GRID.forEach((g, gi) => {
        if (g.alpha !== alpha) return;
        const variant = understanderFromModel(model, tools, g);
        test.forEach((line) => {
          if (variant.understand(line.text).intent === line.intent)
            gridHits[gi] = (gridHits[gi] ?? 0) + 1;
        });
      });
    }
    gridTotal += test.length;
  }
  const report = scorePredictions(test, predictions);
  accuracies.push(report.intentAccuracy);
  test.forEach((line, i) => {
    const lang = line.lang.split('-')[0] ?? '';
    const [hit, all] = byLanguage.get(lang) ?? [0, 0];
    const ok = predictions[i]?.intent === line.intent;
    byLanguage.set(lang, [hit + (ok ? 1 : 0), all + 1]);
  });
  for (const e of report.errors) {
    const key = `${e.expected} → ${e.predicted}`;
    confusions.set(key, (confusions.get(key) ?? 0) + 1);
  }
  if (process.argv.includes('--errors'))
    for (const e of report.errors) console.log(`  [${e.expected} → ${e.predicted}] ${e.text}`);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
console.log(`folds: ${accuracies.map(pct).join(' ')}`);
console.log(
  `mean intent accuracy: ${pct(mean(accuracies))}  (${[...byLanguage]
    .map(([l, [hit, all]]) => `${l} ${pct(hit / all)}`)
    .join(', ')})  in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
const best = GRID.map((g, i) => ({ g, acc: (gridHits[i] ?? 0) / gridTotal })).sort(
  (a, b) => b.acc - a.acc,
);
if (best.length > 0)
  console.log(`shipped: NB weight ${BAYES_WEIGHT}, temperature ${BAYES_TEMPERATURE}`);
for (const { g, acc } of best.filter((b, i) => i < 12 || b.g.weight === 0))
  console.log(`  NB weight ${g.weight} T ${g.temperature} alpha ${g.alpha}: ${pct(acc)}`);
if (process.argv.includes('--confusions'))
  for (const [pair, n] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${pair}: ${n}`);
