/**
 * "包邮吗" / "发什么快递" / "几天能到北京" / "do you ship to HK": the shop's fee, free-shipping
 * threshold, dispatch time and carriers from policies.shipping, the optional extras a shop may
 * add (delivery days by region, remote regions, Hong Kong / Macau / Taiwan), and the matching
 * FAQ entry when there is one.
 */
import { normalizeText } from '../../catalog/catalog-tokens.ts';
import { money, textIn } from '../../replies/render.ts';
import { answered, say, type Flow, type TurnContext } from '../../turn/turn-context.ts';
import { faqAnswer } from './faq-answer.ts';
import { shippingExtras, type ShippingExtras } from './shipping-extras.ts';

/** Handles shipping questions asked before buying. */
export const shippingPolicyFlow: Flow = async (ctx) => {
  const extras = shippingExtras(ctx.shop.policies.shipping);
  const lines = [basics(ctx), regionLine(ctx, extras)].filter(Boolean);
  const faq = faqAnswer(ctx.shop, ctx.u.text, ['shipping', 'delivery', 'carrier']);
  if (faq) lines.push(textIn(faq.a, ctx.lang));
  return answered({ text: [...new Set(lines)].join('\n') });
};

function basics(ctx: TurnContext): string {
  const s = ctx.shop.policies.shipping;
  const m = (n: number) => money(n, ctx.shop.shop.currency);
  const free = s.free_over ?? null;
  const carriers = s.carriers.join(ctx.lang === 'zh' ? '、' : ', ');
  return say(ctx, {
    zh: `${free !== null ? `实付满 ${m(free)} 包邮，不满收运费 ${m(s.fee)}` : `运费 ${m(s.fee)}`}；付款后 ${s.dispatch_hours} 小时内发货${carriers ? `，快递：${carriers}` : ''}。`,
    en: `${free !== null ? `Free shipping from ${m(free)}, otherwise ${m(s.fee)}` : `Shipping costs ${m(s.fee)}`}; we dispatch within ${s.dispatch_hours} hours of payment${carriers ? ` by ${carriers}` : ''}.`,
  });
}

const HMT = /香港|澳门|台湾|港澳台|hong ?kong|\bhk\b|macau|macao|taiwan/i;

function regionLine(ctx: TurnContext, extras: ShippingExtras): string {
  const m = (n: number) => money(n, ctx.shop.shop.currency);
  const text = normalizeText(ctx.u.text);
  const hmt = extras.hk_macau_taiwan;
  if (HMT.test(text) && hmt) {
    if (!hmt.available)
      return say(ctx, {
        zh: '暂不支持寄往港澳台。',
        en: "We don't ship to Hong Kong, Macau or Taiwan yet.",
      });
    return say(ctx, {
      zh: `港澳台：${hmt.carrier ?? ''}发货，运费 ${m(hmt.fee ?? 0)}${hmt.free_over ? `，满 ${m(hmt.free_over)} 包邮` : ''}${hmt.days ? `，约 ${hmt.days.join('–')} 天送达` : ''}。`,
      en: `Hong Kong, Macau and Taiwan: ${hmt.carrier ? `by ${hmt.carrier}, ` : ''}${m(hmt.fee ?? 0)}${hmt.free_over ? `, free from ${m(hmt.free_over)}` : ''}${hmt.days ? `, about ${hmt.days.join('–')} days` : ''}.`,
    });
  }
  const remote = extras.remote_regions;
  const named = remote?.regions.find((r) => text.includes(r.slice(0, 2)));
  if (remote && named) {
    return say(ctx, {
      zh: `${named}属于偏远地区：运费 ${m(remote.fee ?? 0)}${remote.free_over ? `，满 ${m(remote.free_over)} 包邮` : ''}${daysTo(extras, named, 'zh')}。`,
      en: `${named} is a remote region: shipping ${m(remote.fee ?? 0)}${remote.free_over ? `, free from ${m(remote.free_over)}` : ''}${daysTo(extras, named, 'en')}.`,
    });
  }
  const place = /(?:到|寄|发|去)([\u4e00-\u9fff]{2,3}?)(?:市|省|的|要|吗|呢|多|几|$)/.exec(
    text,
  )?.[1];
  const days = place ? daysTo(extras, place, ctx.lang) : '';
  return days ? say(ctx, { zh: `寄到${place}${days}。`, en: `To ${place}${days}.` }) : '';
}

/** "，一般 2–4 天送达" for a region, from delivery_days (a "*" row covers the rest). */
function daysTo(extras: ShippingExtras, place: string, lang: 'zh' | 'en'): string {
  const rows = extras.delivery_days ?? [];
  const row =
    rows.find((r) =>
      r.regions.some((x) => x !== '*' && (x.includes(place) || place.includes(x.slice(0, 2)))),
    ) ?? rows.find((r) => r.regions.includes('*'));
  if (!row) return '';
  return lang === 'zh'
    ? `，一般 ${row.days.join('–')} 天送达`
    : `, usually ${row.days.join('–')} days`;
}
