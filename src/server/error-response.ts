/** Maps domain errors to HTTP once (STYLE.md item 3). Unknown errors become 500 with no details. */
import { ZodError } from 'zod';
import { DomainError, type DomainErrorCode } from '../domain/errors.ts';

const STATUS: Record<DomainErrorCode, number> = {
  not_found: 404,
  not_allowed: 403,
  needs_verification: 401,
  conflict: 409,
  invalid_input: 400,
  unavailable: 503,
};

/** The JSON body every error response has. */
export interface ErrorBody {
  error: { code: string; message: string; details?: readonly string[] };
}

/** The status and body for `error`. */
export function errorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof DomainError) {
    const details = error.details.length > 0 ? { details: error.details } : {};
    return {
      status: STATUS[error.code],
      body: { error: { code: error.code, message: error.message, ...details } },
    };
  }
  if (error instanceof ZodError) {
    const details = error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
    return {
      status: 400,
      body: { error: { code: 'invalid_input', message: 'The request is not valid.', details } },
    };
  }
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = error instanceof Error ? error.message : 'Bad request.';
    return { status, body: { error: { code: 'invalid_input', message } } };
  }
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'Something went wrong on our side. Try again.' } },
  };
}
