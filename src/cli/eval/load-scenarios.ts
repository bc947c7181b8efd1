/**
 * Finds and parses scenario files: files as given, folders walked recursively for *.json in path
 * order. A file holds one scenario, an array of them, or {"scenarios": [...]}; `.jsonl` files
 * (one scenario a line) are read when named. Problems become failed entries, never a crash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatPath } from '../../domain/parse-bundle.ts';
import { ScenarioSchema, type Scenario } from './scenario-schema.ts';

/** A parsed scenario, or a scenario that could not be read and counts as failed. */
export type LoadedScenario =
  | { kind: 'scenario'; file: string; scenario: Scenario }
  /** `id` is the scenario's id when it has one, else where it was found. */
  | { kind: 'broken'; file: string; id: string; problems: string[] };

/** Every scenario under `paths`, in order; unreadable files and bad scenarios are `broken`. */
export function loadScenarios(paths: readonly string[]): LoadedScenario[] {
  return paths.flatMap((p) => {
    const stat = statOrNull(p);
    if (!stat) return [broken(p, p, [`${p}: no such file or folder`])];
    if (!stat.isDirectory()) return readScenarioFile(p, true);
    return walkJsonFiles(p).flatMap((file) => readScenarioFile(file, false));
  });
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

/** *.json files under `dir`, sorted by path; dot-folders and node_modules are skipped. */
function walkJsonFiles(dir: string): string[] {
  const files = fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return isSkippedFolder(entry.name) ? [] : walkJsonFiles(full);
    return entry.isFile() && entry.name.endsWith('.json') ? [full] : [];
  });
  return files.sort();
}

const isSkippedFolder = (name: string) => name === 'node_modules' || name.startsWith('.');

/** The scenarios of one file; a bundle met while walking a folder is not a scenario file. */
function readScenarioFile(file: string, named: boolean): LoadedScenario[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return [broken(file, file, [`${file}: cannot read (${messageOf(error)})`])];
  }
  if (file.endsWith('.jsonl')) return readJsonLines(file, text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [broken(file, file, [`${file}: not valid JSON (${messageOf(error)})`])];
  }
  if (!named && looksLikeBundle(value)) return [];
  const list = scenarioList(value);
  if (list === null) return [parseScenario(file, value, [])];
  return list.map((item, i) => parseScenario(file, item, [i]));
}

function readJsonLines(file: string, text: string): LoadedScenario[] {
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    const at = `${file}:${i + 1}`;
    try {
      return [parseScenario(file, JSON.parse(line), [], at)];
    } catch (error) {
      return [broken(at, at, [`${at}: not valid JSON (${messageOf(error)})`])];
    }
  });
}

function scenarioList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (isRecord(value) && Array.isArray(value['scenarios']) && !('turns' in value)) {
    return value['scenarios'];
  }
  return null;
}

/** A shop bundle lying next to the scenarios that use it. */
function looksLikeBundle(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const format = value['format'];
  if (typeof format === 'string' && format.startsWith('kefu.shop-bundle')) return true;
  return 'shop' in value && 'products' in value && !('turns' in value);
}

function parseScenario(
  file: string,
  value: unknown,
  at: PropertyKey[],
  label = file,
): LoadedScenario {
  const result = ScenarioSchema.safeParse(value);
  if (result.success) return { kind: 'scenario', file, scenario: result.data };
  const problems = result.error.issues.map(
    (issue) => `${label}: ${formatPath([...at, ...issue.path])}: ${issue.message}`,
  );
  const rawId = isRecord(value) ? value['id'] : undefined;
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : `${label}${formatAt(at)}`;
  return broken(file, id, problems);
}

const formatAt = (at: PropertyKey[]) => (at.length ? formatPath(at) : '');

function broken(file: string, id: string, problems: string[]): LoadedScenario {
  return { kind: 'broken', file, id, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
