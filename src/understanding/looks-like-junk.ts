/**
 * Messages no customer intent can be read from: nothing but symbols or emoji, markup-only
 * text, or code such as SQL. They get intent `other` with low confidence.
 */
import type { NormalizedText } from './normalize.ts';

const CONTENT = /[\p{L}\p{N}]/u;
const SQL =
  /\b(?:select|drop|insert|delete|update|union|alter|truncate)\b[\s\S]*\b(?:from|table|into|set|select|where)\b|;\s*--|'\s*or\s*'?1'?\s*=\s*'?1/;
const MARKUP = /<\s*\/?\s*[a-z][^>]*>/g;

/** True when the message has no readable content. */
export function looksLikeJunk(n: NormalizedText): boolean {
  if (SQL.test(n.text)) return true;
  const withoutMarkup = n.text.replace(MARKUP, ' ').replace(/alert\s*\([^)]*\)/g, ' ');
  return !CONTENT.test(withoutMarkup);
}
