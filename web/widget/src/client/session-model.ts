/**
 * The state of one chat session and every update to it. Each update is saved (when it is part
 * of what survives a reload) and shown to the listeners; the other session modules change the
 * state only through here, except for the few fields they own (in flight, live link).
 */
import type { ConversationStatus } from '../../../../src/domain/conversation.ts';
import type { PublicMessage } from '../../../../src/domain/protocol.ts';
import { deriveView, type ChatView } from './chat-view.ts';
import type { LiveLink, LiveQueue } from './live-link.ts';
import { mergeMessages } from './message-log.ts';
import { echoes, type OutboxEntry } from './outbox.ts';
import type { Saved, SessionStore } from './saved-session.ts';

/** The session's state, its view and the updates to them. */
export class SessionModel {
  saved: Saved;
  messages: readonly PublicMessage[] = [];
  status: ConversationStatus | null = null;
  typing: 'bot' | 'agent' | null = null;
  queue: LiveQueue | null = null;
  online = true;
  /** The outbox entry being posted, and whether the server's copy of it has arrived already. */
  inFlight: OutboxEntry | null = null;
  echoed = false;
  live: LiveLink | null = null;
  liveUp = false;
  private typingTimer: unknown = 0;
  private readonly listeners = new Set<(view: ChatView) => void>();

  constructor(private readonly store: SessionStore) {
    this.saved = store.load();
  }

  /** Calls `listener` with every new view; returns the unsubscribe. */
  subscribe(listener: (view: ChatView) => void): () => void {
    this.listeners.add(listener);
    listener(this.view());
    return () => this.listeners.delete(listener);
  }

  /** What the panel shows now. */
  view(): ChatView {
    return deriveView({
      status: this.status,
      messages: this.messages,
      outbox: this.saved.outbox,
      hiddenClientId: this.echoed ? (this.inFlight?.client_id ?? null) : null,
      typing: this.typing,
      online: this.online,
      ratedAfterSeq: this.saved.rated_after_seq,
      queue: this.queue,
    });
  }

  /** Merges messages (and the status) from the HTTP answers and the live link alike. */
  accept(messages: readonly PublicMessage[], status?: ConversationStatus): void {
    this.messages = mergeMessages(this.messages, messages);
    // A new queue card is newer than the last live position.
    if (messages.some((m) => m.parts.some((p) => p.kind === 'queue'))) this.queue = null;
    if (echoes(messages, this.inFlight)) this.echoed = true;
    if (status) this.status = status;
    if (this.typing && messages.some((m) => m.author === this.typing)) this.setTyping(null);
    this.emit();
  }

  /** Shows (for `forMs` at most, when given) or hides the typing indicator. */
  setTyping(author: 'bot' | 'agent' | null, forMs?: number): void {
    this.typing = author;
    clearTimeout(this.typingTimer as number);
    if (author && forMs) this.typingTimer = setTimeout(() => this.setTyping(null), forMs);
    this.emit();
  }

  /** Records whether the last request reached the server. */
  setOnline(online: boolean): void {
    if (this.online === online) return;
    this.online = online;
    this.emit();
  }

  /** Shows the live place in the queue. */
  setQueue(queue: LiveQueue): void {
    this.queue = queue;
    this.emit();
  }

  /** Forgets a conversation the server no longer opens for us; the next message starts anew. */
  reset(): void {
    this.live?.close();
    this.live = null;
    this.liveUp = false;
    this.messages = [];
    this.status = null;
    this.save({ conversation: null, rated_after_seq: null });
  }

  /** Changes and stores what survives a reload. */
  save(patch: Partial<Saved>): void {
    this.saved = { ...this.saved, ...patch };
    this.store.save(this.saved);
    this.emit();
  }

  /** Shows the current view to every listener. */
  emit(): void {
    if (this.listeners.size === 0) return;
    const view = this.view();
    for (const listener of this.listeners) listener(view);
  }

  /** Stops the typing timer and drops the listeners. */
  close(): void {
    clearTimeout(this.typingTimer as number);
    this.listeners.clear();
  }
}
