/**
 * Field comparison for expected actions (scenario.md "Actions"): only the fields the expected
 * value lists are compared, numbers within half a cent, lists as multisets, and an id string
 * stands for the object carrying that id (an address given as "a1" or as the whole address).
 */

const TOLERANCE = 0.005;

/** Whether `actual` satisfies `expected` under the scenario comparison rules. */
export function valuesMatch(expected: unknown, actual: unknown): boolean {
  if (expected === null || expected === undefined) return actual === null || actual === undefined;
  if (typeof expected === 'number') return numbersMatch(expected, actual);
  if (typeof expected === 'string') return stringMatches(expected, actual);
  if (Array.isArray(expected)) return Array.isArray(actual) && itemsMatch(expected, actual);
  if (isRecord(expected)) return recordMatches(expected, actual);
  return expected === actual;
}

function numbersMatch(expected: number, actual: unknown): boolean {
  const value = typeof actual === 'string' && actual.trim() !== '' ? Number(actual) : actual;
  return typeof value === 'number' && Math.abs(value - expected) <= TOLERANCE;
}

function stringMatches(expected: string, actual: unknown): boolean {
  if (typeof actual === 'string') return actual === expected;
  if (typeof actual === 'number') return String(actual) === expected;
  return isRecord(actual) && actual['id'] === expected;
}

function recordMatches(expected: Record<string, unknown>, actual: unknown): boolean {
  if (typeof actual === 'string') return expected['id'] === actual;
  if (!isRecord(actual)) return false;
  return Object.entries(expected).every(([key, value]) => valuesMatch(value, actual[key]));
}

/**
 * Lists as multisets. An entry's `quantity` counts units (default 1), so two executed entries of
 * one unit each equal one expected entry of two; an expected entry without `quantity` takes one
 * whole executed entry, whatever its quantity. Greedy: entries are rarely ambiguous.
 */
export function itemsMatch(expected: readonly unknown[], actual: readonly unknown[]): boolean {
  const left = actual.map(quantityOf);
  const counted = expected.filter(hasQuantity);
  const whole = expected.filter((e) => !hasQuantity(e));
  for (const item of counted) {
    let wanted = quantityOf(item);
    actual.forEach((candidate, i) => {
      const take = Math.min(wanted, left[i] ?? 0);
      if (take > 0 && valuesMatch(withoutQuantity(item), withoutQuantity(candidate))) {
        left[i] = (left[i] ?? 0) - take;
        wanted -= take;
      }
    });
    if (wanted > 0) return false;
  }
  for (const item of whole) {
    const i = actual.findIndex(
      (candidate, j) => left[j] === quantityOf(candidate) && valuesMatch(item, candidate),
    );
    if (i < 0) return false;
    left[i] = 0;
  }
  return left.every((n) => n === 0);
}

function hasQuantity(item: unknown): boolean {
  return isRecord(item) && item['quantity'] !== undefined;
}

/** Units of an entry: its integer `quantity`, 1 when absent; a non-record counts once. */
function quantityOf(item: unknown): number {
  if (!isRecord(item)) return 1;
  const q = item['quantity'];
  return typeof q === 'number' && Number.isInteger(q) && q > 0 ? q : 1;
}

function withoutQuantity(item: unknown): unknown {
  if (!isRecord(item)) return item;
  const { quantity: _q, ...rest } = item;
  return rest;
}

/** A plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
