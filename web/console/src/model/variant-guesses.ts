/**
 * Candidate variants for an exchange or item change. The workspace API has no catalogue yet, so
 * the order panel proposes the sibling sizes of an order line's sku (`product-colour-size`, the
 * demo shop's scheme); the agent can type any sku, and the action's policy check refuses an
 * unknown or out-of-stock one.
 */

const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];

/** Other sizes of `sku` in the same product and colour (none when the sku has no size part). */
export function variantGuesses(sku: string): string[] {
  const cut = sku.lastIndexOf('-');
  if (cut < 0) return [];
  const stem = sku.slice(0, cut);
  const size = sku.slice(cut + 1);
  if (!SIZES.includes(size)) return [];
  return SIZES.filter((s) => s !== size).map((s) => `${stem}-${s}`);
}
