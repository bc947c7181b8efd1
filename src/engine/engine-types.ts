/** The engine's public surface: start a conversation, handle one customer turn. */
import type { Clock } from '../domain/clock.ts';
import type { Conversation, Message } from '../domain/conversation.ts';
import type { AgentPresence, EventPublisher, KefuEvent } from '../domain/events.ts';
import type { Stores } from '../domain/ports.ts';
import type { Understander, Understanding } from '../domain/understanding.ts';

/** What the engine is built from. */
export interface EngineDeps {
  stores: Stores;
  clock: Clock;
  understander: Understander;
  presence: AgentPresence;
  events: EventPublisher;
  /** New unique ids; injectable so tests are repeatable. */
  newId?: () => string;
}

/** Who starts a conversation. */
export interface StartConversation {
  shopId: string;
  /** A signed-in customer, already authenticated by the caller. */
  customerId?: string | null;
  visitorId?: string | null;
  language?: string;
}

/** One customer message. */
export interface CustomerTurn {
  shopId: string;
  conversationId: string;
  text: string;
  /** The client's id for this message; a replay returns the first outcome and does nothing. */
  clientId?: string | null;
  /** The customer pressed "talk to a person": hand off regardless of the text. */
  forceHuman?: boolean;
}

/** What one customer turn produced. */
export interface TurnOutcome {
  conversation: Conversation;
  customerMessage: Message;
  /** Messages sent in answer (bot and system); empty while a person owns the conversation. */
  replies: Message[];
  /** True when `clientId` had been seen: nothing was done again. */
  replayed: boolean;
  understanding: Understanding | null;
  /** Status and handoff events of the turn (messages are published from the lists above). */
  events?: KefuEvent[];
}

/** The dialogue engine. */
export interface Engine {
  startConversation(input: StartConversation): Promise<Conversation>;
  handleCustomerMessage(input: CustomerTurn): Promise<TurnOutcome>;
  /** What the bot would answer to the last customer message, without sending or changing anything. */
  suggestReply(input: { shopId: string; conversationId: string }): Promise<string | null>;
}
