/**
 * In-memory stand-ins for the server and the socket in the client's unit tests: a chat API that
 * behaves like kefu's (idempotent by client id, seq per message) and can be switched offline.
 */
import type { PublicConversation, PublicMessage } from '../../../../src/domain/protocol.ts';
import { ApiError, type ChatApi } from './chat-api.ts';
import { ChatSession } from './chat-session.ts';
import type { LiveHandlers, OpenLiveLink } from './live-link.ts';
import type { Saved, SessionStore } from './saved-session.ts';

/** A fake kefu: `offline` makes every call fail like fetch does without a network. */
export function fakeServer() {
  const messages: PublicMessage[] = [];
  const byClientId = new Map<string, { message: PublicMessage; replies: PublicMessage[] }>();
  let status: PublicConversation['status'] = 'bot';
  const posts: string[] = [];
  const state = { offline: false, conversations: 0 };
  const conversation = (): PublicConversation => ({
    id: 'c1',
    shop_id: 'shop',
    status,
    language: 'zh',
    signed_in: false,
    created_at: '2025-06-18T02:00:00.000Z',
  });
  const add = (author: PublicMessage['author'], text: string): PublicMessage => {
    const m = {
      id: `m${messages.length + 1}`,
      seq: messages.length + 1,
      author,
      author_name: null,
      client_id: null,
      text,
      parts: [],
      created_at: '',
    };
    messages.push(m);
    return m;
  };
  const net = () => {
    if (state.offline) throw new TypeError('Failed to fetch');
  };
  const api: ChatApi = {
    async start() {
      net();
      state.conversations++;
      return { conversation: conversation(), access_token: 'tok' };
    },
    async post(key, body) {
      net();
      if (key.token !== 'tok') throw new ApiError(401, 'needs_verification', 'no');
      posts.push(body.client_id);
      const seen = byClientId.get(body.client_id);
      if (seen) return { conversation: conversation(), ...seen };
      const message = add('customer', body.text);
      if (body.intent === 'human_agent') status = 'queued';
      const replies = [add('bot', `re: ${body.text}`)];
      byClientId.set(body.client_id, { message, replies });
      return { conversation: conversation(), message, replies };
    },
    async history(_key, after) {
      net();
      return { conversation: conversation(), messages: messages.filter((m) => m.seq > after) };
    },
    async rate() {
      net();
    },
  };
  return { api, messages, posts, state, add, setStatus: (s: typeof status) => (status = s) };
}

/** A live link the test drives by hand. */
export function fakeLive() {
  const links: LiveHandlers[] = [];
  const open: OpenLiveLink = (_shop, _key, handlers) => {
    links.push(handlers);
    return { close: () => undefined };
  };
  return { open, current: () => links.at(-1) };
}

/** A session store in memory. */
export function memoryStore(initial: Saved | null = null): SessionStore & { saved: Saved | null } {
  const store = {
    saved: initial,
    load: () =>
      store.saved ?? { visitor_id: 'v1', conversation: null, outbox: [], rated_after_seq: null },
    save: (s: Saved) => {
      store.saved = s;
    },
  };
  return store;
}

let ids = 0;

/** A session of shop `shop` against the fakes (fresh ones unless given), 1 s retry, 3 s poll. */
export function testSession(server = fakeServer(), store = memoryStore(), live = fakeLive()) {
  const s = new ChatSession({
    shop: 'shop',
    language: 'zh',
    customerToken: null,
    api: server.api,
    store,
    openLive: live.open,
    newId: () => `id-${++ids}`,
    now: () => new Date('2025-06-18T02:00:00Z'),
    retryMs: 1000,
    pollMs: 3000,
  });
  return { s, server, store, live };
}
