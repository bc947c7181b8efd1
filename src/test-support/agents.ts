/** Creates agent accounts for tests and signs them in through the API. */
import type { FastifyInstance } from 'fastify';
import type { AgentRole } from '../domain/agent.ts';
import type { Stores } from '../domain/ports.ts';
import { hashPassword } from '../server/auth/passwords.ts';

export const TEST_PASSWORD = 'correct horse battery';

/** Adds an agent with TEST_PASSWORD. */
export async function addAgent(
  stores: Stores,
  shopId: string,
  id: string,
  role: AgentRole = 'agent',
  capacity = 3,
) {
  await stores.agents.createAgent(
    {
      id,
      shopId,
      email: `${id}@${shopId}.test`,
      displayName: id,
      role,
      status: 'offline',
      capacity,
      createdAt: new Date().toISOString(),
    },
    await hashPassword(TEST_PASSWORD),
  );
}

/** Signs `id` in; returns a request helper that sends the cookie and the CSRF token. */
export async function signedIn(app: FastifyInstance, shopId: string, id: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/agent/session',
    payload: { shop: shopId, email: `${id}@${shopId}.test`, password: TEST_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  const cookie = String(res.headers['set-cookie']).split(';')[0] ?? '';
  const csrf = (res.json() as { csrf_token: string }).csrf_token;
  return (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: Record<string, unknown>,
  ) =>
    app.inject({
      method,
      url,
      headers: { cookie, 'x-csrf-token': csrf },
      ...(payload ? { payload } : {}),
    });
}
