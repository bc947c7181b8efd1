/**
 * One customer's chat with one shop, independent of the UI: every message goes through the
 * outbox with a client id and is posted once at a time, in order; a network failure leaves it
 * pending and it is resent (same client id) on reconnect. Replies come from the HTTP answer and
 * the live link alike and are merged by id and seq; without a live link the session polls.
 */
import type { ConversationStatus } from '../../../../src/domain/conversation.ts';
import type { PublicMessage } from '../../../../src/domain/protocol.ts';
import { ApiError, type ChatApi, type ConversationKey } from './chat-api.ts';
import { deriveView, type ChatView } from './chat-view.ts';
import type { LiveLink, LiveQueue, OpenLiveLink } from './live-link.ts';
import { lastSeqOf, mergeMessages } from './message-log.ts';
import * as box from './outbox.ts';
import type { Saved, SessionStore } from './saved-session.ts';

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

/** The customer's side of one conversation (and its successors after a reset). */
export class ChatSession {
  private saved: Saved;
  private messages: readonly PublicMessage[] = [];
  private status: ConversationStatus | null = null;
  private typing: 'bot' | 'agent' | null = null;
  private queue: LiveQueue | null = null;
  private online = true;
  private inFlight: box.OutboxEntry | null = null;
  private echoed = false;
  private draining = false;
  private live: LiveLink | null = null;
  private liveUp = false;
  private retryDelay: number;
  private timers = { retry: 0 as unknown, poll: 0 as unknown, typing: 0 as unknown };
  private listeners = new Set<(view: ChatView) => void>();

  constructor(private readonly deps: SessionDeps) {
    this.saved = deps.store.load();
    this.retryDelay = deps.retryMs ?? 1000;
    const signedIn = deps.customerToken !== null;
    if (this.saved.conversation && this.saved.conversation.signed_in !== signedIn) this.reset();
  }

