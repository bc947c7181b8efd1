/** Order lines as the customer knows them: titles with colour and size, matching by words. */
import type { Order, OrderItem } from '../../domain/bundle.ts';
import type { ShopSnapshot } from '../../domain/ports.ts';
import type { Slots } from '../../domain/understanding.ts';
import { findVariant } from '../actions/action-definition.ts';
import { catalogTokens, queryTerms } from '../catalog/catalog-tokens.ts';
import { textIn, type Lang, paren } from '../replies/render.ts';

const COLOR_WORDS: Record<string, { zh: string; en: string }> = {
  white: { zh: '白色', en: 'white' },
  black: { zh: '黑色', en: 'black' },
  grey: { zh: '灰色', en: 'grey' },
  red: { zh: '红色', en: 'red' },
  blue: { zh: '蓝色', en: 'blue' },
  navy: { zh: '藏青色', en: 'navy' },
  green: { zh: '绿色', en: 'green' },
  yellow: { zh: '黄色', en: 'yellow' },
  pink: { zh: '粉色', en: 'pink' },
  purple: { zh: '紫色', en: 'purple' },
  brown: { zh: '棕色', en: 'brown' },
  beige: { zh: '米色', en: 'beige' },
  orange: { zh: '橙色', en: 'orange' },
};

/** A colour option in words. */
export const colorWord = (color: string, lang: Lang) => COLOR_WORDS[color]?.[lang] ?? color;

/** "白色 / M" for a variant's options. */
export function optionsLabel(options: Record<string, string>, lang: Lang): string {
  const size = options['size'];
  const sizeLabel = size === 'ONE_SIZE' ? (lang === 'zh' ? '均码' : 'one size') : size;
  return [options['color'] ? colorWord(options['color'], lang) : undefined, sizeLabel]
    .filter(Boolean)
    .join(' / ');
}

/** "纯棉T恤（白色 / M）" for a sku; the sku itself when the catalogue no longer has it. */
export function skuTitle(shop: ShopSnapshot, sku: string, lang: Lang): string {
  const found = findVariant(shop, sku);
  if (!found) return sku;
  const label = optionsLabel(found.variant.options, lang);
  const title = textIn(found.product.title, lang);
  return label ? `${title}${paren(label, lang)}` : title;
}

/** Whether the customer's product words name this sku's product. */
export function itemMatchesWords(shop: ShopSnapshot, sku: string, words: string): boolean {
  const found = findVariant(shop, sku);
  if (!found) return false;
  const w = words.toLowerCase().replace(/\s+/g, '');
  if (!w) return false;
  const titles = [
    textIn(found.product.title, 'zh'),
    textIn(found.product.title, 'en'),
    found.product.category,
  ];
  const category = shop.categories.find((c) => c.id === found.product.category);
  if (category) titles.push(textIn(category.name, 'zh'), textIn(category.name, 'en'));
  return titles.some((t) => {
    const title = t.toLowerCase().replace(/\s+/g, '');
    return title.includes(w) || (w.length >= 2 && w.includes(title) && title.length >= 2);
  });
}

/** The lines of `order` that the slots point at (product words, colour, size). */
export function matchingLines(shop: ShopSnapshot, order: Order, slots: Slots): OrderItem[] {
  return order.items.filter((line) => {
    const v = findVariant(shop, line.sku);
    if (slots.product && !itemMatchesWords(shop, line.sku, slots.product)) return false;
    if (
      slots.color &&
      v &&
      v.variant.options['color'] &&
      v.variant.options['color'] !== slots.color
    ) {
      return false;
    }
    return true;
  });
}

/**
 * The lines of `order` whose product the message names best, by catalogue search terms
 * (traditional Chinese folded to simplified, words and bigrams); [] when none is named.
 */
export function mentionedLines(shop: ShopSnapshot, order: Order, text: string): OrderItem[] {
  const terms = queryTerms(text);
  if (terms.size === 0) return [];
  const scored = order.items.map((line) => {
    const found = findVariant(shop, line.sku);
    const category = found
      ? shop.categories.find((c) => c.id === found.product.category)
      : undefined;
    const names = found
      ? [
          textIn(found.product.title, 'zh'),
          textIn(found.product.title, 'en'),
          category ? textIn(category.name, 'zh') : '',
          category ? textIn(category.name, 'en') : '',
        ]
      : [];
    const tokens = new Set(catalogTokens(names.join(' ')));
    let score = 0;
    for (const [term, weight] of terms) if (tokens.has(term)) score += weight;
    return { line, score };
  });
  const best = Math.max(...scored.map((s) => s.score));
  return best > 0 ? scored.filter((s) => s.score === best).map((s) => s.line) : [];
}
