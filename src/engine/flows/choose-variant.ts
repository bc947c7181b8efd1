/**
 * The variant a customer wants instead of the one they have: a named size or colour, or one size
 * up/down in the product's own size order. Lists the in-stock options when it cannot tell.
 */
import type { Product, Variant } from '../../domain/bundle.ts';
import type { ShopSnapshot } from '../../domain/ports.ts';
import type { Slots } from '../../domain/understanding.ts';
import { findVariant } from '../actions/action-definition.ts';
import { neighbourSize } from '../../domain/policy/size-from-chart.ts';

export type VariantChoice =
  | { kind: 'found'; product: Product; from: Variant; to: Variant }
  | { kind: 'unknown_target'; product: Product; from: Variant }
  | { kind: 'no_such'; product: Product; from: Variant; wanted: string }
  | { kind: 'no_catalogue' };

const SIZE_ORDER = ['XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL'];

/** Sizes of a product in order (letter sizes by the usual order, numbers ascending). */
export function productSizes(product: Product): string[] {
  const sizes = [
    ...new Set(
      product.variants.map((v) => v.options['size']).filter((s): s is string => Boolean(s)),
    ),
  ];
  return sizes.sort((a, b) => rank(a) - rank(b));
}

const rank = (s: string) =>
  SIZE_ORDER.includes(s)
    ? SIZE_ORDER.indexOf(s)
    : Number.isFinite(Number(s))
      ? 100 + Number(s)
      : 1000;

/** The target variant for swapping `fromSku` by the customer's slots. */
export function chooseVariant(shop: ShopSnapshot, fromSku: string, slots: Slots): VariantChoice {
  const found = findVariant(shop, fromSku);
  if (!found) return { kind: 'no_catalogue' };
  const { product, variant: from } = found;
  const current = from.options;
  let size = slots.size && slots.size !== current['size'] ? slots.size : undefined;
  if (!size && slots.size_direction && current['size']) {
    size = neighbourSize(productSizes(product), current['size'], slots.size_direction) ?? undefined;
    if (!size) return { kind: 'no_such', product, from, wanted: slots.size_direction };
  }
  const color = slots.color && slots.color !== current['color'] ? slots.color : undefined;
  if (!size && !color) return { kind: 'unknown_target', product, from };
  const wanted = { ...current, ...(size ? { size } : {}), ...(color ? { color } : {}) };
  const to = product.variants.find((v) =>
    Object.entries(wanted).every(([k, val]) => v.options[k] === val),
  );
  if (!to)
    return { kind: 'no_such', product, from, wanted: [color, size].filter(Boolean).join(' ') };
  return { kind: 'found', product, from, to };
}
