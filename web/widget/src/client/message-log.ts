/**
 * The conversation as the client knows it: server messages ordered by `seq`, each once. Replies
 * can arrive twice (the HTTP answer and the socket, or a poll after a reconnect); merging by id
 * and seq keeps every message single, whatever the order they come in.
 */
import type { PublicMessage } from '../../../../src/domain/protocol.ts';

/** `current` with `incoming` merged in, sorted by seq; the same array when nothing is new. */
export function mergeMessages(
  current: readonly PublicMessage[],
  incoming: readonly PublicMessage[],
): readonly PublicMessage[] {
  const ids = new Set(current.map((m) => m.id));
  const seqs = new Set(current.map((m) => m.seq));
  const fresh: PublicMessage[] = [];
  for (const m of incoming) {
    if (ids.has(m.id) || seqs.has(m.seq)) continue;
    ids.add(m.id);
    seqs.add(m.seq);
    fresh.push(m);
  }
  if (fresh.length === 0) return current;
  return [...current, ...fresh].sort((a, b) => a.seq - b.seq);
}

/** The highest seq seen (0 for none): what a reconnect resumes after. */
export const lastSeqOf = (messages: readonly PublicMessage[]): number =>
  messages.reduce((max, m) => Math.max(max, m.seq), 0);
