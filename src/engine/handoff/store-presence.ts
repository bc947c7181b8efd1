/** Agent presence read from the agent accounts: how many are online now. */
import type { AgentPresence } from '../../domain/events.ts';

/** Presence backed by the agents' status in the store (read in the caller's transaction). */
export const storePresence: AgentPresence = {
  onlineAgents: async (shopId, agents) =>
    (await agents.listAgents(shopId)).filter((a) => a.status === 'online').length,
};
