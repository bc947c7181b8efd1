/**
 * `kefu eval PATH… [--json] [--verbose]`: runs scenario files and folders and prints one line
 * per scenario and a closing `N passed, N failed` (or one JSON object with --json). Exit status
 * 0 only when every scenario passed (scenario.md "Passing").
 */
import { parseArgs } from 'node:util';
import { invalidInput } from '../../domain/errors.ts';
import { formatTranscript } from './format-transcript.ts';
import { runScenarios, type EvalDeps, type ScenarioResult } from './run-scenarios.ts';

/** Where the command writes: `out` is standard output, `err` standard error. */
export interface EvalIo {
  out: (line: string) => void;
  err?: (line: string) => void;
}

const USAGE = 'kefu eval PATH… [--json] [--verbose]: give scenario files or folders.';

/** Runs the command; `loadDeps` builds the real engine and understander unless a test fakes them. */
export async function evalCommand(
  args: string[],
  io: EvalIo,
  loadDeps: () => Promise<EvalDeps> = loadRealDeps,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' } },
  });
  if (positionals.length === 0) throw invalidInput(USAGE);
  const json = values.json === true;
  const show = reporter(json, values.verbose === true, io);
  const results = await runScenarios(positionals, await loadDeps(), show);
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  if (json) io.out(JSON.stringify({ passed, failed, scenarios: results.map(jsonOf) }));
  else io.out(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

/** Prints each verdict as it comes; with --json, stdout carries the JSON object alone. */
function reporter(json: boolean, verbose: boolean, io: EvalIo) {
  const err = io.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const detail = json ? err : io.out;
  return (result: ScenarioResult) => {
    if (!json) io.out(resultLine(result));
    if (!verbose || result.passed || !result.transcript) return;
    if (json) detail(`FAIL ${result.id}`);
    formatTranscript(result.transcript).forEach((line) => detail(line));
  };
}

function resultLine(result: ScenarioResult): string {
  if (result.passed) return `PASS ${result.id}`;
  const failures = result.failures.map((f) => f.replace(/\s*\n\s*/g, ' ')).join('; ');
  return `FAIL ${result.id}: ${failures}`;
}

function jsonOf({ id, passed, failures }: ScenarioResult) {
  return { id, passed, failures };
}

/** The real engine and one understander for the whole run, loaded only when eval runs. */
async function loadRealDeps(): Promise<EvalDeps> {
  const [{ createEngine }, { createUnderstander }] = await Promise.all([
    import('../../engine/create-engine.ts'),
    import('../../understanding/create-understander.ts'),
  ]);
  return { createEngine, understander: createUnderstander() };
}
