/** The catalogue flows: product facts, size advice, stock, prices, shipping, recommendations, comparisons. */
import type { Flow } from '../../turn/turn-context.ts';
import { compareFlow } from './compare.ts';
import { pricePromotionFlow } from './price-promotion.ts';
import { productInfoFlow } from './product-info.ts';
import { recommendFlow } from './recommend.ts';
import { shippingPolicyFlow } from './shipping-policy.ts';
import { sizeAdviceFlow } from './size-advice.ts';
import { stockFlow } from './stock.ts';

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
  product_info: productInfoFlow,
  size_advice: sizeAdviceFlow,
  stock: stockFlow,
  price_promotion: pricePromotionFlow,
  shipping_policy: shippingPolicyFlow,
  recommend: recommendFlow,
  compare: compareFlow,
};
