/**
 * A promotion in words: a short name from the shop's title ("618会员券"), and its rule from the
 * data ("满¥199.00减¥30.00，券码 618VIP，至 2025-06-20") so the numbers are never retyped by hand.
 */
import type { Promotion } from '../../../domain/bundle.ts';
import { day, money, textIn } from '../../replies/render.ts';
import type { TurnContext } from '../../turn/turn-context.ts';
import { firstOrderOnly } from './coupon-rules.ts';

/** The title up to its first colon or aside: "618会员券：满199减30（券码618VIP）" → "618会员券". */
export function promotionName(ctx: TurnContext, p: Promotion): string {
  const title = textIn(p.title, ctx.lang).trim();
  const short = title.split(/[（(：]|，|[,:]\s/)[0]?.trim() ?? '';
  return short.length >= 2 ? short : title || p.id;
}

function categoryNames(ctx: TurnContext, p: Promotion): string {
  const names = (p.categories ?? []).map(
    (id) => textIn(ctx.shop.categories.find((c) => c.id === id)?.name, ctx.lang) || id,
  );
  return names.join(ctx.lang === 'zh' ? '、' : ', ');
}

function rule(ctx: TurnContext, p: Promotion): string {
  const m = (n: number | undefined) => money(n ?? 0, ctx.shop.shop.currency);
  const zh = ctx.lang === 'zh';
  if (p.kind === 'threshold') {
    if (zh) return `${p.repeat ? '每满' : '满'}${m(p.threshold)}减${m(p.off)}`;
    return `${m(p.off)} off ${p.repeat ? 'every' : 'orders of'} ${m(p.threshold)}${p.repeat ? '' : '+'}`;
  }
  if (p.kind === 'coupon') {
    const min = p.min_spend ? (zh ? `满${m(p.min_spend)}` : ` on ${m(p.min_spend)}+`) : '';
    return zh ? `${min}减${m(p.off)}` : `${m(p.off)} off${min}`;
  }
  const pct = p.percent ?? 100;
  return zh ? `${Number((pct / 10).toFixed(1))}折` : `${Number((100 - pct).toFixed(1))}% off`;
}

function conditions(ctx: TurnContext, p: Promotion): string[] {
  const zh = ctx.lang === 'zh';
  const scope = categoryNames(ctx, p);
  return [
    scope ? (zh ? `限${scope}` : `on ${scope}`) : '',
    p.code ? (zh ? `券码 ${p.code}` : `code ${p.code}`) : '',
    firstOrderOnly(p) ? (zh ? '限首单' : 'first order only') : '',
    p.stackable === false ? (zh ? '不与其他优惠同享' : 'not combined with other offers') : '',
    p.ends
      ? zh
        ? `至 ${day(p.ends, ctx.shop.shop.timezone)}`
        : `until ${day(p.ends, ctx.shop.shop.timezone)}`
      : '',
  ].filter(Boolean);
}

/** "618会员券：满¥199.00减¥30.00，券码 618VIP，至 2025-06-20". */
export function describePromotion(ctx: TurnContext, p: Promotion): string {
  const sep = ctx.lang === 'zh' ? '，' : ', ';
  const colon = ctx.lang === 'zh' ? '：' : ': ';
  return `${promotionName(ctx, p)}${colon}${[rule(ctx, p), ...conditions(ctx, p)].join(sep)}`;
}
