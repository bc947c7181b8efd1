/**
 * Business hours of a shop's human agents, in the shop's time zone: whether they are open now,
 * and when they next open. Days are ISO weekdays (1 = Monday … 7 = Sunday).
 */
import type { Shop } from './bundle.ts';

interface LocalTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minutes: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function localTime(at: Date, timeZone: string): LocalTime {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return {
    year: Number(p['year']),
    month: Number(p['month']),
    day: Number(p['day']),
    weekday: WEEKDAYS[p['weekday'] ?? 'Mon'] ?? 1,
    minutes: Number(p['hour']) * 60 + Number(p['minute']),
  };
}

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The instant at which the shop's local clock shows the given date and minute of day. */
function instantOf(year: number, month: number, day: number, minutes: number, tz: string): Date {
  const naive = Date.UTC(year, month - 1, day, 0, minutes);
  const seen = localTime(new Date(naive), tz);
  const seenUtc = Date.UTC(seen.year, seen.month - 1, seen.day, 0, seen.minutes);
  return new Date(naive - (seenUtc - naive));
}

/** Whether human agents work at `now` (a shop without hours listed is always open). */
export function isOpen(shop: Shop, now: Date): boolean {
  if (shop.business_hours.length === 0) return true;
  const t = localTime(now, shop.timezone);
  return shop.business_hours.some(
    (h) =>
      h.days.includes(t.weekday) &&
      t.minutes >= toMinutes(h.open) &&
      t.minutes < toMinutes(h.close),
  );
}

/** The next instant the agents open after `now` (now itself when open); null if never. */
export function nextOpening(shop: Shop, now: Date): Date | null {
  if (isOpen(shop, now)) return now;
  const today = localTime(now, shop.timezone);
  for (let offset = 0; offset <= 7; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const weekday = ((today.weekday - 1 + offset) % 7) + 1;
    const opens = shop.business_hours
      .filter((h) => h.days.includes(weekday))
      .map((h) => toMinutes(h.open))
      .filter((m) => offset > 0 || m > today.minutes)
      .sort((a, b) => a - b);
    const first = opens[0];
    if (first !== undefined) {
      return instantOf(
        date.getUTCFullYear(),
        date.getUTCMonth() + 1,
        date.getUTCDate(),
        first,
        shop.timezone,
      );
    }
  }
  return null;
}
