/**
 * What survives a reload, per shop: the visitor id, the conversation and its access token, the
 * unsent messages, and the last rating given. Where it is kept is a backend: localStorage on the
 * hosted page, the host page's localStorage (through the loader) inside the widget's iframe.
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

/** Where the saved state lives; `read` returns whatever was written (unchecked). */
export interface SavedBackend {
  read(): unknown;
  write(saved: Saved): void;
}

/** A store over `backend`, starting afresh when what it holds is missing or malformed. */
export function sessionStore(backend: SavedBackend, newId: () => string): SessionStore {
  let memory: Saved | null = null;
  return {
    load() {
      const parsed = SavedSchema.safeParse(memory ?? backend.read());
      memory = parsed.success ? parsed.data : fresh(newId());
      return memory;
    },
    save(saved) {
      memory = saved;
      backend.write(saved);
    },
  };
}

const fresh = (visitorId: string): Saved => ({
  visitor_id: visitorId,
  conversation: null,
  outbox: [],
  rated_after_seq: null,
});

/** This page's localStorage under `kefu:<shop>`; a blocked storage degrades to memory. */
export function localStorageBackend(shop: string): SavedBackend {
  const key = `kefu:${shop}`;
  return {
    read() {
      try {
        return JSON.parse(localStorage.getItem(key) ?? 'null');
      } catch {
        return null;
      }
    },
    write(saved) {
      try {
        localStorage.setItem(key, JSON.stringify(saved));
      } catch {
        // Quota or blocked storage: the state lasts as long as the page.
      }
    },
  };
}
