/**
 * Runs every scenario under some paths and grades each: the composition root of `kefu eval`
 * minus the engine and understander, which are injected so tests can pass fakes.
 */
import type { Understander } from '../../domain/understanding.ts';
import type { Engine, EngineDeps } from '../../engine/engine-types.ts';
import { judge } from './judge.ts';
import { loadScenarios } from './load-scenarios.ts';
import { runScenario } from './run-scenario.ts';
import { createScenarioDatabases, type ScenarioDatabases } from './scenario-databases.ts';
import type { Transcript } from './transcript.ts';

/** What a run is built from. */
export interface EvalDeps {
  createEngine(deps: EngineDeps): Engine;
  understander: Understander;
  /** Defaults to cached in-memory SQLite images of each bundle. */
  databases?: ScenarioDatabases;
}

/** One scenario's verdict; `transcript` is null when the scenario could not be read. */
export interface ScenarioResult {
  id: string;
  file: string;
  passed: boolean;
  failures: string[];
  transcript: Transcript | null;
}

/** Runs the scenarios one after another; `onResult` hears each verdict as soon as it is known. */
export async function runScenarios(
  paths: readonly string[],
  deps: EvalDeps,
  onResult: (result: ScenarioResult) => void = () => {},
): Promise<ScenarioResult[]> {
  const databases = deps.databases ?? createScenarioDatabases();
  const results: ScenarioResult[] = [];
  for (const loaded of loadScenarios(paths)) {
    let result: ScenarioResult;
    if (loaded.kind === 'broken') {
      const { id, file, problems } = loaded;
      result = { id, file, passed: false, failures: problems, transcript: null };
    } else {
      const { scenario, file } = loaded;
      const transcript = await runScenario(scenario, file, { ...deps, databases });
      const failures = judgeSafely(() => judge(scenario.expect, transcript));
      result = { id: scenario.id, file, passed: failures.length === 0, failures, transcript };
    }
    results.push(result);
    onResult(result);
  }
  return results;
}

/** A bug in the judge fails the scenario it met, not the whole run. */
function judgeSafely(grade: () => string[]): string[] {
  try {
    return grade();
  } catch (error) {
    return [`the judge failed: ${error instanceof Error ? error.message : String(error)}`];
  }
}
