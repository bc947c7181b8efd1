/**
 * Greetings, thanks, complaints and messages the bot did not understand. The greeting says
 * plainly that this is an AI assistant and that a person is one message away.
 */
import type { Policies } from '../../domain/bundle.ts';
import { textIn } from '../replies/render.ts';
import { answered, say, stalled, type Flow } from '../turn/turn-context.ts';

/** "在吗" / "hi": who is talking (an AI assistant), what it can do in this shop, and the way to a person. */
export const greetingFlow: Flow = async (ctx) => {
  const shop = textIn(ctx.shop.shop.name, ctx.lang);
  const can = capabilities(ctx.shop.policies);
  return answered({
    text: say(ctx, {
      zh: `您好，我是${shop}的 AI 智能助理。可以帮您${can.zh.join('、')}，也能帮您挑款式和尺码。需要人工客服的话，随时说“转人工”。请问有什么可以帮您？`,
      en: `Hi, I'm the AI assistant of ${shop}. I can ${can.en.join(', ')}, and help you pick products and sizes. Say "human" any time to reach a person. How can I help?`,
    }),
    alternatives: [
      say(ctx, {
        zh: '在的，请说～我是 AI 助理，有什么可以帮您？',
        en: "I'm here — I'm the AI assistant. What can I do for you?",
      }),
    ],
  });
};

/** What the bot can do under this shop's policies, in words. */
function capabilities(p: Policies): { zh: string[]; en: string[] } {
  const items: Array<[boolean, string, string]> = [
    [true, '查订单和物流', 'track orders'],
    [p.cancel_statuses.length > 0, '取消订单', 'cancel orders'],
    [p.address_change_statuses.length > 0, '改地址', 'change addresses'],
    [p.return_window_days > 0, '办理退货', 'handle returns'],
    [p.exchanges_per_order > 0, '换货', 'exchanges'],
    [p.price_protection_days > 0, '价保', 'price protection'],
    [p.invoice.available, '开发票', 'invoices'],
  ];
  const on = items.filter(([ok]) => ok);
  return { zh: on.map(([, zh]) => zh), en: on.map(([, , en]) => en) };
}

/** "谢谢" / "that's all". */
export const thanksByeFlow: Flow = async (ctx) => {
  if (ctx.conversation.status === 'queued') {
    // "OK thanks" to the queue message is no reason to lose one's place in it.
    return answered({
      text: say(ctx, {
        zh: '不客气～您仍在人工客服的队列里，同事接入后会马上回复您。',
        en: "You're welcome — you're still in the queue, and a colleague will reply as soon as they join.",
      }),
    });
  }
  ctx.state.topic = null;
  ctx.state.awaiting = null;
  ctx.state.pending = null;
  const result = answered({
    text: say(ctx, {
      zh: '不客气！祝您购物愉快，有问题随时找我。',
      en: "You're welcome! Happy shopping, and come back any time.",
    }),
    alternatives: [
      say(ctx, {
        zh: '好的，有需要随时叫我～',
        en: 'Anytime — just message me if anything comes up.',
      }),
    ],
  });
  return { ...result, resolve: true };
};

/** A complaint without anger or threats: apologise, ask what happened, offer a person. */
export const complaintFlow: Flow = async (ctx) => {
  const first = ctx.state.lastBotText === null || !ctx.state.customerTexts.slice(0, -1).length;
  return {
    replies: [
      {
        text: say(ctx, {
          zh: '非常抱歉给您带来不好的体验。能说说是哪个订单或哪件商品、遇到了什么问题吗？我马上帮您处理；想直接找人工也可以，回复“人工”就行。',
          en: 'I\'m really sorry about this. Which order or item is it, and what went wrong? I\'ll deal with it right away — or reply "human" to talk to a person.',
        }),
        alternatives: [
          say(ctx, {
            zh: '您的反馈我已经记下了。告诉我订单号或具体情况，我来处理；也可以回复“人工”让同事来跟进。',
            en: 'I\'ve noted your feedback. Give me the order number or the details and I\'ll handle it, or reply "human" for a colleague.',
          }),
        ],
      },
    ],
    progress: first,
  };
};

/** Anything the bot did not understand: say so, show what it can do, never a wall. */
export const otherFlow: Flow = async (ctx) => {
  const can = capabilities(ctx.shop.policies);
  return stalled({
    text: say(ctx, {
      zh: `抱歉，我没太明白您的意思。我可以帮您${can.zh.join('、')}，或者推荐商品和尺码。您可以换个说法，或者回复“人工”找同事。`,
      en: `Sorry, I didn't quite get that. I can ${can.en.join(', ')}, or recommend products and sizes. Try rephrasing, or reply "human" for a person.`,
    }),
    alternatives: [
      say(ctx, {
        zh: '我还是没理解清楚。能告诉我订单号，或者想了解的商品吗？直接找人工请回复“人工”。',
        en: 'I\'m still not sure what you need. Could you give me an order number or the product you\'re asking about? Reply "human" for a person.',
      }),
    ],
  });
};
