/** Tells a conversation the server no longer opens for us from other failures. */
import { ApiError } from './chat-api.ts';

/** Whether `error` says the saved conversation is gone (unknown, or its token refused). */
export const conversationGone = (error: unknown): boolean =>
  error instanceof ApiError && (error.status === 401 || error.status === 404);
