/**
 * `kefu nlu-report [--json] [--errors] [--corpus DIR]`: trains the understanding model on
 * data/nlu/train.*.jsonl (the shipped model), scores it on data/nlu/heldout.*.jsonl and exits
 * non-zero when a target of the contract is missed.
 */
import { parseArgs } from 'node:util';
import { createUnderstander } from '../understanding/create-understander.ts';
import { DEFAULT_CORPUS_DIR, readCorpus } from '../understanding/load-model.ts';
import { scorePredictions, type NluReport } from '../understanding/score-predictions.ts';
import { invalidInput } from '../domain/errors.ts';

/** Held-out targets (brief of the understanding engine). */
export const NLU_TARGETS = {
  intentAccuracy: 0.95,
  slotExactMatch: 0.95,
  escalationRecall: 0.98,
  escalationPrecision: 0.9,
};

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

/** The targets a report misses, as readable lines. */
export function missedTargets(r: NluReport): string[] {
  const missed: string[] = [];
  if (r.intentAccuracy < NLU_TARGETS.intentAccuracy)
    missed.push(`intent accuracy ${pct(r.intentAccuracy)} < 95%`);
  if (r.slotExactMatch < NLU_TARGETS.slotExactMatch)
    missed.push(`slot exact-match ${pct(r.slotExactMatch)} < 95%`);
  if (r.escalation.recall < NLU_TARGETS.escalationRecall)
    missed.push(`escalation recall ${pct(r.escalation.recall)} < 98%`);
  if (r.escalation.precision < NLU_TARGETS.escalationPrecision)
    missed.push(`escalation precision ${pct(r.escalation.precision)} < 90%`);
  return missed;
}

function formatReport(r: NluReport, errors: boolean): string[] {
  const lines = [
    `held-out messages: ${r.count}`,
    `intent accuracy: ${pct(r.intentAccuracy)}  (${Object.entries(r.intentAccuracyByLanguage)
      .map(([l, a]) => `${l} ${pct(a)}`)
      .join(', ')})`,
    `slot exact-match: ${pct(r.slotExactMatch)}  (${Object.entries(r.perSlot)
      .map(([s, a]) => `${s} ${pct(a)}`)
      .join(', ')})`,
    `escalation: precision ${pct(r.escalation.precision)}, recall ${pct(r.escalation.recall)}`,
    'per intent (precision / recall / F1, support):',
    ...Object.entries(r.perIntent).map(
      ([i, s]) =>
        `  ${i.padEnd(17)} ${pct(s.precision)} / ${pct(s.recall)} / ${pct(s.f1)}  ${s.support}`,
    ),
    'top confusions (expected → predicted):',
    ...r.confusions.map((c) => `  ${c.expected} → ${c.predicted}: ${c.count}`),
  ];
  if (errors) {
    lines.push(
      'intent errors:',
      ...r.errors.map((e) => `  [${e.expected} → ${e.predicted}] ${e.text}`),
    );
    lines.push(
      'slot errors:',
      ...r.slotErrors.map(
        (e) =>
          `  ${e.text}  expected ${JSON.stringify(e.expected)} got ${JSON.stringify(e.predicted)}`,
      ),
    );
  }
  return lines;
}

/** Runs the report; resolves to 0 when every target is met. */
export async function nluReportCommand(
  args: string[],
  out: (line: string) => void,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, errors: { type: 'boolean' }, corpus: { type: 'string' } },
  });
  const corpusDir = values.corpus ?? DEFAULT_CORPUS_DIR;
  const heldout = readCorpus(corpusDir, 'heldout').lines;
  if (heldout.length === 0)
    throw invalidInput(`No held-out lines (heldout.*.jsonl) in ${corpusDir}.`);
  const understander = createUnderstander({ corpusDir });
  const report = scorePredictions(
    heldout,
    heldout.map((line) => understander.understand(line.text)),
  );
  const missed = missedTargets(report);
  if (values.json) out(JSON.stringify({ ...report, targets: NLU_TARGETS, missed }));
  else
    for (const line of [
      ...formatReport(report, values.errors ?? false),
      ...missed.map((m) => `MISSED: ${m}`),
    ])
      out(line);
  return missed.length === 0 ? 0 : 1;
}
