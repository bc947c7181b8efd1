/** The flow of each intent (one file per intent or family). */
import type { Intent } from '../../domain/understanding.ts';
import type { Flow } from '../turn/turn-context.ts';
import { cancelOrderFlow } from './cancel-order.ts';
import { changeAddressFlow } from './change-address.ts';
import { damagedItemFlow } from './damaged-item.ts';
import { exchangeFlow } from './exchange.ts';
import { invoiceFlow } from './invoice.ts';
import { orderTracking } from './order-tracking.ts';
import { priceProtectionFlow } from './price-protection.ts';
import { PRODUCT_FLOWS } from './product/index.ts';
import { refundStatusFlow } from './refund-status.ts';
import { returnRefundFlow } from './return-refund.ts';
import { complaintFlow, greetingFlow, otherFlow, thanksByeFlow } from './small-talk.ts';

/** Every intent's flow; human_agent never reaches here (the turn hands off first). */
export const FLOWS: Record<Intent, Flow> = {
  greeting: greetingFlow,
  thanks_bye: thanksByeFlow,
  human_agent: greetingFlow,
  order_tracking: orderTracking,
  cancel_order: cancelOrderFlow,
  change_address: changeAddressFlow,
  return_refund: returnRefundFlow,
  exchange: exchangeFlow,
  refund_status: refundStatusFlow,
  price_protection: priceProtectionFlow,
  damaged_item: damagedItemFlow,
  invoice: invoiceFlow,
  complaint: complaintFlow,
  other: otherFlow,
  ...PRODUCT_FLOWS,
};
