/** What a chat session is built from: the shop, the customer, the server and the clock. */
import type { ChatApi } from './chat-api.ts';
import type { OpenLiveLink } from './live-link.ts';
import type { SessionStore } from './saved-session.ts';

/** What a session is built from. */
export interface SessionDeps {
  shop: string;
  language: 'zh' | 'en';
  customerToken: string | null;
  api: ChatApi;
  store: SessionStore;
  openLive: OpenLiveLink | null;
  newId(): string;
  now(): Date;
  pollMs?: number;
  retryMs?: number;
}
