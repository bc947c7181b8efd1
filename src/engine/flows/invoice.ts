/**
 * Invoices: whether the shop issues them and which kinds; requests one for a paid order.
 * Correcting an issued invoice (title, tax number) needs a person.
 */
import { findOrder } from '../orders/find-order.ts';
import { answered, say, type Flow } from '../turn/turn-context.ts';
import { proposeAction } from './action-replies.ts';

const CORRECTION =
  /(?:抬头|擡頭|税号|稅號|title|tax (?:id|number)).*(?:错|錯|改|换|換|wrong|change|fix)|(?:错|錯|改|重开|重開|wrong|change|fix).*(?:抬头|擡頭|税号|稅號|title|tax (?:id|number))|重开|重開|红冲|紅沖|reissue/i;

/** Handles "can I get an invoice". */
export const invoiceFlow: Flow = async (ctx) => {
  const invoice = ctx.shop.policies.invoice;
  if (!invoice.available) {
    return answered({
      text: say(ctx, {
        zh: '抱歉，本店暂不开具发票。',
        en: "Sorry, this shop doesn't issue invoices.",
      }),
    });
  }
  if (CORRECTION.test(ctx.plain)) {
    return {
      replies: [
        {
          text: say(ctx, {
            zh: '修改或重开发票需要同事人工核对，我帮您转过去。',
            en: 'Correcting or reissuing an invoice needs a colleague to check it, so I am passing you over.',
          }),
        },
      ],
      progress: true,
      handoff: { reason: 'bot_cannot', note: 'invoice correction' },
    };
  }
  const lookup = await findOrder(ctx, (o) => Boolean(o.paid_at) && o.status !== 'cancelled');
  if (lookup.kind === 'reply') return lookup.result;
  const kind = /纸质|紙質|paper|printed/i.test(ctx.plain) ? 'paper' : undefined;
  return proposeAction(ctx, {
    type: 'invoice_request',
    order: lookup.order,
    params: kind ? { kind } : {},
    summary: lookup.order.id,
  });
};
