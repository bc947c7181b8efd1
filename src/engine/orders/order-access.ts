/**
 * Who may see an order (scenario.md): a signed-in customer their own orders; an anonymous visitor
 * an order whose number and phone (whole or last four digits) they gave.
 */
import type { Customer, Order } from '../../domain/bundle.ts';

/** Whether `phoneOrLast4` matches the order's phone or its customer's. */
export function phoneMatches(order: Order, owner: Customer | null, phoneOrLast4: string): boolean {
  const given = phoneOrLast4.replace(/\D/g, '');
  if (given.length < 4) return false;
  const phones = [order.address.phone, owner?.phone ?? '']
    .map((p) => p.replace(/\D/g, ''))
    .filter((p) => p.length >= 4);
  return phones.some((p) =>
    given.length === 4 ? p.endsWith(given) : p === given || p.endsWith(given),
  );
}
