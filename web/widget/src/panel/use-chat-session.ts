/** Runs one ChatSession for the panel's lifetime and re-renders on every new view. */
import { useEffect, useState } from 'preact/hooks';
import { apiLanguageOf } from '../client/choose-language.ts';
import { httpChatApi } from '../client/chat-api.ts';
import { ChatSession } from '../client/chat-session.ts';
import type { ChatView } from '../client/chat-view.ts';
import { socketLiveLink } from '../client/live-link.ts';
import { sessionStore, type SavedBackend } from '../client/saved-session.ts';
import type { PanelConfig } from './panel-config.ts';

const newId = () => crypto.randomUUID();

function createSession(config: PanelConfig, token: string | null, backend: SavedBackend) {
  return new ChatSession({
    shop: config.shop,
    language: apiLanguageOf(config.lang),
    customerToken: token,
    api: httpChatApi('', config.shop),
    store: sessionStore(backend, newId),
    openLive: socketLiveLink(''),
    newId,
    now: () => new Date(),
  });
}

/** The session of this panel and its current view. */
export function useChatSession(
  config: PanelConfig,
  customerToken: string | null,
  backend: SavedBackend,
) {
  const [session] = useState(() => createSession(config, customerToken, backend));
  const [view, setView] = useState<ChatView>(() => session.view());
  useEffect(() => {
    const unsubscribe = session.subscribe(setView);
    void session.start();
    const online = () => session.networkChanged(true);
    const offline = () => session.networkChanged(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      unsubscribe();
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      session.close();
    };
  }, [session]);
  return { session, view };
}
