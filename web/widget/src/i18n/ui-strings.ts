/** The panel's UI strings: one dictionary per UI language, all with the same keys. */
import type { UiLang } from '../client/choose-language.ts';
import { EN } from './en.ts';
import { ZH_CN } from './zh-cn.ts';
import { ZH_TW } from './zh-tw.ts';

/** Every string the panel shows (replies come from the server in the customer's language). */
export interface UiStrings {
  locale: string;
  title: string;
  close: string;
  ai: string;
  agent: string;
  you: string;
  system: string;
  statusBot: string;
  statusQueued: string;
  statusAgent: (name: string | null) => string;
  statusResolved: string;
  greeting: (shop: string) => string;
  log: string;
  talkToPerson: string;
  talkToPersonText: string;
  inputLabel: string;
  placeholder: string;
  send: string;
  counter: (n: number, max: number) => string;
  tooLong: (max: number) => string;
  noAttachments: string;
  pending: string;
  failed: string;
  retry: string;
  offline: string;
  typing: (who: string) => string;
  queueTitle: string;
  queueAhead: (ahead: number) => string;
  queueEta: (minutes: number) => string;
  queueOpens: (when: string) => string;
  queueLater: string;
  agentJoined: (name: string | null) => string;
  order: (id: string) => string;
  orderStatus: Record<string, string>;
  quantity: (n: number) => string;
  total: string;
  tracking: (carrier: string, no: string) => string;
  timeline: string;
  stock: string;
  inStock: (n: number) => string;
  outOfStock: string;
  choices: string;
  yes: string;
  no: string;
  yesText: string;
  noText: string;
  ratePrompt: string;
  rateStar: (n: number) => string;
  rateComment: string;
  rateSubmit: string;
  rateThanks: string;
  reopenHint: string;
  error: string;
}

const STRINGS: Record<UiLang, UiStrings> = { 'zh-CN': ZH_CN, 'zh-TW': ZH_TW, en: EN };

/** The dictionary of `lang`. */
export const stringsFor = (lang: UiLang): UiStrings => STRINGS[lang];
