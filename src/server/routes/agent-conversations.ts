/** The workspace's conversation API: snapshot, detail, claim, reply, notes, transfer, resolve, release, actions. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ACTION_TYPES } from '../../engine/actions/action-definition.ts';
import type { AppDeps } from '../app.ts';
import { requireAgent } from '../auth/require-agent.ts';
import { conversationDetail, workspaceSnapshot } from '../agent-views.ts';
import { publicMessage } from '../chat-sessions.ts';

const Id = z.object({ id: z.string().min(1).max(100) });
const ReplyBody = z.object({
  text: z.string().min(1).max(4000),
  client_id: z.string().max(100).optional(),
});
const NoteBody = z.object({ text: z.string().min(1).max(4000) });
const TransferBody = z.object({ agent_id: z.string().min(1) });
const ActionBody = z.object({
  type: z.enum(ACTION_TYPES),
  order_id: z.string().min(1),
  params: z.record(z.string(), z.unknown()).default({}),
  override_reason: z.string().min(5).max(1000).optional(),
  key: z.string().min(1).max(200),
});

/** Registers /api/agent/workspace and /api/agent/conversations/… */
export async function registerAgentConversationRoutes(
  app: FastifyInstance,
  deps: AppDeps,
): Promise<void> {
  app.get('/api/agent/workspace', async (request) => {
    const { agent } = await requireAgent(request, deps);
    return workspaceSnapshot(deps.stores, agent, deps.clock.now());
  });

  app.get('/api/agent/conversations/:id', async (request) => {
    const { agent } = await requireAgent(request, deps);
    return conversationDetail(deps, agent, Id.parse(request.params).id);
  });

  app.post('/api/agent/conversations/:id/claim', async (request) => {
    const { agent } = await requireAgent(request, deps);
    await deps.desk.claim(agent, Id.parse(request.params).id);
    return { ok: true };
  });

  app.post('/api/agent/conversations/:id/messages', async (request) => {
    const { agent } = await requireAgent(request, deps);
    const body = ReplyBody.parse(request.body);
    const message = await deps.desk.reply(
      agent,
      Id.parse(request.params).id,
      body.text,
      body.client_id ?? null,
    );
    return { message: message ? publicMessage(message) : null };
  });

  app.post('/api/agent/conversations/:id/notes', async (request) => {
    const { agent } = await requireAgent(request, deps);
    return {
      note: await deps.desk.note(
        agent,
        Id.parse(request.params).id,
        NoteBody.parse(request.body).text,
      ),
    };
  });

  app.post('/api/agent/conversations/:id/transfer', async (request) => {
    const { agent } = await requireAgent(request, deps);
    await deps.desk.transfer(
      agent,
      Id.parse(request.params).id,
      TransferBody.parse(request.body).agent_id,
    );
    return { ok: true };
  });

  for (const verb of ['resolve', 'release'] as const) {
    app.post(`/api/agent/conversations/:id/${verb}`, async (request) => {
      const { agent } = await requireAgent(request, deps);
      await deps.desk[verb](agent, Id.parse(request.params).id);
      await deps.desk.autoAssign(agent.shopId);
      return { ok: true };
    });
  }

  app.post('/api/agent/conversations/:id/actions', async (request) => {
    const { agent } = await requireAgent(request, deps);
    const body = ActionBody.parse(request.body);
    const result = await deps.desk.action(agent, {
      conversationId: Id.parse(request.params).id,
      type: body.type,
      orderId: body.order_id,
      params: body.params,
      overrideReason: body.override_reason,
      key: body.key,
    });
    return result.status === 'executed'
      ? { status: 'executed', detail: result.detail }
      : {
          status: 'refused',
          rule: result.refusal.rule,
          reason: result.refusal.reason,
          overridable: result.refusal.overridable,
        };
  });
}
