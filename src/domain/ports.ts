/**
 * Ports: what the engine needs from storage, named for their role. Adapters live in store/
 * (one Kysely adapter serves SQLite and PostgreSQL; one contract suite runs against both).
 * Every method is scoped by shop id: no port method can reach across shops.
 */
import type {
  Category,
  Customer,
  Faq,
  Order,
  Policies,
  PricePoint,
  Product,
  Promotion,
  Shop,
  SizeChart,
} from './bundle.ts';
import type { Agent, AgentSession, AgentStatus, Macro, Note } from './agent.ts';
import type { Conversation, Handoff, Message } from './conversation.ts';

/** A shop's catalogue and rules, read together (they change only on import). */
export interface ShopSnapshot {
  shop: Shop;
  policies: Policies;
  categories: Category[];
  sizeCharts: Record<string, SizeChart>;
  products: Product[];
  priceHistory: PricePoint[];
  promotions: Promotion[];
  faq: Faq[];
  /** Changes whenever the shop is re-imported; caches key on it. */
  version: string;
}

/** Reads a shop's catalogue, policies and stock. */
export interface CatalogStore {
  loadShop(shopId: string): Promise<ShopSnapshot | null>;
  listShopIds(): Promise<string[]>;
  /** The shop record alone (name, time zone, hours), without the catalogue. */
  getShop(shopId: string): Promise<Shop | null>;
  /** The shop's snapshot version (changes on import), or null for an unknown shop. */
  shopVersion(shopId: string): Promise<string | null>;
  /** Current stock of one variant, read fresh (stock moves with orders). */
  stockOf(shopId: string, sku: string): Promise<number | null>;
  /** Adds `delta` (negative to take) to a variant's stock; refuses to go below zero. */
  adjustStock(shopId: string, sku: string, delta: number): Promise<boolean>;
}

/** Reads customers. */
export interface CustomerStore {
  getCustomer(shopId: string, customerId: string): Promise<Customer | null>;
}

/** Reads and writes orders. */
export interface OrderStore {
  getOrder(shopId: string, orderId: string): Promise<Order | null>;
  listOrdersOfCustomer(shopId: string, customerId: string): Promise<Order[]>;
  saveOrder(shopId: string, order: Order): Promise<void>;
}

/** One executed or refused action, as the audit log keeps it. */
export interface AuditEntry {
  id: string;
  idempotencyKey: string;
  conversationId: string | null;
  orderId: string | null;
  action: string;
  outcome: 'executed' | 'refused' | 'overridden';
  actor: 'bot' | 'agent' | 'system';
  actorId: string | null;
  detail: Record<string, unknown>;
  createdAt: string;
}

/** The action audit log; idempotency keys are unique per shop. */
export interface AuditStore {
  recordAudit(shopId: string, entry: AuditEntry): Promise<void>;
  findAuditByKey(shopId: string, key: string): Promise<AuditEntry | null>;
  listAudit(
    shopId: string,
    filter: { conversationId?: string; orderId?: string },
  ): Promise<AuditEntry[]>;
}

/** All stores, bound to one database session. */
export interface Stores {
  catalog: CatalogStore;
  customers: CustomerStore;
  orders: OrderStore;
  audit: AuditStore;
  conversations: ConversationStore;
  handoffs: HandoffStore;
  access: AccessStore;
  agents: AgentStore;
  /** Runs `fn` in one transaction: every write in it commits together or not at all. */
  transaction<T>(fn: (stores: Stores) => Promise<T>): Promise<T>;
}

/** Conversations and their messages. */
export interface ConversationStore {
  createConversation(conversation: Conversation): Promise<void>;
  getConversation(shopId: string, id: string): Promise<Conversation | null>;
  updateConversation(
    shopId: string,
    id: string,
    patch: Partial<Pick<Conversation, 'status' | 'language' | 'state' | 'updatedAt'>>,
  ): Promise<void>;
  /** Appends messages after the conversation's last one, assigning their `seq`. */
  appendMessages(shopId: string, messages: Omit<Message, 'seq'>[]): Promise<Message[]>;
  findMessageByClientId(
    shopId: string,
    conversationId: string,
    clientId: string,
  ): Promise<Message | null>;
  listMessages(shopId: string, conversationId: string, afterSeq?: number): Promise<Message[]>;
  /** Stores the customer's rating (1–5), replacing an earlier one. */
  rate(shopId: string, conversationId: string, rating: Rating): Promise<void>;
  ratingOf(shopId: string, conversationId: string): Promise<Rating | null>;
}

/** A customer's satisfaction rating of a conversation. */
export interface Rating {
  score: number;
  comment: string | null;
  createdAt: string;
}

/** The human queue. */
export interface HandoffStore {
  createHandoff(shopId: string, handoff: Handoff): Promise<void>;
  openHandoffs(shopId: string): Promise<Handoff[]>;
  openHandoffOf(shopId: string, conversationId: string): Promise<Handoff | null>;
  updateHandoff(
    shopId: string,
    id: string,
    patch: Partial<Pick<Handoff, 'assignedTo' | 'assignedAt' | 'closedAt'>>,
  ): Promise<void>;
  /** Assigns an unassigned open handoff; false when someone else already has it. */
  claimHandoff(shopId: string, handoffId: string, agentId: string, at: string): Promise<boolean>;
  /** Open handoffs assigned to `agentId`. */
  assignedTo(shopId: string, agentId: string): Promise<Handoff[]>;
  /** Recently closed handoffs, newest first, for wait estimates. */
  recentClosedHandoffs(shopId: string, limit: number): Promise<Handoff[]>;
}

/** Secrets that guard access: shop signing secrets, conversation access-token hashes. */
export interface AccessStore {
  /** The shop's secret for signing customer tokens; created on first use. */
  shopSecret(shopId: string, newSecret: () => string, at: string): Promise<string>;
  setConversationAccess(shopId: string, conversationId: string, hash: string): Promise<void>;
  conversationAccess(shopId: string, conversationId: string): Promise<string | null>;
}

/** Agent accounts, sessions, notes and macros. */
export interface AgentStore {
  createAgent(agent: Agent, passwordHash: string): Promise<void>;
  getAgent(shopId: string, agentId: string): Promise<Agent | null>;
  findAgentByEmail(
    shopId: string,
    email: string,
  ): Promise<{ agent: Agent; passwordHash: string } | null>;
  listAgents(shopId: string): Promise<Agent[]>;
  setAgentStatus(shopId: string, agentId: string, status: AgentStatus): Promise<void>;
  createSession(session: AgentSession): Promise<void>;
  findSession(tokenHash: string): Promise<AgentSession | null>;
  deleteSession(tokenHash: string): Promise<void>;
  addNote(shopId: string, note: Note): Promise<void>;
  listNotes(shopId: string, conversationId: string): Promise<Note[]>;
  listMacros(shopId: string): Promise<Macro[]>;
  putMacro(shopId: string, macro: Macro): Promise<void>;
  deleteMacro(shopId: string, macroId: string): Promise<void>;
}
