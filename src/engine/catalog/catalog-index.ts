/**
 * Full-text search over a shop's catalogue (MiniSearch): titles in every language, category
 * names (with the parent's), tags, attribute values and descriptions. One index per snapshot
 * object, built on first use; a re-import makes a new snapshot and so a new index.
 */
import MiniSearch from 'minisearch';
import type { Product, Text } from '../../domain/bundle.ts';
import type { ShopSnapshot } from '../../domain/ports.ts';
import { catalogTokens, queryTerms, teachWords } from './catalog-tokens.ts';

/** One product the words found, with MiniSearch's relevance score and the terms that met. */
export interface ProductHit {
  product: Product;
  score: number;
  terms: string[];
}

/** `name`: what names a product (title, category); `all` adds tags, attributes, description. */
export type SearchScope = 'name' | 'all';

interface CatalogIndex {
  search: MiniSearch;
  byId: Map<string, Product>;
}

const indexes = new WeakMap<ShopSnapshot, CatalogIndex>();

const texts = (t: Text | undefined): string =>
  t === undefined ? '' : typeof t === 'string' ? t : Object.values(t).join(' ');

function categoryWords(shop: ShopSnapshot, categoryId: string): string {
  const category = shop.categories.find((c) => c.id === categoryId);
  if (!category) return categoryId;
  const parent = shop.categories.find((c) => c.id === category.parent);
  return [texts(category.name), parent ? texts(parent.name) : ''].join(' ');
}

function buildIndex(shop: ShopSnapshot): CatalogIndex {
  teachWords(['t恤', ...shop.categories.flatMap((c) => texts(c.name).split(/\s+/))]);
  const search = new MiniSearch({
    fields: ['title', 'category', 'tags', 'attrs'],
    tokenize: (text) => catalogTokens(text),
    processTerm: (term) => term,
  });
  search.addAll(
    shop.products.map((p) => ({
      id: p.id,
      title: texts(p.title),
      category: categoryWords(shop, p.category),
      tags: (p.tags ?? []).join(' '),
      attrs: [...Object.values(p.attributes).map(texts), texts(p.description)].join(' '),
    })),
  );
  return { search, byId: new Map(shop.products.map((p) => [p.id, p])) };
}

function indexOf(shop: ShopSnapshot): CatalogIndex {
  let index = indexes.get(shop);
  if (!index) {
    index = buildIndex(shop);
    indexes.set(shop, index);
  }
  return index;
}

const BOOST: Record<SearchScope, Record<string, number>> = {
  name: { title: 3, category: 1.5 },
  all: { title: 3, category: 2, tags: 2, attrs: 1 },
};

/** Products matching the customer's words, best first. */
export function searchProducts(
  shop: ShopSnapshot,
  words: string,
  scope: SearchScope = 'name',
): ProductHit[] {
  const index = indexOf(shop);
  const terms = queryTerms(words);
  if (terms.size === 0) return [];
  const results = index.search.search([...terms.keys()].join(' '), {
    fields: Object.keys(BOOST[scope]),
    boost: BOOST[scope],
    combineWith: 'OR',
    tokenize: (q) => q.split(' '),
    processTerm: (term) => term,
    boostTerm: (term) => terms.get(term) ?? 1,
  });
  return results.flatMap((r) => {
    const product = index.byId.get(String(r.id));
    return product ? [{ product, score: r.score, terms: r.terms }] : [];
  });
}
