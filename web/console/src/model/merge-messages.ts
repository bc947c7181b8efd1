/** Merges messages into a conversation's list: one entry per id, ordered by seq. */

/** The fields merging needs. */
export interface Sequenced {
  id: string;
  seq: number;
}

/** `current` plus `incoming`, without duplicates (a later copy replaces an earlier one). */
export function mergeMessages<M extends Sequenced>(current: M[], incoming: readonly M[]): M[] {
  if (incoming.length === 0) return current;
  const byId = new Map<string, M>();
  for (const m of current) byId.set(m.id, m);
  for (const m of incoming) byId.set(m.id, { ...byId.get(m.id), ...m });
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}
