/**
 * A fixed-window counter per key (e.g. sign-in attempts per account and IP). In-process; the
 * Redis scale-out keeps the same interface.
 */

/** Counts attempts per key within a window. */
export interface RateLimiter {
  /** Records an attempt; false when the key is over its limit. */
  attempt(key: string, now: number): boolean;
  reset(key: string): void;
}

/** At most `limit` attempts per `windowMs` per key. */
export function memoryRateLimiter(limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    attempt(key, now) {
      const w = windows.get(key);
      if (!w || now - w.start >= windowMs) {
        windows.set(key, { start: now, count: 1 });
        if (windows.size > 10_000) windows.clear();
        return true;
      }
      w.count += 1;
      return w.count <= limit;
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
