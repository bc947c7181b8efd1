/** Canned replies (macros) of the agent's shop: everyone reads them, supervisors edit them. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { supervises } from '../../domain/agent.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AppDeps } from '../app.ts';
import { requireAgent } from '../auth/require-agent.ts';

const MacroBody = z.object({
  title: z.string().min(1).max(100),
  body: z.string().min(1).max(4000),
  position: z.number().int().nonnegative().default(0),
});
const Id = z.object({ id: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/) });

/** Registers /api/agent/macros. */
export async function registerMacroRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/api/agent/macros', async (request) => {
    const { agent } = await requireAgent(request, deps);
    return { macros: await deps.stores.agents.listMacros(agent.shopId) };
  });

  app.put('/api/agent/macros/:id', async (request) => {
    const { agent } = await requireAgent(request, deps);
    if (!supervises(agent.role))
      throw new DomainError('not_allowed', 'Only supervisors edit canned replies.');
    const macro = { id: Id.parse(request.params).id, ...MacroBody.parse(request.body) };
    await deps.stores.agents.putMacro(agent.shopId, macro);
    return { macro };
  });

  app.delete('/api/agent/macros/:id', async (request) => {
    const { agent } = await requireAgent(request, deps);
    if (!supervises(agent.role))
      throw new DomainError('not_allowed', 'Only supervisors edit canned replies.');
    await deps.stores.agents.deleteMacro(agent.shopId, Id.parse(request.params).id);
    return { ok: true };
  });
}
