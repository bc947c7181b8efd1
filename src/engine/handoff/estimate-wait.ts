/**
 * Estimated wait in the human queue: the customer's place times the recent average handling
 * time, shared among the agents online. Without history, five minutes a conversation.
 */
import type { Stores } from '../../domain/ports.ts';

const DEFAULT_MINUTES = 5;

/** Whole minutes until an agent is likely to pick the conversation up (at least 1). */
export async function estimateWait(
  stores: Stores,
  shopId: string,
  position: number,
  online: number,
): Promise<number> {
  const recent = await stores.handoffs.recentClosedHandoffs(shopId, 20);
  const durations = recent
    .map(
      (h) =>
        (new Date(h.closedAt ?? h.createdAt).getTime() -
          new Date(h.assignedAt ?? h.createdAt).getTime()) /
        60_000,
    )
    .filter((m) => m > 0 && m < 240);
  const average =
    durations.length > 0
      ? durations.reduce((a, b) => a + b, 0) / durations.length
      : DEFAULT_MINUTES;
  return Math.max(1, Math.ceil((position * average) / Math.max(1, online)));
}
