/** The catalogue flows: product facts, size advice, stock, prices, shipping, recommendations, comparisons. */
import type { Flow } from '../../turn/turn-context.ts';
import { otherFlow } from '../small-talk.ts';

/** Flows of the intents about products and buying. */
export const PRODUCT_FLOWS: Record<
  | 'product_info'
  | 'size_advice'
  | 'stock'
  | 'price_promotion'
  | 'shipping_policy'
  | 'recommend'
  | 'compare',
  Flow
> = {
  // TODO(#4): being written now; the catalogue flows replace these.
  product_info: otherFlow,
  size_advice: otherFlow,
  stock: otherFlow,
  price_promotion: otherFlow,
  shipping_policy: otherFlow,
  recommend: otherFlow,
  compare: otherFlow,
};
