/** Reads a customer's answer to "shall I do this?": yes, no, or neither. */

const YES =
  /^(?:好的?|好吧|好呀|好啊|可以|行|确认|確認|确定|確定|是的?|对的?|對的?|嗯+|恩|要的?|需要|没问题|沒問題|同意|麻烦了|麻煩了|ok|okay|yes|yep|yeah|sure|confirm(?:ed)?|go ahead|do it|please do|y)(?![a-z])|确认|確認|确定|確定|没问题|沒問題|\bconfirm\b|\bgo ahead\b|\byes\b|\bplease do\b|就这样|就這樣|帮我办|幫我辦|换吧|換吧|退吧|取消吧/i;
const NO =
  /不用了?|不要了?|不需要|算了|先不|不了|再想想|等一下|等等|别|別|不换|不換|不退|不取消|\bno\b|\bnope\b|\bnot now\b|\bdon'?t\b|\bnever ?mind\b|\bwait\b|\bstop\b/i;

export type Answer = 'yes' | 'no' | 'unclear';

/** The customer's answer; `defaultOnBoth` decides messages with both signals. */
export function readConfirmation(text: string, defaultOnBoth: Answer = 'unclear'): Answer {
  const t = text.trim();
  const yes = YES.test(t);
  const no = NO.test(t);
  if (yes && !no) return 'yes';
  if (no && !yes) return 'no';
  if (yes && no) return defaultOnBoth;
  return 'unclear';
}
