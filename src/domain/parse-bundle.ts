/**
 * Validates a shop bundle at the edge: schema problems and cross-references, each reported with
 * its JSON path (`products[3].variants[0].price: expected a number`), all at once.
 */
import type { z } from 'zod';
import { BundleSchema, type Bundle } from './bundle.ts';
import { invalidInput } from './errors.ts';

/** Parses `input` as a bundle or throws `invalid_input` listing every problem with its path. */
export function parseBundle(input: unknown): Bundle {
  const result = BundleSchema.safeParse(input);
  if (!result.success) {
    throw invalidInput('The shop bundle is not valid.', result.error.issues.map(describeIssue));
  }
  const problems = crossReferenceProblems(result.data);
  if (problems.length > 0) throw invalidInput('The shop bundle is not valid.', problems);
  return result.data;
}

/** `a.b[2].c` for a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(root)';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${formatPath(issue.path)}: ${describeProblem(issue)}`;
}

function describeProblem(issue: z.core.$ZodIssue): string {
  const missing = issue.message.endsWith('received undefined');
  if (issue.code === 'invalid_type') {
    const article = /^[aeiou]/.test(issue.expected) ? 'an' : 'a';
    return missing
      ? `missing (expected ${article} ${issue.expected})`
      : `expected ${article} ${issue.expected}`;
  }
  if (issue.code === 'invalid_union') {
    const first = issue.errors[0]?.[0];
    return missing || first?.message.endsWith('received undefined')
      ? 'missing (expected a text: a string or {"zh": …, "en": …})'
      : 'expected a text: a string or {"zh": …, "en": …}';
  }
  return issue.message;
}

function duplicates<T>(items: readonly T[], key: (t: T) => string, at: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) problems.push(`${at}[${i}]: duplicate id "${k}"`);
    seen.add(k);
  });
  return problems;
}

function crossReferenceProblems(b: Bundle): string[] {
  const problems = [
    ...duplicates(b.categories, (c) => c.id, 'categories'),
    ...duplicates(b.products, (p) => p.id, 'products'),
    ...duplicates(b.customers, (c) => c.id, 'customers'),
    ...duplicates(b.orders, (o) => o.id, 'orders'),
    ...duplicates(b.promotions, (p) => p.id, 'promotions'),
    ...duplicates(b.faq, (f) => f.id, 'faq'),
  ];
  const skus = new Set<string>();
  b.products.forEach((p, i) =>
    p.variants.forEach((v, j) => {
      if (skus.has(v.sku)) problems.push(`products[${i}].variants[${j}].sku: duplicate "${v.sku}"`);
      skus.add(v.sku);
    }),
  );
  const customers = new Set(b.customers.map((c) => c.id));
  b.orders.forEach((o, i) => {
    if (!customers.has(o.customer_id)) {
      problems.push(`orders[${i}].customer_id: no customer "${o.customer_id}" in customers`);
    }
  });
  return problems;
}
