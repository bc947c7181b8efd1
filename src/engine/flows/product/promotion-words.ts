/** A promotion's rule in words: 每满300减50 / 满199减30（券码 618VIP）/ 85折, with its dates. */
import type { Promotion } from '../../../domain/bundle.ts';
import { day, money, textIn } from '../../replies/render.ts';
import type { TurnContext } from '../../turn/turn-context.ts';

function rule(ctx: TurnContext, p: Promotion): string {
  const m = (n: number | undefined) => money(n ?? 0, ctx.shop.shop.currency);
  const zh = ctx.lang === 'zh';
  if (p.kind === 'threshold') {
    if (zh) return `${p.repeat ? '每满' : '满'}${m(p.threshold)}减${m(p.off)}`;
    return `${m(p.off)} off ${p.repeat ? 'every' : 'orders of'} ${m(p.threshold)}${p.repeat ? '' : '+'}`;
  }
  if (p.kind === 'coupon') {
    const min = p.min_spend ? (zh ? `满${m(p.min_spend)}` : ` on ${m(p.min_spend)}+`) : '';
    return zh
      ? `${min}减${m(p.off)}，券码 ${p.code ?? ''}`
      : `${m(p.off)} off${min}, code ${p.code ?? ''}`;
  }
  const pct = p.percent ?? 100;
  return zh ? `${Number((pct / 10).toFixed(1))}折` : `${Number((100 - pct).toFixed(1))}% off`;
}

function dates(ctx: TurnContext, p: Promotion): string {
  const tz = ctx.shop.shop.timezone;
  if (!p.starts && !p.ends) return '';
  const from = p.starts ? day(p.starts, tz) : '';
  const to = p.ends ? day(p.ends, tz) : '';
  if (ctx.lang === 'zh')
    return `，${from}${from && to ? ' 至 ' : ''}${to}${!from && to ? ' 截止' : ''}`;
  return `, ${from ? `from ${from}` : ''}${from && to ? ' ' : ''}${to ? `until ${to}` : ''}`;
}

/** "618每满300减50（每满¥300.00减¥50.00，2025-05-30 至 2025-06-20）". */
export function describePromotion(ctx: TurnContext, p: Promotion): string {
  const title = textIn(p.title, ctx.lang) || p.id;
  const alone =
    p.stackable === false ? (ctx.lang === 'zh' ? '，不与其他优惠同享' : ', not combinable') : '';
  const [open, close] = ctx.lang === 'zh' ? ['（', '）'] : [' (', ')'];
  return `${title}${open}${rule(ctx, p)}${dates(ctx, p)}${alone}${close}`;
}
