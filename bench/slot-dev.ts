/**
 * Development check of the rule-based slot extractors on the TRAINING files only (the rules are
 * not trained, so these ~7,700 labelled lines are a fair development set; the held-out files are
 * never read here). Prints slot exact-match and the mismatches grouped by slot and by kind
 * (missed / spurious / wrong value). A bare amount counts as a budget for the labelled intent's
 * shopping intents, as in the engine.
 * Run: npx tsx bench/slot-dev.ts [--show N] [--slot NAME] [--kind missed|spurious|wrong]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Slots } from '../src/domain/understanding.ts';
import type { CorpusLine } from '../src/understanding/corpus-line.ts';
import { SHOPPING_INTENTS } from '../src/understanding/create-understander.ts';
import { DEFAULT_CORPUS_DIR, parseCorpus } from '../src/understanding/load-model.ts';
import { normalize } from '../src/understanding/normalize.ts';
import { createProductMatcher } from '../src/understanding/slots/create-product-matcher.ts';
import { extractSlots } from '../src/understanding/slots/extract-slots.ts';

const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const corpusDir = option('--corpus') ?? DEFAULT_CORPUS_DIR;
const show = Number(option('--show') ?? 8);
const onlySlot = option('--slot');
const onlyKind = option('--kind');

const files = readdirSync(corpusDir)
  .filter((name) => /^train\d*\..*\.jsonl$/.test(name))
  .sort();
const lines: (CorpusLine & { file: string })[] = [];
for (const file of files)
  for (const line of parseCorpus(readFileSync(join(corpusDir, file), 'utf8')))
    lines.push({ ...line, file });

const products = createProductMatcher();
type Kind = 'missed' | 'spurious' | 'wrong';
const mismatches = new Map<string, { file: string; text: string; want: unknown; got: unknown }[]>();
const perFile = new Map<string, [number, number]>();
let exact = 0;
const started = performance.now();
for (const line of lines) {
  const got: Slots = extractSlots(
    normalize(line.text),
    products,
    SHOPPING_INTENTS.has(line.intent),
  );
  const want: Slots = line.slots;
  let ok = true;
  for (const key of new Set([...Object.keys(want), ...Object.keys(got)]) as Set<keyof Slots>) {
    const w = want[key];
    const g = got[key];
    if (w === g) continue;
    ok = false;
    const kind: Kind = g === undefined ? 'missed' : w === undefined ? 'spurious' : 'wrong';
    const group = `${key} ${kind}`;
    mismatches.set(group, [
      ...(mismatches.get(group) ?? []),
      { file: line.file, text: line.text, want: w, got: g },
    ]);
  }
  if (ok) exact++;
  const [hit, all] = perFile.get(line.file) ?? [0, 0];
  perFile.set(line.file, [hit + (ok ? 1 : 0), all + 1]);
}
const ms = performance.now() - started;

const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;
console.log(
  `slot exact-match on training lines: ${pct(exact, lines.length)} (${exact}/${lines.length}) in ${ms.toFixed(0)} ms`,
);
console.log(`  ${[...perFile].map(([f, [hit, all]]) => `${f} ${pct(hit, all)}`).join(', ')}`);
const groups = [...mismatches].sort((a, b) => b[1].length - a[1].length);
for (const [group, items] of groups) {
  const [slot, kind] = group.split(' ');
  if ((onlySlot && slot !== onlySlot) || (onlyKind && kind !== onlyKind)) continue;
  console.log(`\n${group}: ${items.length}`);
  for (const item of items.slice(0, show))
    console.log(
      `  ${JSON.stringify(item.text)}  want ${JSON.stringify(item.want)} got ${JSON.stringify(item.got)}  [${item.file}]`,
    );
}
