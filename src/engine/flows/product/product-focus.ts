/**
 * The product a catalogue question is about: one picked from what was just shown ("第二个"),
 * one named in the message, or the one already in focus ("这件"). Several matching products
 * are listed to pick from; nothing at all is asked for. Any free text is tried as a name.
 */
import type { Product } from '../../../domain/bundle.ts';
import { nameProducts } from '../../catalog/name-products.ts';
import { pickShown } from '../../turn/pick-shown.ts';
import {
  answered,
  say,
  stalled,
  type FlowResult,
  type TurnContext,
} from '../../turn/turn-context.ts';
import { productChoices, titleOf } from './product-card.ts';

/** What the message points at. */
export type Focus =
  { kind: 'one'; product: Product } | { kind: 'many'; products: Product[] } | { kind: 'none' };

const DEICTIC =
  /这个|這個|这件|這件|这款|這款|这条|這條|这双|這雙|它|\bthis\b|\bit\b|\bthat one\b/i;

/** A product of `ctx.state.shown` that the text picks, if any. */
export function shownProduct(ctx: TurnContext, text: string): Product | null {
  const shown = ctx.state.shown;
  if (shown?.kind !== 'products') return null;
  const id = pickShown(text, shown.ids);
  return ctx.shop.products.find((p) => p.id === id) ?? null;
}

/** The products `text` points at, by the rules in the header. */
export function findFocus(ctx: TurnContext, text: string = ctx.u.text): Focus {
  const picked = shownProduct(ctx, text);
  if (picked) return { kind: 'one', product: picked };
  const current = ctx.shop.products.find((p) => p.id === ctx.state.productId) ?? null;
  if (current && DEICTIC.test(text)) return { kind: 'one', product: current };
  // Without a product word, words like 纯棉 or 速干 describe the product in focus; with "这件"
  // and nothing in focus, only the product word names it ("这件T恤是纯棉的吗": which T恤?).
  const word = ctx.u.slots.product;
  const named =
    current && !word
      ? []
      : !current && DEICTIC.test(text) && word
        ? nameProducts(ctx.shop, word)
        : nameProducts(ctx.shop, text);
  const [first] = named;
  if (first && named.length === 1) return { kind: 'one', product: first };
  if (current && (named.length === 0 || named.includes(current))) {
    return { kind: 'one', product: current };
  }
  return first ? { kind: 'many', products: named } : { kind: 'none' };
}

/** The product in focus, remembered in state; or the question asking which one. */
export function focusProduct(
  ctx: TurnContext,
  focus: Focus = findFocus(ctx),
): { product: Product } | { result: FlowResult } {
  if (focus.kind === 'one') {
    if (ctx.state.productId !== focus.product.id) forgetVariantSlots(ctx);
    ctx.state.productId = focus.product.id;
    if (ctx.state.awaiting === 'product') ctx.state.awaiting = null;
    return { product: focus.product };
  }
  return { result: askWhich(ctx, focus.kind === 'many' ? focus.products : []) };
}

/** A size, colour or quantity said about another product does not carry over to this one. */
function forgetVariantSlots(ctx: TurnContext): void {
  if (!ctx.state.productId) return;
  for (const key of ['size', 'color', 'quantity', 'size_direction'] as const) {
    if (ctx.u.slots[key] === undefined) delete ctx.state.slots[key];
  }
}

/** Asks which product; asking again without an answer is no progress. */
export function askWhich(ctx: TurnContext, options: Product[]): FlowResult {
  const again = ctx.state.awaiting === 'product';
  ctx.state.awaiting = 'product';
  const reply = options.length
    ? {
        text: say(ctx, {
          zh: `您问的是哪一款？${options.map((p, i) => `${i + 1}. ${titleOf(p, 'zh')}`).join('；')}`,
          en: `Which one do you mean? ${options.map((p, i) => `${i + 1}. ${titleOf(p, 'en')}`).join('; ')}`,
        }),
        parts: [productChoices(options, ctx.lang)],
      }
    : askName(ctx);
  if (options.length) ctx.state.shown = { kind: 'products', ids: options.map((p) => p.id) };
  return again ? stalled(reply) : answered(reply);
}

function askName(ctx: TurnContext) {
  const example = ctx.shop.products[0];
  const zhHint = example ? `，比如“${titleOf(example, 'zh')}”` : '';
  const enHint = example ? `, e.g. "${titleOf(example, 'en')}"` : '';
  return {
    text: say(ctx, {
      zh: `您问的是哪件商品？告诉我商品名称就行${zhHint}。`,
      en: `Which product do you mean? Just tell me its name${enHint}.`,
    }),
    alternatives: [
      say(ctx, {
        zh: '还没对上是哪件商品，能再说一下商品名称，或者发商品链接里的编号吗？',
        en: "I still can't tell which product it is. Could you give its name or the product code?",
      }),
    ],
  };
}
