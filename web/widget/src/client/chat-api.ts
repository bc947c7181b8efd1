/**
 * The customer chat API over fetch. Every answer is parsed with the shared protocol schemas
 * (STYLE.md item 4); an HTTP error becomes an ApiError, a network failure stays a TypeError.
 */
import { z } from 'zod';
import {
  PublicConversationSchema,
  PublicMessageSchema,
  type PublicConversation,
  type PublicMessage,
} from '../../../../src/domain/protocol.ts';

const StartAnswer = z.object({ conversation: PublicConversationSchema, access_token: z.string() });
const PostAnswer = z.object({
  conversation: PublicConversationSchema,
  message: PublicMessageSchema,
  replies: z.array(PublicMessageSchema),
});
const HistoryAnswer = z.object({
  conversation: PublicConversationSchema,
  messages: z.array(PublicMessageSchema),
});
const ErrorAnswer = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** The server said no (status ≥ 400); `code` is the domain error code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A conversation the browser may open. */
export interface ConversationKey {
  id: string;
  token: string;
}

/** What the session needs from the server. */
export interface ChatApi {
  start(body: {
    visitor_id: string;
    customer_token?: string;
    language: 'zh' | 'en';
  }): Promise<{ conversation: PublicConversation; access_token: string }>;
  post(
    key: ConversationKey,
    body: { text: string; client_id: string; intent?: 'human_agent' },
  ): Promise<{
    conversation: PublicConversation;
    message: PublicMessage;
    replies: PublicMessage[];
  }>;
  history(
    key: ConversationKey,
    after: number,
  ): Promise<{ conversation: PublicConversation; messages: PublicMessage[] }>;
  rate(key: ConversationKey, body: { score: number; comment?: string }): Promise<void>;
}

async function call<T>(url: string, init: RequestInit, schema: z.ZodType<T>): Promise<T> {
  const res = await fetch(url, init);
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = ErrorAnswer.safeParse(json);
    const error = parsed.success ? parsed.data.error : { code: 'http', message: res.statusText };
    throw new ApiError(res.status, error.code, error.message);
  }
  return schema.parse(json);
}

/** The API of shop `shop` at `base` (an origin, or '' for this page's). */
export function httpChatApi(base: string, shop: string): ChatApi {
  const root = `${base}/api/shops/${encodeURIComponent(shop)}/conversations`;
  const headers = (key?: ConversationKey): Record<string, string> => ({
    'content-type': 'application/json',
    ...(key ? { authorization: `Bearer ${key.token}` } : {}),
  });
  const json = (body: unknown, key?: ConversationKey): RequestInit => ({
    method: 'POST',
    headers: headers(key),
    body: JSON.stringify(body),
  });
  return {
    start: (body) => call(root, json(body), StartAnswer),
    post: (key, body) => call(`${root}/${key.id}/messages`, json(body, key), PostAnswer),
    history: (key, after) =>
      call(`${root}/${key.id}/messages?after=${after}`, { headers: headers(key) }, HistoryAnswer),
    rate: async (key, body) => {
      await call(`${root}/${key.id}/rating`, json(body, key), z.unknown());
    },
  };
}
