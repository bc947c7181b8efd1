/**
 * The products of a kind the customer names ("T恤", "裙子", "jeans"): every product of the
 * categories named so (with their sub-categories), plus products whose title ends in the word
 * (Chinese names the kind last: 防晒渔夫帽 is a 帽, 连帽卫衣 is not). Unlike nameProducts this
 * keeps them all, so a recommendation can stay within the kind asked for.
 */
import type { Category, Product, Text } from '../../domain/bundle.ts';
import type { ShopSnapshot } from '../../domain/ports.ts';
import { normalizeText } from './catalog-tokens.ts';
import { nameProducts } from './name-products.ts';

const texts = (t: Text | undefined): string[] =>
  t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t);

// Joins in compound category names ("裤装与半身裙", "Hoodies & sweatshirts").
const JOIN = /与|和|及|、|&|,|\band\b/;
const PACK = /\s*[（(][^（()）]*[）)]\s*$/;

/** "裙子" → "裙", "t-shirts" → "t-shirt": the word as catalogue names hold it. */
function stem(word: string): string {
  const w = normalizeText(word).trim();
  if (/^\p{Script=Han}{2}$/u.test(w) && w.endsWith('子')) return w.slice(0, 1);
  return singular(w);
}

const singular = (w: string) => (w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w);

/** Whether the name is of kind `want`: ends in it (Chinese) or has it as a word (English). */
function names(name: string, want: string): boolean {
  const plain = normalizeText(name).replace(PACK, '').trim();
  if (/\p{Script=Han}/u.test(want)) return plain.endsWith(want);
  return plain.split(/[^a-z0-9-]+/).some((w) => singular(w) === want);
}

function categoryIds(categories: readonly Category[], want: string): Set<string> {
  const ids = new Set<string>();
  for (const c of categories) {
    const parts = texts(c.name).flatMap((n) => n.split(JOIN));
    if (!parts.some((part) => names(part, want))) continue;
    ids.add(c.id);
    // A compound parent ("裤装与半身裙") does not make every child of the kind asked.
    if (texts(c.name).some((n) => JOIN.test(n))) continue;
    for (const child of categories) if (child.parent === c.id) ids.add(child.id);
  }
  return ids;
}

/** The products of the kind `word` names, in catalogue order (else the products it names). */
export function productsOfType(shop: ShopSnapshot, word: string): Product[] {
  const want = stem(word);
  if (want.length === 0) return [];
  const ids = categoryIds(shop.categories, want);
  const found = shop.products.filter(
    (p) => ids.has(p.category) || texts(p.title).some((t) => names(t, want)),
  );
  return found.length > 0 ? found : nameProducts(shop, word);
}
