/**
 * Sends the outbox: one entry at a time, in order. A network failure or server trouble pauses
 * sending and tries again later with a growing delay; the entry stays pending and is resent with
 * the same client id. A refused entry is marked failed; a conversation that is gone is forgotten
 * and the entry goes into a new one.
 */
import { ApiError } from './chat-api.ts';
import { conversationGone } from './conversation-gone.ts';
import * as box from './outbox.ts';
import type { SessionDeps } from './session-deps.ts';
import type { SessionModel } from './session-model.ts';
import type { PostAnswer, SessionTransport } from './session-transport.ts';

/** The outbox's sender, with its retry back-off. */
export class OutboxSender {
  private draining = false;
  private retryDelay: number;
  private retryTimer: unknown = 0;

  constructor(
    private readonly model: SessionModel,
    private readonly transport: SessionTransport,
    private readonly deps: SessionDeps,
  ) {
    this.retryDelay = deps.retryMs ?? 1000;
  }

  /** Sends the pending entries until the outbox is empty or sending has to pause. */
  async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      const outbox = () => this.model.saved.outbox;
      for (let e = box.nextToSend(outbox()); e; e = box.nextToSend(outbox())) {
        if (!(await this.sendOne(e))) break;
      }
    } finally {
      this.draining = false;
    }
  }

  /** Starts the back-off again from the shortest delay (the network is back). */
  resetBackoff(): void {
    this.retryDelay = this.deps.retryMs ?? 1000;
  }

  /** Cancels the scheduled retry. */
  close(): void {
    clearTimeout(this.retryTimer as number);
  }

  /** Posts one entry; false when sending should pause (offline or server trouble). */
  private async sendOne(entry: box.OutboxEntry): Promise<boolean> {
    const model = this.model;
    model.inFlight = entry;
    model.echoed = false;
    if (model.status !== 'with_agent' && model.status !== 'queued') model.setTyping('bot');
    try {
      this.sent(entry, await this.transport.post(entry));
      return true;
    } catch (error) {
      return this.sendFailed(entry, error);
    } finally {
      model.inFlight = null;
      model.echoed = false;
      if (model.typing === 'bot') model.setTyping(null);
      model.emit();
    }
  }

  private sent(entry: box.OutboxEntry, res: PostAnswer): void {
    this.model.save({ outbox: box.settle(this.model.saved.outbox, entry.client_id) });
    this.model.setOnline(true);
    this.model.accept([res.message, ...res.replies], res.conversation.status);
  }

  private sendFailed(entry: box.OutboxEntry, error: unknown): boolean {
    if (conversationGone(error)) {
      if (!this.model.saved.conversation) return this.pause(error);
      this.model.reset();
      return true;
    }
    if (error instanceof ApiError && error.status === 400) {
      this.model.save({ outbox: box.markFailed(this.model.saved.outbox, entry.client_id) });
      return true;
    }
    return this.pause(error);
  }

  private pause(error: unknown): false {
    if (!(error instanceof ApiError)) this.model.setOnline(false);
    clearTimeout(this.retryTimer as number);
    this.retryTimer = setTimeout(() => void this.drain(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, 15_000);
    return false;
  }
}
