/**
 * The session's HTTP side: starting the conversation on the first message, posting one outbox
 * entry, and fetching the history after the last seq seen (on start, reconnect and poll).
 */
import { ApiError, type ChatApi, type ConversationKey } from './chat-api.ts';
import { conversationGone } from './conversation-gone.ts';
import { lastSeqOf } from './message-log.ts';
import type { OutboxEntry } from './outbox.ts';
import type { SessionDeps } from './session-deps.ts';
import type { SessionModel } from './session-model.ts';

/** The server's answer to a posted message. */
export type PostAnswer = Awaited<ReturnType<ChatApi['post']>>;

/** Requests to the chat API on behalf of one session. */
export class SessionTransport {
  /** `onStarted` follows a conversation this transport has just started. */
  constructor(
    private readonly model: SessionModel,
    private readonly deps: SessionDeps,
    private readonly onStarted: (key: ConversationKey) => void,
  ) {}

  /** Posts `entry` (with its client id, so a resend is not a second message). */
  async post(entry: OutboxEntry): Promise<PostAnswer> {
    const key = await this.conversation();
    const body = { text: entry.text, client_id: entry.client_id };
    return this.deps.api.post(key, entry.intent ? { ...body, intent: entry.intent } : body);
  }

  /** Fetches the messages after the last one seen; forgets a conversation that is gone. */
  async refresh(): Promise<void> {
    const key = this.model.saved.conversation;
    if (!key) return;
    try {
      const res = await this.deps.api.history(key, lastSeqOf(this.model.messages));
      this.model.setOnline(true);
      this.model.accept(res.messages, res.conversation.status);
    } catch (error) {
      if (conversationGone(error)) this.model.reset();
      else if (!(error instanceof ApiError)) this.model.setOnline(false);
    }
  }

  /** The saved conversation, or a new one started now. */
  private async conversation(): Promise<ConversationKey> {
    if (this.model.saved.conversation) return this.model.saved.conversation;
    const token = this.deps.customerToken;
    const res = await this.deps.api.start({
      visitor_id: this.model.saved.visitor_id,
      language: this.deps.language,
      ...(token ? { customer_token: token } : {}),
    });
    const key = {
      id: res.conversation.id,
      token: res.access_token,
      signed_in: res.conversation.signed_in,
    };
    this.model.save({ conversation: key });
    this.model.status = res.conversation.status;
    this.onStarted(key);
    return key;
  }
}
