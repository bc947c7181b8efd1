/**
 * The conversation log: a greeting, the server's messages, the unsent ones (marked pending or
 * failed) and a typing line. role="log" is a polite live region, so new messages are announced.
 */
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { ChatView } from '../client/chat-view.ts';
import { MessageItem } from './message-item.tsx';
import { PendingItem } from './pending-item.tsx';
import { UiContext } from './ui-context.ts';

/** All messages, scrolled to the newest. */
export function MessageList(props: {
  view: ChatView;
  greeting: string;
  onRetry: (id: string) => void;
}) {
  const { t } = useContext(UiContext);
  const { messages, outbox, typing, agentName, queue, status } = props.view;
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => end.current?.scrollIntoView({ block: 'end' }), [messages, outbox, typing]);
  const last = messages[messages.length - 1];
  const interactive = outbox.length === 0 && last && last.author !== 'customer' ? last.id : null;
  const lastQueue = [...messages]
    .reverse()
    .find((m) => m.parts.some((p) => p.kind === 'queue'))?.id;
  return (
    <div class="log" role="log" aria-live="polite" aria-label={t.log} tabIndex={0}>
      <div class="message from-bot greeting" aria-live="off">
        <span class="author">{t.ai}</span>
        <p class="bubble">{props.greeting}</p>
      </div>
      {messages.map((m, i) => (
        <MessageItem
          key={m.id}
          message={m}
          joined={
            m.author === 'agent' && !['agent', 'system'].includes(messages[i - 1]?.author ?? '')
          }
          interactive={m.id === interactive}
          showQueue={m.id === lastQueue && status === 'queued'}
          liveQueue={queue}
        />
      ))}
      {outbox.map((e) => (
        <PendingItem key={e.client_id} entry={e} onRetry={props.onRetry} />
      ))}
      {typing ? (
        <p class="typing" role="status">
          <span class="dots" aria-hidden="true">
            <i />
            <i />
            <i />
          </span>
          {t.typing(typing === 'bot' ? t.ai : (agentName ?? t.agent))}
        </p>
      ) : null}
      <div ref={end} />
    </div>
  );
}
