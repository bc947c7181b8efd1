/** Each waiting conversation's place in its shop's queue and the estimated wait. */
import type { Stores } from '../domain/ports.ts';
import { estimateWait } from '../engine/handoff/estimate-wait.ts';

/** Positions (1 = next) of the unassigned handoffs of `shopId`. */
export async function queuePositions(stores: Stores, shopId: string) {
  const waiting = (await stores.handoffs.openHandoffs(shopId)).filter((h) => !h.assignedTo);
  const online = (await stores.agents.listAgents(shopId)).filter(
    (a) => a.status === 'online',
  ).length;
  const out = [];
  for (const [i, h] of waiting.entries()) {
    const eta = online > 0 ? await estimateWait(stores, shopId, i + 1, online) : null;
    out.push({ conversation_id: h.conversationId, position: i + 1, eta_minutes: eta });
  }
  return out;
}
