/**
 * Authenticates a workspace request from its session cookie; a change (any method but GET)
 * must also carry the session's CSRF token in `x-csrf-token`.
 */
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.ts';
import type { Clock } from '../../domain/clock.ts';
import type { Stores } from '../../domain/ports.ts';
import { readCookie, SESSION_COOKIE, sessionAgent } from './agent-sessions.ts';

/** The signed-in agent of `request`; 401 without a session, 403 without the CSRF token. */
export async function requireAgent(
  request: FastifyRequest,
  deps: { stores: Stores; clock: Clock },
) {
  const session = await sessionAgent(deps, readCookie(request.headers.cookie, SESSION_COOKIE));
  if (request.method !== 'GET' && request.headers['x-csrf-token'] !== session.csrf) {
    throw new DomainError(
      'not_allowed',
      'The request is missing its CSRF token. Reload the workspace.',
      ['csrf'],
    );
  }
  return session;
}
