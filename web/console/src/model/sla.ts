/**
 * Waiting-time colours of the queue: the platforms' 3-minute first-response rule, with a warning
 * from 2 minutes.
 */

export const SLA_WARN_SECONDS = 120;
export const SLA_BREACH_SECONDS = 180;

/** The colour class of a wait. */
export type SlaLevel = 'ok' | 'warn' | 'breach';

/** The SLA level of a wait of `seconds`. */
export function slaLevel(seconds: number): SlaLevel {
  if (seconds >= SLA_BREACH_SECONDS) return 'breach';
  if (seconds >= SLA_WARN_SECONDS) return 'warn';
  return 'ok';
}

/** A wait as m:ss (h:mm:ss from an hour). */
export function formatWait(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}
