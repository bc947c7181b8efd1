/**
 * "175 140斤穿什么码": a size from the product category's size chart by height and weight
 * (the larger when they disagree), or the customer's usual size with the product's fit; asks for
 * height and weight when it has neither, and says whether the advised size is in stock.
 */
import type { Product } from '../../../domain/bundle.ts';
import { sizeFromChart, type SizeAdvice } from '../../../domain/policy/size-from-chart.ts';
import { textIn } from '../../replies/render.ts';
import {
  answered,
  say,
  stalled,
  type Flow,
  type FlowResult,
  type TurnContext,
} from '../../turn/turn-context.ts';
import { productSizes } from '../choose-variant.ts';
import { freshStock } from '../fresh-stock.ts';
import { productCard, titleOf } from './product-card.ts';
import { focusProduct } from './product-focus.ts';
import { chartOf, chartNote, nearestSize, sizeStock } from './size-chart.ts';

/** Handles size questions. */
export const sizeAdviceFlow: Flow = async (ctx) => {
  const picked = focusProduct(ctx);
  if ('result' in picked) return picked.result;
  const { product } = picked;
  const sizes = productSizes(product);
  if (sizes.length <= 1) return oneSize(ctx, product, sizes[0]);
  const chart = chartOf(ctx.shop, product);
  const { height_cm: heightCm, weight_kg: weightKg, size } = ctx.state.slots;
  const advice =
    chart && (heightCm || weightKg) ? sizeFromChart(chart, { heightCm, weightKg }) : null;
  if (advice) return advise(ctx, product, advice, nearestSize(sizes, advice.size, chart));
  if (size && sizes.includes(size)) return usualSize(ctx, product, size);
  return askBody(ctx, product, Boolean(chart));
};

function fitNote(ctx: TurnContext, product: Product): string {
  const fit = textIn(product.attributes['fit'], ctx.lang);
  return fit ? say(ctx, { zh: `（版型：${fit}）`, en: ` (fit: ${fit})` }) : '';
}

async function advise(
  ctx: TurnContext,
  product: Product,
  advice: SizeAdvice,
  size: string,
): Promise<FlowResult> {
  ctx.state.awaiting = null;
  const stock = await freshStock(ctx, product);
  const split =
    advice.byHeight && advice.byWeight && advice.byHeight !== advice.byWeight
      ? say(ctx, {
          zh: `按身高是 ${advice.byHeight}、按体重是 ${advice.byWeight}，建议选较大的一码。`,
          en: `Your height suggests ${advice.byHeight} and your weight ${advice.byWeight}; the larger one is safer.`,
        })
      : '';
  const other =
    size !== advice.size
      ? say(ctx, { zh: `（这款没有 ${advice.size}）`, en: ` (this item has no ${advice.size})` })
      : '';
  const note = chartNote(ctx, ctx.shop, product);
  return answered({
    text: say(ctx, {
      zh: `按${titleOf(product, 'zh')}的尺码表，建议选 ${size} 码${other}${fitNote(ctx, product)}。${split}${note}${sizeStock(ctx, product, stock, size)}`,
      en: [
        `By the size chart of the ${titleOf(product, 'en')}, I'd suggest ${size}${other}${fitNote(ctx, product)}.`,
        split,
        note.trim(),
        sizeStock(ctx, product, stock, size),
      ]
        .filter(Boolean)
        .join(' '),
    }),
    parts: [productCard(ctx, product, stock)],
  });
}

async function usualSize(ctx: TurnContext, product: Product, size: string): Promise<FlowResult> {
  ctx.state.awaiting = null;
  const stock = await freshStock(ctx, product);
  return answered({
    text: say(ctx, {
      zh: `平时穿 ${size} 的话，${titleOf(product, 'zh')}可以同样选 ${size}${fitNote(ctx, product)}。想更准的话告诉我身高体重。${sizeStock(ctx, product, stock, size)}`,
      en: `If you usually wear ${size}, take ${size} in ${titleOf(product, 'en')} too${fitNote(ctx, product)}. Tell me your height and weight for a closer match. ${sizeStock(ctx, product, stock, size)}`,
    }),
  });
}

function askBody(ctx: TurnContext, product: Product, hasChart: boolean): FlowResult {
  const again = ctx.state.awaiting === 'body';
  ctx.state.awaiting = 'body';
  const sizes = productSizes(product).join(ctx.lang === 'zh' ? '、' : ', ');
  const reply = {
    text: hasChart
      ? say(ctx, {
          zh: `${titleOf(product, 'zh')}有 ${sizes} 码。告诉我您的身高和体重（比如 175cm 70kg），我按尺码表帮您选；或者说说您平时穿什么码。`,
          en: `${titleOf(product, 'en')} comes in ${sizes}. Tell me your height and weight (e.g. 175 cm, 70 kg) and I'll check the size chart — or the size you usually wear.`,
        })
      : say(ctx, {
          zh: `${titleOf(product, 'zh')}有 ${sizes} 码，这款没有按身高体重的尺码表。您平时穿什么码？`,
          en: `${titleOf(product, 'en')} comes in ${sizes}; it has no height/weight size chart. What size do you usually wear?`,
        }),
  };
  return again ? stalled(reply) : answered(reply);
}

function oneSize(ctx: TurnContext, product: Product, size: string | undefined): FlowResult {
  const dims = textIn(product.attributes['dimensions'], ctx.lang);
  return answered({
    text: say(ctx, {
      zh: `${titleOf(product, 'zh')}${size && size !== 'ONE_SIZE' ? `只有 ${size} 一个规格` : '是均码'}，不用选尺码${dims ? `（尺寸：${dims}）` : ''}。`,
      en: `${titleOf(product, 'en')} ${size && size !== 'ONE_SIZE' ? `comes only in ${size}` : 'is one size'}, so there's no size to choose${dims ? ` (dimensions: ${dims})` : ''}.`,
    }),
  });
}
