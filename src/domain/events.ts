/**
 * The event registry (STYLE.md item 6): every event the engine emits, named `noun.past_tense`.
 * Real-time fan-out (in-process or Redis) carries them to agents and customers.
 */
import type { Conversation, ConversationStatus, Handoff, Message } from './conversation.ts';
import type { AgentStore } from './ports.ts';

export type KefuEvent =
  | { type: 'conversation.started'; conversation: Conversation }
  | { type: 'message.created'; message: Message }
  | {
      type: 'conversation.status_changed';
      conversationId: string;
      from: ConversationStatus;
      to: ConversationStatus;
    }
  | { type: 'handoff.created'; handoff: Handoff }
  | { type: 'handoff.assigned'; handoff: Handoff; agentName: string }
  | { type: 'action.executed'; conversationId: string | null; action: string; orderId: string }
  | { type: 'typing.started'; conversationId: string; author: 'bot' | 'agent' };

/** Publishes events of one shop to whoever listens (the realtime port). */
export interface EventPublisher {
  publish(shopId: string, event: KefuEvent): void;
}

/** How many human agents can take a conversation now. */
export interface AgentPresence {
  /** `agents` reads the accounts within the caller's transaction (a fixed presence ignores it). */
  onlineAgents(shopId: string, agents: AgentStore): Promise<number>;
}
