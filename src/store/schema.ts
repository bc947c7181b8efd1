/**
 * The database tables as Kysely sees them. Every table that holds shop data carries `shop_id`.
 * Records keep their whole bundle object in a JSON `data` column (so unknown fields round-trip);
 * the columns beside it exist for lookups and ordering. Times are ISO 8601 text, portable to
 * both SQLite and PostgreSQL.
 */
export interface ShopsTable {
  id: string;
  data: string;
  policies: string;
  updated_at: string;
}

/** Catalogue-like records: categories, size charts, products, promotions, faq. */
export interface ShopRecordTable {
  shop_id: string;
  id: string;
  position: number;
  data: string;
}

export interface VariantsTable {
  shop_id: string;
  sku: string;
  product_id: string;
  position: number;
  price: number;
  stock: number;
  data: string;
}

export interface PriceHistoryTable {
  shop_id: string;
  position: number;
  sku: string;
  price: number;
  from_at: string;
  data: string;
}

export interface CustomersTable {
  shop_id: string;
  id: string;
  position: number;
  phone: string | null;
  data: string;
}

export interface OrdersTable {
  shop_id: string;
  id: string;
  position: number;
  customer_id: string;
  status: string;
  created_at: string;
  data: string;
}

export interface ConversationsTable {
  shop_id: string;
  id: string;
  customer_id: string | null;
  visitor_id: string | null;
  status: string;
  language: string;
  state: string;
  created_at: string;
  updated_at: string;
  access_hash: string | null;
}

export interface AgentsTable {
  shop_id: string;
  id: string;
  email: string;
  display_name: string;
  role: string;
  password_hash: string;
  status: string;
  capacity: number;
  created_at: string;
}

export interface AgentSessionsTable {
  token_hash: string;
  shop_id: string;
  agent_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface NotesTable {
  shop_id: string;
  id: string;
  conversation_id: string;
  agent_id: string;
  text: string;
  created_at: string;
}

export interface MacrosTable {
  shop_id: string;
  id: string;
  title: string;
  body: string;
  position: number;
}

export interface RatingsTable {
  shop_id: string;
  conversation_id: string;
  score: number;
  comment: string | null;
  created_at: string;
}

export interface ShopSecretsTable {
  shop_id: string;
  secret: string;
  created_at: string;
}

export interface MessagesTable {
  shop_id: string;
  id: string;
  conversation_id: string;
  seq: number;
  author: string;
  author_id: string | null;
  client_id: string | null;
  text: string;
  parts: string;
  meta: string;
  created_at: string;
}

export interface AuditTable {
  shop_id: string;
  id: string;
  idempotency_key: string;
  conversation_id: string | null;
  order_id: string | null;
  action: string;
  outcome: string;
  actor: string;
  actor_id: string | null;
  detail: string;
  created_at: string;
}

export interface HandoffsTable {
  shop_id: string;
  id: string;
  conversation_id: string;
  reason: string;
  priority: number;
  detail: string;
  created_at: string;
  assigned_to: string | null;
  assigned_at: string | null;
  closed_at: string | null;
}

export interface Database {
  shops: ShopsTable;
  categories: ShopRecordTable;
  size_charts: ShopRecordTable;
  products: ShopRecordTable;
  promotions: ShopRecordTable;
  faq: ShopRecordTable;
  variants: VariantsTable;
  price_history: PriceHistoryTable;
  customers: CustomersTable;
  orders: OrdersTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  audit: AuditTable;
  handoffs: HandoffsTable;
  shop_secrets: ShopSecretsTable;
  ratings: RatingsTable;
  agents: AgentsTable;
  agent_sessions: AgentSessionsTable;
  notes: NotesTable;
  macros: MacrosTable;
}

/** The catalogue tables that a re-import replaces wholesale. */
export const RECORD_TABLES = [
  'categories',
  'size_charts',
  'products',
  'promotions',
  'faq',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];
