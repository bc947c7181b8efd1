/** The workspace's UI strings: one dictionary per UI language, all with the same keys. */
import type { AgentRole, AgentStatus } from '../../../../src/domain/agent.ts';
import type { ConversationStatus, HandoffReason } from '../../../../src/domain/conversation.ts';
import type { ActionType } from '../../../../src/engine/actions/action-definition.ts';
import { EN } from './en.ts';
import { ZH_CN } from './zh-cn.ts';

/** The UI languages of the workspace. */
export const UI_LANGS = ['zh-CN', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** Every string the workspace shows (customer and bot text is shown as written). */
export interface UiStrings {
  locale: string;
  appName: string;
  language: string;
  signInTitle: string;
  shop: string;
  email: string;
  password: string;
  signIn: string;
  signingIn: string;
  wrongCredentials: string;
  rateLimited: string;
  signOut: string;
  error: string;
  taken: string;
  roles: Record<AgentRole, string>;
  status: string;
  statuses: Record<AgentStatus, string>;
  live: string;
  reconnecting: string;
  queue: string;
  mine: string;
  others: string;
  emptyQueue: string;
  emptyMine: string;
  emptyOthers: string;
  recent: string;
  emptyRecent: string;
  /** When a recent conversation closed and who had it, e.g. "10:32 结束 · 小王". */
  closedAt: (time: string, agent: string | null) => string;
  readOnly: string;
  assign: string;
  assignTo: string;
  claim: string;
  anonymous: string;
  waited: (wait: string) => string;
  withAgent: (name: string) => string;
  urgent: string;
  reasons: Record<HandoffReason, string>;
  conversationStatus: Record<ConversationStatus, string>;
  pickConversation: string;
  summary: string;
  reason: string;
  intent: string;
  slots: string;
  order: string;
  frustration: string;
  customerSaid: string;
  botSaid: string;
  none: string;
  customer: string;
  phone: string;
  orders: string;
  noOrders: string;
  orderStatus: Record<string, string>;
  quantity: (n: number) => string;
  authors: { customer: string; bot: string; agent: string; system: string; note: string };
  noteHint: string;
  replyTab: string;
  noteTab: string;
  replyPlaceholder: string;
  notePlaceholder: string;
  send: string;
  addNote: string;
  macros: string;
  suggestion: string;
  useSuggestion: string;
  editSuggestion: string;
  ignoreSuggestion: string;
  claimFirst: string;
  resolve: string;
  handBack: string;
  transfer: string;
  transferTo: string;
  actions: string;
  actionNames: Record<ActionType, string>;
  run: string;
  fromSku: string;
  toSku: string;
  inStock: string;
  sku: string;
  qty: string;
  returnReason: string;
  defect: string;
  invoiceKind: string;
  addressName: string;
  addressPhone: string;
  addressRegion: string;
  addressLine: string;
  addressZip: string;
  executed: string;
  refused: string;
  notOverridable: string;
  override: string;
  overrideReason: string;
  overrideHint: string;
  audit: string;
  noAudit: string;
  outcomes: Record<'executed' | 'refused' | 'overridden', string>;
  actors: Record<'bot' | 'agent' | 'system', string>;
  signedIn: string;
  trackingNo: (carrier: string, no: string) => string;
  afterSales: string;
  /** An after-sales record in words, e.g. "换货 · 已申请". */
  afterSale: (type: string, status: string | undefined) => string;
  partKinds: Record<'product' | 'choices' | 'confirm' | 'queue', string>;
}

const STRINGS: Record<UiLang, UiStrings> = { 'zh-CN': ZH_CN, en: EN };

/** The dictionary of `lang`. */
export const stringsFor = (lang: UiLang): UiStrings => STRINGS[lang];

/** The saved UI language, else the browser's first Chinese or English one, else zh-CN. */
export function chooseLang(saved: string | null, browser: readonly string[]): UiLang {
  if (saved === 'zh-CN' || saved === 'en') return saved;
  for (const l of browser) {
    if (l.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (l.toLowerCase().startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
