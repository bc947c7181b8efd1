/**
 * The closed set of domain errors (STYLE.md item 3). Each edge maps them once: HTTP status in
 * server/error-response.ts, CLI exit messages in cli/, driver errors in store/.
 */

export type DomainErrorCode =
  'not_found' | 'not_allowed' | 'needs_verification' | 'conflict' | 'invalid_input' | 'unavailable';

/** A failure a person can act on: `message` says what went wrong and what to do. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** For `not_allowed`: the policy rule that forbids it; for `invalid_input`: the problems. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Shorthand constructors, so call sites read as sentences. */
export const notFound = (what: string, hint?: string) =>
  new DomainError('not_found', `${what} was not found.${hint ? ` ${hint}` : ''}`);
export const notAllowed = (message: string, rule: string) =>
  new DomainError('not_allowed', message, [rule]);
export const conflict = (message: string) => new DomainError('conflict', message);
export const invalidInput = (message: string, problems: readonly string[] = []) =>
  new DomainError('invalid_input', message, problems);
export const unavailable = (message: string) => new DomainError('unavailable', message);
