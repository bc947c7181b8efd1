/** Workspace sign-in, sign-out, the signed-in agent, and their status. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AgentStatusSchema } from '../../domain/agent.ts';
import type { AppDeps } from '../app.ts';
import { sessionCookie, signIn } from '../auth/agent-sessions.ts';
import { requireAgent } from '../auth/require-agent.ts';
import { publicAgent } from '../agent-views.ts';

const SignInBody = z.object({
  shop: z.string().regex(/^[a-z0-9-]+$/),
  email: z.string().min(3).max(200),
  password: z.string().min(1).max(200),
});
const StatusBody = z.object({ status: AgentStatusSchema });

/** Registers /api/agent/session and /api/agent/me. */
export async function registerAgentSessionRoutes(
  app: FastifyInstance,
  deps: AppDeps,
): Promise<void> {
  app.post('/api/agent/session', async (request, reply) => {
    const body = SignInBody.parse(request.body);
    const { token, csrf, agent } = await signIn(deps, { ...body, ip: request.ip });
    void reply.header('set-cookie', sessionCookie(token, request.protocol === 'https'));
    // Signing in means being at the desk: the agent starts online and takes waiting customers.
    await deps.stores.agents.setAgentStatus(agent.shopId, agent.id, 'online');
    await deps.desk.autoAssign(agent.shopId);
    return { agent: publicAgent({ ...agent, status: 'online' }), csrf_token: csrf };
  });

  app.delete('/api/agent/session', async (request, reply) => {
    const { tokenHash, agent } = await requireAgent(request, deps);
    await deps.stores.agents.deleteSession(tokenHash);
    await deps.stores.agents.setAgentStatus(agent.shopId, agent.id, 'offline');
    void reply.header('set-cookie', sessionCookie('', false));
    return { ok: true };
  });

  app.get('/api/agent/me', async (request) => {
    const { agent, csrf } = await requireAgent(request, deps);
    return { agent: publicAgent(agent), csrf_token: csrf };
  });

  app.put('/api/agent/me/status', async (request) => {
    const { agent } = await requireAgent(request, deps);
    const { status } = StatusBody.parse(request.body);
    await deps.stores.agents.setAgentStatus(agent.shopId, agent.id, status);
    if (status === 'online') await deps.desk.autoAssign(agent.shopId);
    return { agent: publicAgent({ ...agent, status }) };
  });
}
