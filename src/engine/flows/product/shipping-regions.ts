/**
 * Shipping to a region the customer names: Hong Kong / Macau / Taiwan, a remote region, or the
 * delivery days to a province or city, from the optional shipping extras of the bundle.
 */
import { normalizeText } from '../../catalog/catalog-tokens.ts';
import { money } from '../../replies/render.ts';
import { say, type TurnContext } from '../../turn/turn-context.ts';
import type { ShippingExtras } from './shipping-extras.ts';

const HMT = /香港|澳门|台湾|港澳台|hong ?kong|\bhk\b|macau|macao|taiwan/i;
const CARRIERS: Record<string, string> = { SF: '顺丰', ZTO: '中通' };

/** The region's line ('' when none is named) and whether it is outside the mainland. */
export function regionLine(
  ctx: TurnContext,
  extras: ShippingExtras,
): { text: string; abroad: boolean } {
  const m = (n: number) => money(n, ctx.shop.shop.currency);
  const text = normalizeText(ctx.u.text);
  const hmt = extras.hk_macau_taiwan;
  if (HMT.test(text) && hmt) {
    if (!hmt.available) {
      return {
        abroad: true,
        text: say(ctx, {
          zh: '暂不支持寄往港澳台。',
          en: "We don't ship to Hong Kong, Macau or Taiwan yet.",
        }),
      };
    }
    const carrier = hmt.carrier ?? '';
    const zhCarrier = CARRIERS[carrier] ?? carrier;
    return {
      abroad: true,
      text: say(ctx, {
        zh: `可以寄港澳台${zhCarrier ? `，发${zhCarrier}` : ''}，运费 ${m(hmt.fee ?? 0)}${hmt.free_over ? `，满 ${m(hmt.free_over)} 包邮` : ''}${hmt.days ? `，约 ${hmt.days.join('–')} 天送达` : ''}。`,
        en: `Yes, we ship to Hong Kong, Macau and Taiwan${carrier ? ` by ${carrier}` : ''}: ${m(hmt.fee ?? 0)}${hmt.free_over ? `, free from ${m(hmt.free_over)}` : ''}${hmt.days ? `, about ${hmt.days.join('–')} days` : ''}.`,
      }),
    };
  }
  const remote = extras.remote_regions;
  const named = remote?.regions.find((r) => text.includes(r.slice(0, 2)));
  if (remote && named) {
    return {
      abroad: false,
      text: say(ctx, {
        zh: `${named}属于偏远地区：运费 ${m(remote.fee ?? 0)}${remote.free_over ? `，满 ${m(remote.free_over)} 包邮` : ''}${daysTo(extras, named, 'zh')}。`,
        en: `${named} is a remote region: shipping ${m(remote.fee ?? 0)}${remote.free_over ? `, free from ${m(remote.free_over)}` : ''}${daysTo(extras, named, 'en')}.`,
      }),
    };
  }
  const place = /(?:到|寄|发|去)([\u4e00-\u9fff]{2,3}?)(?:市|省|的|要|吗|呢|多|几|$)/.exec(
    text,
  )?.[1];
  const days = place ? daysTo(extras, place, ctx.lang) : '';
  return {
    abroad: false,
    text: days ? say(ctx, { zh: `寄到${place}${days}。`, en: `To ${place}${days}.` }) : '',
  };
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
