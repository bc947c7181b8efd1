/**
 * Turns reply wording into what the customer reads: simplified Chinese becomes traditional for a
 * customer who writes traditional (OpenCC, Taiwan standard with phrases), money and dates are
 * formatted one way everywhere.
 */
import * as OpenCC from 'opencc-js';
import type { Script } from '../../domain/understanding.ts';

/** The two languages replies are written in. */
export type Lang = 'zh' | 'en';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'twp' });

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Text folded for matching: NFKC, simplified Chinese, lower case. */
export function plainText(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase();
}

/** Whether the text uses traditional-only characters (the customer writes traditional). */
export function writesTraditional(text: string): boolean {
  return toSimplified(text) !== text;
}

/** Whether Chinese text reads the same in both scripts (你好, 谢谢 …). */
export function scriptNeutral(text: string): boolean {
  return toTraditional(text) === text && toSimplified(text) === text;
}

/** The script a shop writes its Chinese in, judged from its name and first product titles. */
export function shopScript(texts: readonly string[]): 'hans' | 'hant' {
  const sample = texts.join('');
  return sample && toSimplified(sample) !== sample && toTraditional(sample) === sample
    ? 'hant'
    : 'hans';
}

/** The text as the customer should read it. */
export function renderScript(text: string, lang: Lang, script: Script): string {
  return lang === 'zh' && script === 'hant' ? toTraditional(text) : text;
}

const SYMBOLS: Record<string, string> = { CNY: '¥', HKD: 'HK$', USD: '$', TWD: 'NT$', EUR: '€' };

/** "（x）" in Chinese, " (x)" in English. */
export const paren = (text: string, lang: Lang) => (lang === 'zh' ? `（${text}）` : ` (${text})`);

/** `¥79.00`: always two decimals so amounts read the same in every reply. */
export function money(amount: number, currency: string): string {
  const symbol = SYMBOLS[currency] ?? `${currency} `;
  return `${symbol}${amount.toFixed(2)}`;
}

const parts = (at: Date, timeZone: string) => {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const get = (type: string) => f.formatToParts(at).find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
};

/** `2024-06-20` in the shop's time zone. */
export function day(at: Date | string, timeZone: string): string {
  return parts(new Date(at), timeZone).date;
}

/** `2024-06-20 14:05` in the shop's time zone. */
export function dayTime(at: Date | string, timeZone: string): string {
  const p = parts(new Date(at), timeZone);
  return `${p.date} ${p.time}`;
}

/** A Text field of the bundle in `lang`, falling back to any language it has. */
export function textIn(text: string | Record<string, string> | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text[lang === 'zh' ? 'zh-Hans' : 'en'] ?? Object.values(text)[0] ?? '';
}

/** 138****1234: a phone number with its middle hidden. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
