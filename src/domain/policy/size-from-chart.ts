/**
 * Size advice from a size chart's height and weight ranges. When height and weight point at
 * different sizes the larger one is advised (a loose fit can be worn, a tight one cannot) and
 * both are reported so the reply can say why.
 */
import type { SizeChart } from '../bundle.ts';

/** The advice: the size, and the sizes height and weight each suggest. */
export interface SizeAdvice {
  size: string;
  byHeight: string | null;
  byWeight: string | null;
}

const range = (row: Record<string, unknown>, key: string): [number, number] | null => {
  const v = row[key];
  if (Array.isArray(v) && typeof v[0] === 'number' && typeof v[1] === 'number') return [v[0], v[1]];
  return null;
};

function sizeFor(chart: SizeChart, key: string, value: number | undefined): string | null {
  if (value === undefined) return null;
  const rows = chart.rows.filter((r) => range(r, key));
  if (rows.length === 0) return null;
  // Rows may share a boundary (M to 175, L from 175): the larger size is the safer advice.
  const inside = rows.findLast((r) => {
    const [lo, hi] = range(r, key) ?? [0, 0];
    return value >= lo && value <= hi;
  });
  if (inside) return inside.size;
  // Outside every row: nearest end of the chart.
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return null;
  return value < (range(first, key)?.[0] ?? 0) ? first.size : last.size;
}

/** Advises a size from `chart` for the given height (cm) and weight (kg); null without data. */
export function sizeFromChart(
  chart: SizeChart,
  body: { heightCm?: number | undefined; weightKg?: number | undefined },
): SizeAdvice | null {
  const byHeight = sizeFor(chart, 'height_cm', body.heightCm);
  const byWeight = sizeFor(chart, 'weight_kg', body.weightKg);
  if (!byHeight && !byWeight) return null;
  const order = chart.rows.map((r) => r.size);
  const larger =
    byHeight && byWeight
      ? order.indexOf(byHeight) >= order.indexOf(byWeight)
        ? byHeight
        : byWeight
      : (byHeight ?? byWeight);
  return larger ? { size: larger, byHeight, byWeight } : null;
}

/** The size next to `size` in the chart's order (`up` larger), or null at the end. */
export function neighbourSize(
  sizes: readonly string[],
  size: string,
  direction: 'up' | 'down',
): string | null {
  const i = sizes.indexOf(size);
  if (i < 0) return null;
  return sizes[direction === 'up' ? i + 1 : i - 1] ?? null;
}
