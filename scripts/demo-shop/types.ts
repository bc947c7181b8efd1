/** Hand-written catalogue definitions, expanded into bundle products by catalog.ts. */
import type { BiText } from './util.ts';

export { COLORS } from '../../src/domain/understanding.ts';
import type { COLORS } from '../../src/domain/understanding.ts';
export type Color = (typeof COLORS)[number];

export const APPAREL_SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL'] as const;
export const ONE_SIZE = 'ONE_SIZE';

/** Sizes from..to inclusive, e.g. sizes('S', 'XXL'). */
export function sizes(from: string, to: string): string[] {
  const all: readonly string[] = APPAREL_SIZES;
  const a = all.indexOf(from);
  const b = all.indexOf(to);
  if (a < 0 || b < a) throw new Error(`bad size range ${from}..${to}`);
  return all.slice(a, b + 1);
}

/** Shoe sizes from..to inclusive as digit strings. */
export function shoeSizes(from: number, to: number): string[] {
  const out: string[] = [];
  for (let s = from; s <= to; s++) out.push(String(s));
  return out;
}

export interface ProductDef {
  id: string;
  category: string;
  title: BiText;
  description: BiText;
  attributes: Record<string, BiText>;
  price: number;
  colors: Color[];
  /** Values of the "size" option; omitted with `specs`. */
  sizes?: string[];
  /** Alternative second option (key "spec"), e.g. bed sizes. */
  specs?: string[];
  /** Extra price per spec value, e.g. {'1.8m': 40}. */
  specPrice?: Record<string, number>;
  tags?: string[];
}
