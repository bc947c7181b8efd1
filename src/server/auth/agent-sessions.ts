/**
 * Agent sign-in: e-mail and password for a shop, a random session token in an httpOnly,
 * SameSite=Strict cookie (stored as its hash), and a CSRF token the workspace sends back in the
 * `x-csrf-token` header on every change. Wrong passwords get one generic message; attempts are
 * limited per account and IP.
 */
import type { Agent } from '../../domain/agent.ts';
import type { Clock } from '../../domain/clock.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Stores } from '../../domain/ports.ts';
import { verifyPassword } from './passwords.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { hashToken, newSecret } from './tokens.ts';

export const SESSION_COOKIE = 'kefu_agent';
const SESSION_DAYS = 7;
const WRONG = 'The e-mail or password is wrong, or the account does not exist.';

/** Signs an agent in; returns the cookie token, the CSRF token and the agent. */
export async function signIn(
  deps: { stores: Stores; clock: Clock; limiter: RateLimiter },
  input: { shop: string; email: string; password: string; ip: string },
) {
  const now = deps.clock.now();
  const key = `${input.shop}:${input.email.toLowerCase()}:${input.ip}`;
  if (!deps.limiter.attempt(key, now.getTime())) {
    throw new DomainError(
      'not_allowed',
      'Too many sign-in attempts. Wait a minute and try again.',
      ['rate_limit'],
    );
  }
  const found = await deps.stores.agents.findAgentByEmail(input.shop, input.email);
  const ok = found ? await verifyPassword(input.password, found.passwordHash) : false;
  if (!found || !ok) throw new DomainError('needs_verification', WRONG);
  deps.limiter.reset(key);
  const token = newSecret();
  const csrf = newSecret();
  await deps.stores.agents.createSession({
    tokenHash: hashToken(token),
    shopId: input.shop,
    agentId: found.agent.id,
    csrfToken: csrf,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
  });
  return { token, csrf, agent: found.agent };
}

/** The agent of a session cookie; 401 when missing, unknown or expired. */
export async function sessionAgent(
  deps: { stores: Stores; clock: Clock },
  token: string | undefined,
): Promise<{ agent: Agent; csrf: string; tokenHash: string }> {
  const denied = new DomainError('needs_verification', 'Please sign in to the workspace.');
  if (!token) throw denied;
  const session = await deps.stores.agents.findSession(hashToken(token));
  if (!session || session.expiresAt < deps.clock.now().toISOString()) throw denied;
  const agent = await deps.stores.agents.getAgent(session.shopId, session.agentId);
  if (!agent) throw denied;
  return { agent, csrf: session.csrfToken, tokenHash: session.tokenHash };
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** The Set-Cookie value for a session token (empty token clears it). */
export function sessionCookie(token: string, secure: boolean): string {
  const maxAge = token ? SESSION_DAYS * 86_400 : 0;
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}
