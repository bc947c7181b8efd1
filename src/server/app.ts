/**
 * Composes the HTTP application: routes by resource, one error mapper, the static front ends.
 * Tests call it in memory with `app.inject`; `kefu serve` listens on a port.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { AgentDesk } from '../engine/handoff/agent-desk.ts';
import type { RateLimiter } from './auth/rate-limiter.ts';
import type { ChatDeps } from './chat-sessions.ts';
import { registerAgentCatalogRoutes } from './routes/agent-catalog.ts';
import { registerAgentConversationRoutes } from './routes/agent-conversations.ts';
import { registerAgentSessionRoutes } from './routes/agent-session.ts';
import { registerConsoleAssetRoutes } from './routes/console-assets.ts';
import { registerMacroRoutes } from './routes/macros.ts';
import { errorResponse } from './error-response.ts';
import { registerConversationRoutes } from './routes/conversations.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { registerPageRoutes } from './routes/pages.ts';
import { registerWidgetAssetRoutes } from './routes/widget-assets.ts';

/** What the HTTP layer needs from the rest of kefu. */
export interface AppDeps extends ChatDeps {
  desk: AgentDesk;
  limiter: RateLimiter;
  ping(): Promise<void>;
  logger?: boolean;
}

/** Builds the Fastify app without listening. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: 1_048_576 });
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = errorResponse(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    void reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({
      error: { code: 'not_found', message: `No route for ${request.method} ${request.url}.` },
    });
  });
  await registerHealthRoutes(app, deps);
  await registerPageRoutes(app, deps);
  await registerConversationRoutes(app, deps);
  await registerAgentSessionRoutes(app, deps);
  await registerAgentConversationRoutes(app, deps);
  await registerMacroRoutes(app, deps);
  await registerAgentCatalogRoutes(app, deps);
  await registerWidgetAssetRoutes(app);
  await registerConsoleAssetRoutes(app);
  return app;
}
