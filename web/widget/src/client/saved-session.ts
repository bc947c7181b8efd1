/**
 * What survives a reload, per shop in localStorage: the visitor id, the conversation and its
 * access token, the unsent messages, and the last rating given. A storage that throws (private
 * mode, blocked third-party storage) degrades to memory for this page.
 */
import { z } from 'zod';

const SavedSchema = z.object({
  visitor_id: z.string().min(1),
  conversation: z
    .object({ id: z.string(), token: z.string(), signed_in: z.boolean() })
    .nullable()
    .default(null),
  outbox: z
    .array(
      z.object({
        client_id: z.string(),
        text: z.string(),
        intent: z.literal('human_agent').nullable(),
        created_at: z.string(),
        state: z.enum(['pending', 'failed']),
      }),
    )
    .default([]),
  rated_after_seq: z.number().nullable().default(null),
});

/** The saved state of one shop's chat. */
export type Saved = z.infer<typeof SavedSchema>;

/** Reads and writes one shop's saved state. */
export interface SessionStore {
  load(): Saved;
  save(saved: Saved): void;
}

/** A store over `storage` (localStorage by default) under `kefu:<shop>`. */
export function localSessionStore(
  shop: string,
  newId: () => string,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage(),
): SessionStore {
  const key = `kefu:${shop}`;
  let memory: Saved | null = null;
  return {
    load() {
      if (memory) return memory;
      const raw = readJson(storage?.getItem(key) ?? null);
      const parsed = SavedSchema.safeParse(raw);
      memory = parsed.success ? parsed.data : fresh(newId());
      return memory;
    },
    save(saved) {
      memory = saved;
      try {
        storage?.setItem(key, JSON.stringify(saved));
      } catch {
        // Quota or blocked storage: keep the state in memory for this page.
      }
    },
  };
}

const fresh = (visitorId: string): Saved => ({
  visitor_id: visitorId,
  conversation: null,
  outbox: [],
  rated_after_seq: null,
});

function readJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