  /** Loads the history, follows the conversation live and sends what was left unsent. */
  async start(): Promise<void> {
    const key = this.saved.conversation;
    if (key) {
      this.connect(key);
      await this.refresh();
    }
    this.emit();
    void this.drain();
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

  /** Queues a customer message and sends it as soon as it can. */
  send(text: string, intent: 'human_agent' | null = null): void {
    const entry: box.OutboxEntry = {
      client_id: this.deps.newId(),
      text,
      intent,
      created_at: this.deps.now().toISOString(),
      state: 'pending',
    };
    this.save({ outbox: box.enqueue(this.saved.outbox, entry) });
    void this.drain();
  }

  /** Sends a refused message again. */
  retry(clientId: string): void {
    this.save({ outbox: box.markPending(this.saved.outbox, clientId) });
    void this.drain();
  }

  /** Rates the resolved conversation (1–5, optional comment). */
  async rate(score: number, comment?: string): Promise<void> {
    const key = this.saved.conversation;
    if (!key) return;
    await this.deps.api.rate(key, comment ? { score, comment } : { score });
    this.save({ rated_after_seq: lastSeqOf(this.messages) });
  }

  /** The browser's online/offline events: try again as soon as the network is back. */
  networkChanged(online: boolean): void {
    if (!online) return this.setOnline(false);
    this.retryDelay = this.deps.retryMs ?? 1000;
    void this.refresh().then(() => this.drain());
  }

  /** Stops the live link and timers. */
  close(): void {
    this.live?.close();
    this.live = null;
    for (const t of Object.values(this.timers)) clearTimeout(t as number);
    this.listeners.clear();
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let e = box.nextToSend(this.saved.outbox); e; e = box.nextToSend(this.saved.outbox)) {
        if (!(await this.sendOne(e))) break;
      }
    } finally {
      this.draining = false;
    }
  }

  /** Posts one entry; false when sending should pause (offline or server trouble). */
  private async sendOne(entry: box.OutboxEntry): Promise<boolean> {
    this.inFlight = entry;
    this.echoed = false;
    if (this.status !== 'with_agent' && this.status !== 'queued') this.setTyping('bot');
    try {
      const key = await this.ensureConversation();
      const body = { text: entry.text, client_id: entry.client_id };
      const res = await this.deps.api.post(
        key,
        entry.intent ? { ...body, intent: entry.intent } : body,
      );
      this.save({ outbox: box.settle(this.saved.outbox, entry.client_id) });
      this.setOnline(true);
      this.accept([res.message, ...res.replies], res.conversation.status);
      return true;
    } catch (error) {
      return this.sendFailed(entry, error);
    } finally {
      this.inFlight = null;
      this.echoed = false;
      if (this.typing === 'bot') this.setTyping(null);
      this.emit();
    }
  }

  private sendFailed(entry: box.OutboxEntry, error: unknown): boolean {
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) {
      if (!this.saved.conversation) return this.pause(error);
      this.reset();
      return true;
    }
    if (error instanceof ApiError && error.status === 400) {
      this.save({ outbox: box.markFailed(this.saved.outbox, entry.client_id) });
      return true;
    }
    return this.pause(error);
  }

  private pause(error: unknown): false {
    if (!(error instanceof ApiError)) this.setOnline(false);
    clearTimeout(this.timers.retry as number);
    this.timers.retry = setTimeout(() => void this.drain(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, 15_000);
    return false;
  }

  private async ensureConversation(): Promise<ConversationKey> {
    if (this.saved.conversation) return this.saved.conversation;
    const token = this.deps.customerToken;
    const res = await this.deps.api.start({
      visitor_id: this.saved.visitor_id,
      language: this.deps.language,
      ...(token ? { customer_token: token } : {}),
    });
    const key = {
      id: res.conversation.id,
      token: res.access_token,
      signed_in: res.conversation.signed_in,
    };
    this.save({ conversation: key });
    this.status = res.conversation.status;
    this.connect(key);
    return key;
  }

  private connect(key: ConversationKey): void {
    this.live?.close();
    this.live =
      this.deps.openLive?.(this.deps.shop, key, {
        lastSeq: () => lastSeqOf(this.messages),
        onMessages: (messages) => this.accept(messages),
        onStatus: (status) => this.accept([], status),
        onTyping: (author) => this.setTyping(author, 8000),
        onQueue: (queue) => {
          this.queue = queue;
          this.emit();
        },
        onConnection: (up) => this.liveChanged(up),
        onRejected: () => this.reset(),
      }) ?? null;
    this.schedulePoll();
  }

  private liveChanged(up: boolean): void {
    this.liveUp = up;
    if (up) {
      this.setOnline(true);
      void this.drain();
    }
    this.schedulePoll();
  }

  /** Polls the history while there is no live link (WebSocket and long-polling both down). */
  private schedulePoll(): void {
    clearTimeout(this.timers.poll as number);
    if (this.liveUp || !this.saved.conversation) return;
    this.timers.poll = setTimeout(() => {
      void this.refresh().then(() => {
        if (this.online) void this.drain();
        this.schedulePoll();
      });
    }, this.deps.pollMs ?? 3000);
  }

  private async refresh(): Promise<void> {
    const key = this.saved.conversation;
    if (!key) return;
    try {
      const res = await this.deps.api.history(key, lastSeqOf(this.messages));
      this.setOnline(true);
      this.accept(res.messages, res.conversation.status);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 404)) this.reset();
      else if (!(error instanceof ApiError)) this.setOnline(false);
    }
  }

  private accept(messages: readonly PublicMessage[], status?: ConversationStatus): void {
    this.messages = mergeMessages(this.messages, messages);
    // A new queue card is newer than the last live position.
    if (messages.some((m) => m.parts.some((p) => p.kind === 'queue'))) this.queue = null;
    if (box.echoes(messages, this.inFlight)) this.echoed = true;
    if (status) this.status = status;
    if (this.typing && messages.some((m) => m.author === this.typing)) this.setTyping(null);
    this.emit();
  }

  private setTyping(author: 'bot' | 'agent' | null, forMs?: number): void {
    this.typing = author;
    clearTimeout(this.timers.typing as number);
    if (author && forMs) this.timers.typing = setTimeout(() => this.setTyping(null), forMs);
    this.emit();
  }

  private setOnline(online: boolean): void {
    if (this.online === online) return;
    this.online = online;
    this.emit();
  }

  /** Forgets a conversation the server no longer opens for us; the next message starts anew. */
  private reset(): void {
    this.live?.close();
    this.live = null;
    this.liveUp = false;
    this.messages = [];
    this.status = null;
    this.save({ conversation: null, rated_after_seq: null });
  }

  private save(patch: Partial<Saved>): void {
    this.saved = { ...this.saved, ...patch };
    this.deps.store.save(this.saved);
    this.emit();
  }

  private emit(): void {
    if (this.listeners.size === 0) return;
    const view = this.view();
    for (const listener of this.listeners) listener(view);
  }
}
