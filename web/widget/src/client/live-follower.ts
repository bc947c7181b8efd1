/**
 * Follows the session's conversation live: opens the live link (socket.io, which itself falls
 * back to long-polling), feeds what it reports into the session, and polls the history over HTTP
 * while there is no live link at all.
 */
import type { ConversationKey } from './chat-api.ts';
import { lastSeqOf } from './message-log.ts';
import type { SessionDeps } from './session-deps.ts';
import type { SessionModel } from './session-model.ts';

/** The live link of one session and its polling fallback. */
export class LiveFollower {
  private pollTimer: unknown = 0;

  /** `refresh` fetches the history; `drain` sends what the outbox holds. */
  constructor(
    private readonly model: SessionModel,
    private readonly deps: SessionDeps,
    private readonly refresh: () => Promise<void>,
    private readonly drain: () => Promise<void>,
  ) {}

  /** Follows conversation `key` (instead of any other). */
  connect(key: ConversationKey): void {
    const model = this.model;
    model.live?.close();
    model.live =
      this.deps.openLive?.(this.deps.shop, key, {
        lastSeq: () => lastSeqOf(model.messages),
        onMessages: (messages) => model.accept(messages),
        onStatus: (status) => model.accept([], status),
        onTyping: (author) => model.setTyping(author, 8000),
        onQueue: (queue) => model.setQueue(queue),
        onConnection: (up) => this.liveChanged(up),
        onRejected: () => model.reset(),
      }) ?? null;
    this.schedulePoll();
  }

  /** Closes the live link and stops polling. */
  close(): void {
    this.model.live?.close();
    this.model.live = null;
    clearTimeout(this.pollTimer as number);
  }

  private liveChanged(up: boolean): void {
    this.model.liveUp = up;
    if (up) {
      this.model.setOnline(true);
      void this.drain();
    }
    this.schedulePoll();
  }

  /** Polls the history while there is no live link (WebSocket and long-polling both down). */
  private schedulePoll(): void {
    clearTimeout(this.pollTimer as number);
    if (this.model.liveUp || !this.model.saved.conversation) return;
    this.pollTimer = setTimeout(() => {
      void this.refresh().then(() => {
        if (this.model.online) void this.drain();
        this.schedulePoll();
      });
    }, this.deps.pollMs ?? 3000);
  }
}
