/**
 * Compares executed actions with a scenario's expected actions as a set (scenario.md
 * "Actions"): each expected action is matched by one executed action of its type and order, or
 * by several whose items together equal its items; whatever executed action is left over fails.
 */
import { describeExecuted, describeExpected, listExecuted } from './describe-action.ts';
import type { ExpectedAction } from './scenario-schema.ts';
import type { ExecutedAction } from './transcript.ts';
import { itemsMatch, valuesMatch } from './values-match.ts';

/** Executed-action indices that together satisfy one expected action. */
type Option = readonly number[];

/** Candidates beyond this many are not tried in combinations (2^n subsets). */
const MAX_SPLIT_CANDIDATES = 10;

/** Failure messages, empty when the executed actions are exactly the expected set. */
export function matchActions(
  expected: readonly ExpectedAction[],
  executed: readonly ExecutedAction[],
): string[] {
  const assignment = bestAssignment(expected.map((e) => optionsFor(e, executed)));
  const used = new Set(assignment.flatMap((option) => option ?? []));
  const failures = expected.flatMap((action, i) =>
    assignment[i]
      ? []
      : [
          `expected action ${describeExpected(action)} not executed; executed: ${listExecuted(executed)}`,
        ],
  );
  executed.forEach((action, j) => {
    if (!used.has(j)) failures.push(`unexpected action ${describeExecuted(action)} executed`);
  });
  return failures;
}

function optionsFor(expected: ExpectedAction, executed: readonly ExecutedAction[]): Option[] {
  const candidates = executed.flatMap((x, j) =>
    x.type === expected.type && (expected.order_id === undefined || x.orderId === expected.order_id)
      ? [j]
      : [],
  );
  const pick = (option: Option) => option.flatMap((j) => executed[j] ?? []);
  const singles = candidates.map((j) => [j]).filter((o) => actionMatches(expected, pick(o)));
  if (!expected.items || candidates.length > MAX_SPLIT_CANDIDATES) return singles;
  const groups = subsets(candidates).filter(
    (o) => o.length > 1 && actionMatches(expected, pick(o)),
  );
  return [...singles, ...groups];
}

/** Whether `actions` together carry every field `expected` lists. */
function actionMatches(expected: ExpectedAction, actions: readonly ExecutedAction[]): boolean {
  const { type: _type, ...listed } = expected;
  return Object.entries(listed).every(([key, want]) => {
    if (want === undefined) return true;
    const values = actions.map((a) => a.fields[key]);
    if (key === 'items' && Array.isArray(want)) {
      const all = values.flatMap((v) => (Array.isArray(v) ? [v] : []));
      return all.length === values.length && itemsMatch(want, all.flat());
    }
    if (!knownField(key) && values.every((v) => v === undefined)) return true;
    if (typeof want === 'number' && actions.length > 1) return valuesMatch(want, sum(values));
    return values.every((v) => valuesMatch(want, v));
  });
}

/** Unknown fields an executed action does not carry are notes of the scenario's author. */
const knownField = (key: string) =>
  ['order_id', 'items', 'refund_amount', 'sku', 'address', 'reason'].includes(key);

function sum(values: readonly unknown[]): number | null {
  const numbers = values.map((v) => (typeof v === 'string' ? Number(v) : v));
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  return numbers.reduce<number>((total, n) => total + Number(n), 0);
}

function subsets(items: readonly number[]): number[][] {
  return items.reduce<number[][]>((acc, item) => [...acc, ...acc.map((s) => [...s, item])], [[]]);
}

/** One option (or none) per expected action: the most matched, then the most executed used. */
function bestAssignment(options: readonly Option[][]): (Option | null)[] {
  let best: (Option | null)[] = options.map(() => null);
  let bestScore = -1;
  const current: (Option | null)[] = [];
  const used = new Set<number>();
  const visit = (i: number, matched: number): void => {
    if (matched + (options.length - i) < Math.floor(bestScore / 1000)) return;
    if (i === options.length) {
      const score = matched * 1000 + used.size;
      if (score > bestScore) [best, bestScore] = [[...current], score];
      return;
    }
    for (const option of options[i] ?? []) {
      if (option.some((j) => used.has(j))) continue;
      option.forEach((j) => used.add(j));
      current.push(option);
      visit(i + 1, matched + 1);
      current.pop();
      option.forEach((j) => used.delete(j));
    }
    current.push(null);
    visit(i + 1, matched);
    current.pop();
  };
  visit(0, 0);
  return best;
}
