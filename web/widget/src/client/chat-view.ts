/** What the panel shows, derived from the session's state in one pure function. */
import type { ConversationStatus } from '../../../../src/domain/conversation.ts';
import type { PublicMessage } from '../../../../src/domain/protocol.ts';
import { lastSeqOf } from './message-log.ts';
import type { LiveQueue } from './live-link.ts';
import type { OutboxEntry } from './outbox.ts';

/** Everything the panel renders. */
export interface ChatView {
  status: ConversationStatus | null;
  messages: readonly PublicMessage[];
  /** Unconfirmed customer messages, oldest first (pending or refused). */
  outbox: readonly OutboxEntry[];
  typing: 'bot' | 'agent' | null;
  /** False while the last request failed for want of a network. */
  online: boolean;
  /** The display name of the person who answered last, once one has. */
  agentName: string | null;
  /** The live place in the queue (newer than the last queue card), while queued. */
  queue: LiveQueue | null;
  /** 'ask' after resolution, 'rated' once rated (until the customer writes again). */
  rating: 'none' | 'ask' | 'rated';
}

/** The session state the view is derived from. */
export interface ViewInputs {
  status: ConversationStatus | null;
  messages: readonly PublicMessage[];
  outbox: readonly OutboxEntry[];
  hiddenClientId: string | null;
  typing: 'bot' | 'agent' | null;
  online: boolean;
  ratedAfterSeq: number | null;
  queue: LiveQueue | null;
}

/** The view of `s`. */
export function deriveView(s: ViewInputs): ChatView {
  // The person's name comes with their messages and with the desk's "joined" notice.
  const agent = [...s.messages]
    .reverse()
    .find((m) => m.author === 'agent' || (m.author === 'system' && m.author_name));
  const lastCustomer = lastSeqOf(s.messages.filter((m) => m.author === 'customer'));
  const rated = s.ratedAfterSeq !== null && s.ratedAfterSeq >= lastCustomer;
  return {
    status: s.status,
    messages: s.messages,
    outbox: s.outbox.filter((e) => e.client_id !== s.hiddenClientId),
    typing: s.typing,
    online: s.online,
    agentName: agent?.author_name ?? null,
    queue: s.status === 'queued' ? s.queue : null,
    rating: s.status !== 'resolved' ? 'none' : rated ? 'rated' : 'ask',
  };
}
