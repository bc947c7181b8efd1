/** The queue's order: threats, safety and money first (lower priority number), then the longest wait. */

/** The fields ordering needs. */
export interface Queued {
  priority: number;
  queued_at: string;
}

/** A sorted copy of `rows`. */
export function queueOrder<R extends Queued>(rows: readonly R[]): R[] {
  return [...rows].sort(
    (a, b) =>
      a.priority - b.priority || new Date(a.queued_at).getTime() - new Date(b.queued_at).getTime(),
  );
}
