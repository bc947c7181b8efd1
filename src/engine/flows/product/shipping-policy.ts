/**
 * "包邮吗" / "发什么快递" / "几天能到北京" / "do you ship to HK": what was asked (fee, delivery
 * time, carrier, a region), from policies.shipping and the optional extras a shop may add
 * (delivery days by region, remote regions, Hong Kong / Macau / Taiwan); then the sentences of
 * the matching FAQ entry that add something the figures above do not already say.
 */
import { normalizeText } from '../../catalog/catalog-tokens.ts';
import { money, textIn } from '../../replies/render.ts';
import { answered, say, type Flow, type TurnContext } from '../../turn/turn-context.ts';
import { faqAnswer } from './faq-answer.ts';
import { shippingExtras } from './shipping-extras.ts';
import { regionLine } from './shipping-regions.ts';

const FEE = /包邮|运费|邮费|多少钱|免运|free shipping|shipping (?:fee|cost)|how much|cost/i;
const TIME = /几天|多久|多长时间|时效|什么时候|发货|deliver|how long|how soon|when/i;
const CARRIER = /快递|顺丰|中通|物流|carrier|courier/i;

const CARRIER_NAMES: Record<string, string> = { SF: '顺丰', ZTO: '中通', YTO: '圆通', STO: '申通' };

const carrierName = (code: string, lang: 'zh' | 'en') =>
  lang === 'zh' ? (CARRIER_NAMES[code] ?? code) : code;

/** Handles shipping questions asked before buying. */
export const shippingPolicyFlow: Flow = async (ctx) => {
  const extras = shippingExtras(ctx.shop.policies.shipping);
  const region = regionLine(ctx, extras);
  const lines = region.abroad ? [region.text] : [basics(ctx, Boolean(region.text)), region.text];
  const faq = faqAnswer(ctx.shop, ctx.u.text, ['shipping', 'delivery', 'carrier']);
  if (faq) lines.push(newSentences(textIn(faq.a, ctx.lang), lines.join(' ')));
  return answered({ text: [...new Set(lines.filter(Boolean))].join('\n') });
};

/** The fee, dispatch time and carriers asked about (all three when the question names none). */
function basics(ctx: TurnContext, regionSaid: boolean): string {
  const s = ctx.shop.policies.shipping;
  const m = (n: number) => money(n, ctx.shop.shop.currency);
  const text = normalizeText(ctx.u.text);
  // A region's own line already gives its fee (and days); the rest is said when asked.
  const asked = {
    fee: FEE.test(text) && !regionSaid,
    time: TIME.test(text),
    carrier: CARRIER.test(text),
  };
  const all = !regionSaid && !asked.fee && !asked.time && !asked.carrier;
  const sep = ctx.lang === 'zh' ? '或' : ' or ';
  const carriers = s.carriers.map((c) => carrierName(c, ctx.lang)).join(sep);
  const free = s.free_over ?? null;
  const parts = [
    all || asked.fee
      ? say(ctx, {
          zh: free !== null ? `实付满 ${m(free)} 包邮，不满收运费 ${m(s.fee)}` : `运费 ${m(s.fee)}`,
          en:
            free !== null
              ? `Free shipping from ${m(free)}, otherwise ${m(s.fee)}`
              : `Shipping costs ${m(s.fee)}`,
        })
      : '',
    all || asked.time
      ? say(ctx, {
          zh: `付款后 ${s.dispatch_hours} 小时内发货`,
          en: `we dispatch within ${s.dispatch_hours} hours of payment`,
        })
      : '',
    (all || asked.time || asked.carrier) && carriers
      ? say(ctx, { zh: `发${carriers}`, en: `by ${carriers}` })
      : '',
  ].filter(Boolean);
  const sentence = parts.join(ctx.lang === 'zh' ? '，' : ', ');
  if (!sentence) return '';
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${ctx.lang === 'zh' ? '。' : '.'}`;
}

/** The sentences of `faq` that carry a number not already in `said`, or no number at all. */
function newSentences(faq: string, said: string): string {
  const numbers = (t: string) => t.match(/\d+(?:\.\d+)?/g) ?? [];
  const known = new Set(numbers(said).map(Number));
  const sentences = faq.match(/[^。！？!?]+?(?:[。！？!?]|\.(?=\s|$)|$)\s*/g) ?? [];
  return sentences
    .filter((s) => {
      const n = numbers(s);
      // "可以。" / "Yes." on its own answers a question the lines above already answered.
      if (s.replace(/[\s\p{P}]/gu, '').length <= 3) return false;
      return n.length === 0 || n.some((x) => !known.has(Number(x)));
    })
    .join('')
    .trim();
}
