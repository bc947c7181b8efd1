/**
 * The shop clock. Policy windows are computed against an injected clock: tests and `kefu eval`
 * fix `now`, production reads the real time. Times are instants; the shop's timezone matters
 * only when a date is shown or business hours are checked.
 */

/** Something that knows the current instant. */
export interface Clock {
  now(): Date;
}

/** The real time. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `at` (tests, scenarios); `advance` moves it forward. */
export function fixedClock(at: Date | string): Clock & { advance(ms: number): void } {
  let t = new Date(at).getTime();
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

const DAY_MS = 86_400_000;

/** Whole or partial days elapsed from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

/** `at` plus `days` days. */
export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}
