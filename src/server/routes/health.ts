/** GET /healthz: 200 when the store answers, 503 when it does not. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.ts';

/** Registers the health check. */
export async function registerHealthRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    try {
      await deps.ping();
      return { ok: true };
    } catch {
      return reply.status(503).send({
        ok: false,
        error: { code: 'unavailable', message: 'The database does not answer.' },
      });
    }
  });
}
