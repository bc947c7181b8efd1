/**
 * The workspace API over fetch with the session cookie; every change carries the CSRF token the
 * server gave at sign-in (or with /me). Answers are parsed with the schemas; an HTTP error
 * becomes an ApiError with the domain error code.
 */
import { z } from 'zod';
import type { ActionType } from '../../../../src/engine/actions/action-definition.ts';
import type { AgentStatus } from '../../../../src/domain/agent.ts';
import {
  ActionAnswer,
  AgentSchema,
  ConsoleMessageSchema,
  DetailSchema,
  ErrorAnswer,
  MacroSchema,
  MeAnswer,
  NoteSchema,
  SnapshotSchema,
} from './schemas.ts';

/** The server said no; `code` is the domain error code, `details` e.g. ['rate_limit']. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** One order action as the agent asks for it. */
export interface ActionRequest {
  type: ActionType;
  order_id: string;
  params: Record<string, unknown>;
  override_reason?: string;
  key: string;
}

const Ok = z.unknown();

/** A sku's sibling variants with live stock (the exchange / item-change picker). */
const VariantsAnswer = z.object({
  product: z.object({ id: z.string(), title: z.string() }),
  variants: z.array(
    z.object({ sku: z.string(), label: z.string(), price: z.number(), stock: z.number() }),
  ),
});
export type Variants = z.infer<typeof VariantsAnswer>;

/** The workspace API of this page's origin (or `base`). */
export function consoleApi(base = '') {
  let csrf = '';

  async function call<T>(method: string, url: string, schema: z.ZodType<T>, body?: unknown) {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = csrf;
    const res = await fetch(`${base}${url}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const e = ErrorAnswer.safeParse(json);
      if (!e.success) throw new ApiError(res.status, 'http', res.statusText);
      throw new ApiError(res.status, e.data.error.code, e.data.error.message, e.data.error.details);
    }
    return schema.parse(json);
  }
  const conv = (id: string, tail = '') =>
    `/api/agent/conversations/${encodeURIComponent(id)}${tail}`;

  return {
    async signIn(body: { shop: string; email: string; password: string }) {
      const answer = await call('POST', '/api/agent/session', MeAnswer, body);
      csrf = answer.csrf_token;
      return answer.agent;
    },
    async me() {
      const answer = await call('GET', '/api/agent/me', MeAnswer);
      csrf = answer.csrf_token;
      return answer.agent;
    },
    signOut: () => call('DELETE', '/api/agent/session', Ok),
    setStatus: (status: AgentStatus) =>
      call('PUT', '/api/agent/me/status', z.object({ agent: AgentSchema }), { status }),
    workspace: () => call('GET', '/api/agent/workspace', SnapshotSchema),
    detail: (id: string) => call('GET', conv(id), DetailSchema),
    macros: () => call('GET', '/api/agent/macros', z.object({ macros: z.array(MacroSchema) })),
    claim: (id: string) => call('POST', conv(id, '/claim'), Ok, {}),
    reply: (id: string, text: string, clientId: string) =>
      call('POST', conv(id, '/messages'), z.object({ message: ConsoleMessageSchema.nullable() }), {
        text,
        client_id: clientId,
      }),
    note: (id: string, text: string) =>
      call('POST', conv(id, '/notes'), z.object({ note: NoteSchema }), { text }),
    transfer: (id: string, agentId: string) =>
      call('POST', conv(id, '/transfer'), Ok, { agent_id: agentId }),
    resolve: (id: string) => call('POST', conv(id, '/resolve'), Ok, {}),
    release: (id: string) => call('POST', conv(id, '/release'), Ok, {}),
    variants: (sku: string, lang: 'zh' | 'en') =>
      call(
        'GET',
        `/api/agent/variants?sku=${encodeURIComponent(sku)}&lang=${lang}`,
        VariantsAnswer,
      ),
    action: (id: string, request: ActionRequest) =>
      call('POST', conv(id, '/actions'), ActionAnswer, request),
  };
}

/** The API's operations. */
export type ConsoleApi = ReturnType<typeof consoleApi>;
