/**
 * One customer's chat with one shop, independent of the UI: every message goes through the
 * outbox with a client id and is posted once at a time, in order; a network failure leaves it
 * pending and it is resent (same client id) on reconnect. Replies come from the HTTP answer and
 * the live link alike and are merged by id and seq; without a live link the session polls.
 * This class is the panel's handle; the work is done by the modules it wires together.
 */
import type { ChatView } from './chat-view.ts';
import { LiveFollower } from './live-follower.ts';
import { lastSeqOf } from './message-log.ts';
import { OutboxSender } from './outbox-sender.ts';
import * as box from './outbox.ts';
import type { SessionDeps } from './session-deps.ts';
import { SessionModel } from './session-model.ts';
import { SessionTransport } from './session-transport.ts';

/** The customer's side of one conversation (and its successors after a reset). */
export class ChatSession {
  private readonly model: SessionModel;
  private readonly transport: SessionTransport;
  private readonly follower: LiveFollower;
  private readonly sender: OutboxSender;

  constructor(private readonly deps: SessionDeps) {
    const model = new SessionModel(deps.store);
    this.model = model;
    this.transport = new SessionTransport(model, deps, (key) => this.follower.connect(key));
    this.follower = new LiveFollower(
      model,
      deps,
      () => this.transport.refresh(),
      () => this.sender.drain(),
    );
    this.sender = new OutboxSender(model, this.transport, deps);
    const signedIn = deps.customerToken !== null;
    if (model.saved.conversation && model.saved.conversation.signed_in !== signedIn) model.reset();
  }

  /** Loads the history, follows the conversation live and sends what was left unsent. */
  async start(): Promise<void> {
    const key = this.model.saved.conversation;
    if (key) {
      this.follower.connect(key);
      await this.transport.refresh();
    }
    this.model.emit();
    void this.sender.drain();
  }

  /** Calls `listener` with every new view; returns the unsubscribe. */
  subscribe(listener: (view: ChatView) => void): () => void {
    return this.model.subscribe(listener);
  }

  /** What the panel shows now. */
  view(): ChatView {
    return this.model.view();
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
    this.model.save({ outbox: box.enqueue(this.model.saved.outbox, entry) });
    void this.sender.drain();
  }

  /** Sends a refused message again. */
  retry(clientId: string): void {
    this.model.save({ outbox: box.markPending(this.model.saved.outbox, clientId) });
    void this.sender.drain();
  }

  /** Rates the resolved conversation (1–5, optional comment). */
  async rate(score: number, comment?: string): Promise<void> {
    const key = this.model.saved.conversation;
    if (!key) return;
    await this.deps.api.rate(key, comment ? { score, comment } : { score });
    this.model.save({ rated_after_seq: lastSeqOf(this.model.messages) });
  }

  /** The browser's online/offline events: try again as soon as the network is back. */
  networkChanged(online: boolean): void {
    if (!online) return this.model.setOnline(false);
    this.sender.resetBackoff();
    void this.transport.refresh().then(() => this.sender.drain());
  }

  /** Stops the live link and timers. */
  close(): void {
    this.follower.close();
    this.sender.close();
    this.model.close();
  }
}
