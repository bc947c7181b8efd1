/** The panel's header: the shop, who is answering now, and (in the widget) a close button. */
import { useContext } from 'preact/hooks';
import type { ChatView } from '../client/chat-view.ts';
import { UiContext } from './ui-context.ts';

/** Shop name and a status line that names the AI assistant or the person. */
export function Header(props: { shopName: string; view: ChatView; onClose: (() => void) | null }) {
  const { t } = useContext(UiContext);
  const { status, agentName } = props.view;
  const line =
    status === 'queued'
      ? t.statusQueued
      : status === 'with_agent'
        ? t.statusAgent(agentName)
        : status === 'resolved'
          ? t.statusResolved
          : t.statusBot;
  return (
    <header class="header">
      <div class="header-text">
        <h1 class="header-title">{props.shopName}</h1>
        <p class="header-status" data-status={status ?? 'bot'}>
          {line}
        </p>
      </div>
      {props.onClose ? (
        <button type="button" class="icon-button" aria-label={t.close} onClick={props.onClose}>
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </header>
  );
}
