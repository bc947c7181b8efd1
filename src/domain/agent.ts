/** Human agents of a shop: roles, status, capacity; their notes and canned replies. */
import { z } from 'zod';

export const AGENT_ROLES = ['owner', 'supervisor', 'agent'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];
export const AgentRoleSchema = z.enum(AGENT_ROLES);

export const AGENT_STATUSES = ['online', 'away', 'offline'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];
export const AgentStatusSchema = z.enum(AGENT_STATUSES);

/** An agent account (never with its password hash). */
export interface Agent {
  id: string;
  shopId: string;
  email: string;
  displayName: string;
  role: AgentRole;
  status: AgentStatus;
  /** How many conversations the agent takes at once. */
  capacity: number;
  createdAt: string;
}

/** Whether the role may override policies, reassign and edit macros. */
export const supervises = (role: AgentRole) => role === 'owner' || role === 'supervisor';

/** An internal note on a conversation (never shown to the customer). */
export interface Note {
  id: string;
  conversationId: string;
  agentId: string;
  text: string;
  createdAt: string;
}

/** A canned reply; `{order_id}`-style variables are filled from the conversation. */
export interface Macro {
  id: string;
  title: string;
  body: string;
  position: number;
}

/** A signed-in agent's session. */
export interface AgentSession {
  tokenHash: string;
  shopId: string;
  agentId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}
