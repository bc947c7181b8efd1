/**
 * Policy windows of an order, read from the shop's policies: no-reason return and exchange are
 * counted from delivery; price protection from payment.
 */
import type { Order, Policies } from '../bundle.ts';
import { addDays } from '../clock.ts';

/** The last instant of a window of `days` days starting at `from`. */
export function windowEnd(from: string, days: number): Date {
  return addDays(new Date(from), days);
}

/** Whether `now` is within `days` days after the order's delivery. */
function withinDaysOfDelivery(order: Order, days: number, now: Date): boolean {
  if (order.status !== 'delivered' || !order.delivered_at) return false;
  return now.getTime() <= windowEnd(order.delivered_at, days).getTime();
}

/** Whether a no-reason return is still in time. */
export function withinReturnWindow(order: Order, policies: Policies, now: Date): boolean {
  return withinDaysOfDelivery(order, policies.return_window_days, now);
}

/** Whether an exchange is still in time. */
export function withinExchangeWindow(order: Order, policies: Policies, now: Date): boolean {
  return withinDaysOfDelivery(order, policies.exchange_window_days, now);
}

/** How many exchanges the order has used (earlier after-sales records of type exchange). */
export function exchangesUsed(order: Order): number {
  return order.after_sales.filter((a) => a.type === 'exchange' && a.status !== 'rejected').length;
}
