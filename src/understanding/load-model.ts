/**
 * The one place of the understanding engine that touches the file system: reading the
 * labelled corpus and caching trained weights under var/ (keyed by a hash of the corpus,
 * the catalogue words and the feature-code version), so later starts skip training.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusLineSchema, type CorpusLine } from './corpus-line.ts';
import { FEATURE_DIM } from './hash-feature.ts';
import { CLASS_COUNT, type LinearModel } from './linear-model.ts';

/** The corpus shipped with kefu. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../../data/nlu/', import.meta.url));
const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../var/nlu-model/', import.meta.url));

/** Corpus files of one split (`train` or `heldout`), in name order. */
function corpusFiles(dir: string, split: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => new RegExp(`^${split}\\d*\\.`).test(name) && name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(dir, name));
}

/** Parses JSONL text; lines that are not valid corpus lines are skipped. */
export function parseCorpus(text: string): CorpusLine[] {
  const lines: CorpusLine[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    try {
      const parsed = CorpusLineSchema.safeParse(JSON.parse(raw));
      if (parsed.success) lines.push(parsed.data);
    } catch {
      // A line being written right now, or a typo: the rest of the corpus still counts.
    }
  }
  return lines;
}

/** Reads every line of one split (`train.*.jsonl` or `heldout.*.jsonl`) of a corpus folder. */
export function readCorpus(dir: string, split: string): { lines: CorpusLine[]; raw: string } {
  const raw = corpusFiles(dir, split)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return { lines: parseCorpus(raw), raw };
}

const sizes = [
  FEATURE_DIM * CLASS_COUNT * 4,
  FEATURE_DIM * 4,
  FEATURE_DIM,
  FEATURE_DIM * CLASS_COUNT * 4,
  CLASS_COUNT * 4,
] as const;
const total = sizes.reduce((a, b) => a + b, 0);

function readCache(file: string): LinearModel | null {
  if (!existsSync(file)) return null;
  const buf = readFileSync(file);
  if (buf.length !== total) return null;
  const bytes = new Uint8Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
  const at = (i: number) => sizes.slice(0, i).reduce((a, b) => a + b, 0);
  return {
    intent: new Float32Array(bytes.buffer, 0, FEATURE_DIM * CLASS_COUNT),
    escalation: new Float32Array(bytes.buffer, at(1), FEATURE_DIM),
    seen: new Uint8Array(bytes.buffer, at(2), FEATURE_DIM),
    bayes: new Float32Array(bytes.buffer, at(3), FEATURE_DIM * CLASS_COUNT),
    bayesPrior: new Float32Array(bytes.buffer, at(4), CLASS_COUNT),
  };
}

function writeCache(dir: string, file: string, model: LinearModel): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(
      tmp,
      Buffer.concat([
        Buffer.from(model.intent.buffer),
        Buffer.from(model.escalation.buffer),
        Buffer.from(model.seen),
        Buffer.from(model.bayes.buffer),
        Buffer.from(model.bayesPrior.buffer),
      ]),
    );
    renameSync(tmp, file);
    pruneOldCaches(dir, file);
  } catch {
    // A read-only checkout still works; it just trains at every start.
  }
}

/** Options of {@link loadModel}. */
export interface LoadModelOptions {
  corpusDir?: string;
  cacheDir?: string;
  /** Feature-code version and anything else that changes the weights for the same corpus. */
  version: string;
  train: (lines: CorpusLine[]) => LinearModel;
}

/** Loads cached weights for the training corpus, or trains and caches them. */
export function loadModel(options: LoadModelOptions): LinearModel {
  const { lines, raw } = readCorpus(options.corpusDir ?? DEFAULT_CORPUS_DIR, 'train');
  const key = createHash('sha256')
    .update(options.version)
    .update('\0')
    .update(codeDigest())
    .update('\0')
    .update(raw)
    .digest('hex')
    .slice(0, 24);
  const dir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const file = join(dir, `${key}.bin`);
  const cached = readCache(file);
  if (cached) return cached;
  const model = options.train(lines);
  writeCache(dir, file, model);
  return model;
}

/** Keeps the few most recent weight files (tests train small models of their own) and drops the rest. */
function pruneOldCaches(dir: string, keep: string): void {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.bin'))
    .map((name) => join(dir, name))
    .filter((path) => path !== keep)
    .map((path) => ({ path, at: statSync(path).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { path } of files.slice(3)) rmSync(path, { force: true });
}

const CODE_DIR = fileURLToPath(new URL('./', import.meta.url));
let code: string | null = null;

/**
 * A digest of the understanding code itself: features, slot rules and lexicons all shape the
 * weights, so any change to them trains afresh instead of reusing stale weights.
 */
function codeDigest(): string {
  if (code !== null) return code;
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts'))
        hash.update(name).update(readFileSync(path));
    }
  };
  walk(CODE_DIR);
  code = hash.digest('hex');
  return code;
}
