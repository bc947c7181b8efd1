/**
 * Messages the customer wrote that the server has not confirmed yet. Each has a client id made
 * once, so sending it again (after a dropped connection or a reload) is answered by the server's
 * idempotency with the original reply instead of a second message.
 */
import type { PublicMessage } from '../../../../src/domain/protocol.ts';

/** One message waiting to be sent, or refused by the server. */
export interface OutboxEntry {
  client_id: string;
  text: string;
  intent: 'human_agent' | null;
  created_at: string;
  state: 'pending' | 'failed';
}

/** The outbox with `entry` at the end. */
export const enqueue = (outbox: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] => [
  ...outbox,
  entry,
];

/** The next entry to send (the oldest pending one), if any. */
export const nextToSend = (outbox: readonly OutboxEntry[]): OutboxEntry | undefined =>
  outbox.find((e) => e.state === 'pending');

/** The outbox without the entry `clientId` (the server has it). */
export const settle = (outbox: readonly OutboxEntry[], clientId: string): OutboxEntry[] =>
  outbox.filter((e) => e.client_id !== clientId);

/** The outbox with entry `clientId` marked as refused (it is shown, not resent). */
export const markFailed = (outbox: readonly OutboxEntry[], clientId: string): OutboxEntry[] =>
  outbox.map((e) => (e.client_id === clientId ? { ...e, state: 'failed' } : e));

/** The outbox with entry `clientId` pending again (the customer asked to retry it). */
export const markPending = (outbox: readonly OutboxEntry[], clientId: string): OutboxEntry[] =>
  outbox.map((e) => (e.client_id === clientId ? { ...e, state: 'pending' } : e));

/**
 * Whether one of `messages` is the server's copy of the in-flight entry. The socket can deliver
 * it before the HTTP answer; the copy carries the entry's client id.
 */
export const echoes = (messages: readonly PublicMessage[], inFlight: OutboxEntry | null): boolean =>
  inFlight !== null &&
  messages.some(
    (m) =>
      m.author === 'customer' &&
      (m.client_id === inFlight.client_id || (m.client_id === null && m.text === inFlight.text)),
  );
