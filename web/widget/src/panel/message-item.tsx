/**
 * One message with its author made plain (the bot is an AI assistant, a person has a name) and
 * its cards. Text is always rendered as text, never as HTML.
 */
import { useContext } from 'preact/hooks';
import type { PublicMessage } from '../../../../src/domain/protocol.ts';
import type { LiveQueue } from '../client/live-link.ts';
import { PartView } from './part-view.tsx';
import { UiContext } from './ui-context.ts';

/** A message; `interactive` when its chips and buttons still apply (it is the latest). */
export function MessageItem(props: {
  message: PublicMessage;
  joined: boolean;
  interactive: boolean;
  /** Whether its queue card is still current (the latest, while queued); else it is left out. */
  showQueue: boolean;
  /** The live queue place, newer than the card. */
  liveQueue: LiveQueue | null;
}) {
  const { t } = useContext(UiContext);
  const m = props.message;
  // A confirmation carries its own yes/no buttons; its duplicate choice chips are not shown.
  const confirm = m.parts.some((p) => p.kind === 'confirm');
  const parts = confirm ? m.parts.filter((p) => p.kind !== 'choices') : m.parts;
  const author =
    m.author === 'bot'
      ? t.ai
      : m.author === 'agent'
        ? (m.author_name ?? t.agent)
        : m.author === 'customer'
          ? t.you
          : t.system;
  if (m.author === 'system' && parts.length === 0) {
    // Notices ("小美 has joined") read as events of the conversation, not as someone talking.
    return (
      <div class="message from-system" data-seq={m.seq} data-author={m.author}>
        <span class="visually-hidden">{t.system}</span>
        <p class="notice">{m.text}</p>
      </div>
    );
  }
  return (
    <>
      {props.joined ? <p class="notice">{t.agentJoined(m.author_name)}</p> : null}
      <div class={`message from-${m.author}`} data-seq={m.seq} data-author={m.author}>
        <span class="author">
          {author}
          {m.author === 'agent' ? <span class="tag">{t.agent}</span> : null}
        </span>
        {m.text ? <p class="bubble">{m.text}</p> : null}
        {parts.map((part, i) => (
          <PartView
            key={i}
            part={part}
            interactive={props.interactive}
            liveQueue={props.showQueue ? props.liveQueue : null}
            showQueue={props.showQueue}
          />
        ))}
      </div>
    </>
  );
}
