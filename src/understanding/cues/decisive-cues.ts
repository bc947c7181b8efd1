/**
 * A few phrases that name one intent outright but are too rare in the corpus for the model to
 * weigh them right (查个订单 is tracking even though 想 and 订单 lean to cancelling). They only
 * tip an unsure message (decide-intent.ts), like the previous turn's intent does.
 */
import type { Intent } from '../../domain/understanding.ts';

const DECISIVE: [RegExp, Intent][] = [
  // Looking an order up: 我想查个订单 / 帮我查一下订单.
  [/查(?:个|下|一下|查|询)?(?:我的)?订单|订单查询/, 'order_tracking'],
  // Sending back a number of items: 马克杯退一个 / 退两件 (not 退一件的钱, a refund amount).
  [
    /退(?:掉|回)?[一两二三四五六七八九1-9](?:个|件|条|双|只|套|盒|瓶)(?![^，,。]*(?:钱|款))/,
    'return_refund',
  ],
];

/** The intent a decisive phrase of the (simplified, lower-case) text names, if any. */
export function decisiveIntent(text: string): Intent | undefined {
  for (const [re, intent] of DECISIVE) if (re.test(text)) return intent;
  return undefined;
}
