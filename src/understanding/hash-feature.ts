/** Feature hashing: a feature name to a slot of the weight table (FNV-1a, 32 bit). */

/** log2 of the number of hashed feature slots. */
export const FEATURE_BITS = 17;
/** Number of hashed feature slots. */
export const FEATURE_DIM = 1 << FEATURE_BITS;

/** Hashes a feature name to an index in [0, FEATURE_DIM). */
export function hashFeature(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (FEATURE_DIM - 1);
}
