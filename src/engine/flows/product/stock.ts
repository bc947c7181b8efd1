/**
 * "白色L还有货吗" / "什么时候补货": whether a product, or the size and colour asked for, is in
 * stock now (read fresh from the store), the in-stock alternatives, and the restock date of a
 * sold-out variant. Stock 0 is never promised.
 */
import type { Product } from '../../../domain/bundle.ts';
import { normalizeText } from '../../catalog/catalog-tokens.ts';
import { colorWord, optionsLabel } from '../../orders/order-items.ts';
import { answered, say, type Flow, type TurnContext } from '../../turn/turn-context.ts';
import { freshStock, restockDay } from '../fresh-stock.ts';
import { productCard, titleOf } from './product-card.ts';
import { focusProduct } from './product-focus.ts';
import {
  matchingVariants,
  missingOption,
  optionValues,
  stockLists,
  variantStatus,
  type VariantWish,
} from './variant-stock.ts';

/** Handles stock questions. */
export const stockFlow: Flow = async (ctx) => {
  const picked = focusProduct(ctx);
  if ('result' in picked) return picked.result;
  const { product } = picked;
  const stock = await freshStock(ctx, product);
  const card = productCard(ctx, product, stock);
  const wish = wishOf(ctx, product);
  const text = [...stock.values()].every((n) => n <= 0)
    ? allSoldOut(ctx, product)
    : wishStatus(ctx, product, stock, wish);
  return answered({ text, parts: [card] });
};

// "还有什么颜色" asks about every colour, whatever colour was said before.
const ANY_COLOR =
  /什么颜色|哪些颜色|几个颜色|几种颜色|别的颜色|其他颜色|其它颜色|what colou?rs|which colou?rs|other colou?rs/i;
const ANY_SIZE =
  /什么尺码|哪些尺码|几个码|哪些码|别的尺码|其他尺码|其它尺码|what sizes|which sizes|other sizes/i;

/** The size and colour asked for; a remembered one the product lacks is dropped unless new. */
function wishOf(ctx: TurnContext, product: Product): VariantWish {
  const fresh = ctx.u.slots;
  const kept = ctx.state.slots;
  const has = (key: string, value: string | undefined) =>
    value !== undefined && optionValues(product, key).includes(value);
  const size = fresh.size ?? (has('size', kept.size) ? kept.size : undefined);
  const color = fresh.color ?? (has('color', kept.color) ? kept.color : undefined);
  const plain = normalizeText(ctx.u.text);
  return {
    size: ANY_SIZE.test(plain) ? undefined : size,
    color: ANY_COLOR.test(plain) ? undefined : color,
  };
}

function allSoldOut(ctx: TurnContext, product: Product): string {
  const back = product.restock_date ? restockDay(ctx, product, '') : '';
  const title = titleOf(product, ctx.lang);
  return say(ctx, {
    zh: `${title}目前所有规格都缺货${back ? `，预计 ${back} 补货` : '，暂无补货日期'}。`,
    en: `${title} is out of stock in every option${back ? `; it is expected back on ${back}` : ', with no restock date yet'}.`,
  });
}

function wishStatus(
  ctx: TurnContext,
  product: Product,
  stock: Map<string, number>,
  wish: VariantWish,
): string {
  const title = titleOf(product, ctx.lang);
  const missing = missingOption(product, wish, ctx);
  if (missing) return noSuchOption(ctx, product, missing);
  if (!wish.size && !wish.color) return overview(ctx, product, stock);
  const variants = matchingVariants(product, wish);
  const [only] = variants;
  if (only && variants.length === 1) {
    const status = variantStatus(ctx, product, stock, only);
    const others = (stock.get(only.sku) ?? 0) > 0 ? '' : alternatives(ctx, product, stock, wish);
    return say(ctx, { zh: `${title}：${status}。${others}`, en: `${title}: ${status}.${others}` });
  }
  const { inStock, soldOut } = stockLists(ctx, product, stock, variants);
  return say(ctx, {
    zh: `${title}${inStock ? `现在有货的：${inStock}。` : '您问的规格都缺货。'}${soldOut ? `${soldOut}。` : ''}`,
    en: `${title}: ${inStock ? `in stock now — ${inStock}.` : 'none of those options is in stock.'}${soldOut ? ` ${capital(soldOut)}.` : ''}`,
  });
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function alternatives(
  ctx: TurnContext,
  product: Product,
  stock: Map<string, number>,
  wish: VariantWish,
): string {
  const near = [
    ...matchingVariants(product, { size: wish.size }),
    ...matchingVariants(product, { color: wish.color }),
  ].filter((v, i, all) => all.indexOf(v) === i);
  const { inStock } = stockLists(ctx, product, stock, near);
  if (!inStock) return '';
  return say(ctx, {
    zh: `现在有货的相近规格：${inStock}。`,
    en: ` Similar options in stock now: ${inStock}.`,
  });
}

function noSuchOption(ctx: TurnContext, product: Product, missing: string): string {
  const colors = optionValues(product, 'color').map((c) => colorWord(c, ctx.lang));
  const sizes = optionValues(product, 'size');
  return say(ctx, {
    zh: `${titleOf(product, 'zh')}没有${missing}这个规格。${colors.length ? `颜色有：${colors.join('、')}。` : ''}${sizes.length ? `尺码有：${sizes.join('、')}。` : ''}`,
    en: `${titleOf(product, 'en')} doesn't come in ${missing}.${colors.length ? ` Colours: ${colors.join(', ')}.` : ''}${sizes.length ? ` Sizes: ${sizes.join(', ')}.` : ''}`,
  });
}

/** Per colour, the sizes in stock; sold-out variants by sku with their restock dates. */
function overview(ctx: TurnContext, product: Product, stock: Map<string, number>): string {
  const colors = optionValues(product, 'color');
  const groups = colors.length ? colors : [undefined];
  const lines = groups.map((color) => {
    const variants = matchingVariants(product, { color });
    const sizes = variants
      .filter((v) => (stock.get(v.sku) ?? 0) > 0)
      .map((v) => optionsLabel({ ...v.options, color: '' }, ctx.lang) || v.sku);
    const name = color ? colorWord(color, ctx.lang) : titleOf(product, ctx.lang);
    const none = ctx.lang === 'zh' ? '缺货' : 'sold out';
    return `${name}${ctx.lang === 'zh' ? '：' : ': '}${sizes.join(' ') || none}`;
  });
  const { soldOut } = stockLists(ctx, product, stock, product.variants);
  return say(ctx, {
    zh: `${titleOf(product, 'zh')}现在有货的尺码——${lines.join('；')}。${soldOut ? `${soldOut}。` : ''}`,
    en: `${titleOf(product, 'en')} in stock now — ${lines.join('; ')}.${soldOut ? ` ${capital(soldOut)}.` : ''}`,
  });
}
