/** The chat panel: header, conversation, rating after resolution, and the message box. */
import { useEffect, useRef } from 'preact/hooks';
import type { SavedBackend } from '../client/saved-session.ts';
import { stringsFor } from '../i18n/ui-strings.ts';
import { Composer } from './composer.tsx';
import { embedBus } from './embed-bus.ts';
import { Header } from './header.tsx';
import { MessageList } from './message-list.tsx';
import type { PanelConfig } from './panel-config.ts';
import { RatingPrompt } from './rating-prompt.tsx';
import { UiContext } from './ui-context.ts';
import { useChatSession } from './use-chat-session.ts';
import { useUnreadCount } from './use-unread-count.ts';

/** The whole panel for one shop. */
export function App(props: {
  config: PanelConfig;
  customerToken: string | null;
  backend: SavedBackend;
}) {
  const { config } = props;
  const { session, view } = useChatSession(config, props.customerToken, props.backend);
  const input = useRef<HTMLTextAreaElement>(null);
  const t = stringsFor(config.lang);
  const shopName = config.lang === 'en' ? config.shopName.en : config.shopName.zh;
  useUnreadCount(view.messages);
  useEffect(() => {
    if (embedBus.isOpen()) input.current?.focus();
    return embedBus.listen((m) => {
      if (m.type === 'kefu:opened') input.current?.focus();
    });
  }, []);
  const close = () => embedBus.send({ type: 'kefu:close' });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && config.embedded) close();
  };
  return (
    <UiContext.Provider
      value={{
        t,
        currency: config.currency,
        timeZone: config.timezone,
        send: (text) => session.send(text),
      }}
    >
      <div class="panel" onKeyDown={onKeyDown}>
        <Header shopName={shopName} view={view} onClose={config.embedded ? close : null} />
        {view.online ? null : (
          <p class="banner" role="status">
            {t.offline}
          </p>
        )}
        <MessageList
          view={view}
          greeting={t.greeting(shopName)}
          onRetry={(id) => session.retry(id)}
        />
        {view.rating === 'none' ? null : (
          <RatingPrompt rated={view.rating === 'rated'} onRate={(s, c) => session.rate(s, c)} />
        )}
        <Composer
          inputRef={input}
          onSend={(text) => session.send(text)}
          onHuman={() => session.send(t.talkToPersonText, 'human_agent')}
        />
      </div>
    </UiContext.Provider>
  );
}
