/** Routing: the online agent with the fewest open conversations, below their capacity. */
import type { Agent } from '../../domain/agent.ts';
import type { Stores } from '../../domain/ports.ts';

/** The agent to give the next conversation to, or null when nobody has room. */
export async function pickAgent(stores: Stores, shopId: string): Promise<Agent | null> {
  const online = (await stores.agents.listAgents(shopId)).filter((a) => a.status === 'online');
  let best: { agent: Agent; load: number } | null = null;
  for (const agent of online) {
    const load = (await stores.handoffs.assignedTo(shopId, agent.id)).length;
    if (load >= agent.capacity) continue;
    if (!best || load < best.load) best = { agent, load };
  }
  return best?.agent ?? null;
}
