/**
 * Never the same text twice in a row (scenario.md): when a reply would repeat the previous one,
 * use one of its other wordings, or add a pointer to a person as a last resort.
 */
import type { Lang } from '../replies/render.ts';
import type { Reply } from './turn-context.ts';

/** The wording to send after `last`. */
export function pickWording(reply: Reply, last: string | null, lang: Lang): string {
  if (reply.text !== last) return reply.text;
  const other = (reply.alternatives ?? []).find((a) => a !== last);
  if (other) return other;
  return lang === 'zh'
    ? `${reply.text}（如需人工客服，回复“人工”即可。）`
    : `${reply.text} (Reply "human" to reach a person.)`;
}
