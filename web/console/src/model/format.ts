/** Times and money as the workspace shows them, in the UI language. */

/** A time of day (with the date when it is not today). */
export function formatTime(iso: string, locale: string, now = new Date()): string {
  const d = new Date(iso);
  const sameDay = d.toDateString() === now.toDateString();
  return d.toLocaleString(locale, {
    ...(sameDay ? {} : { month: 'numeric', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

/** An amount in yuan. */
export const formatMoney = (amount: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(amount);
