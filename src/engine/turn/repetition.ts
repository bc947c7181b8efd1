/**
 * Notices a customer saying the same thing again: the same normalised text as one of their
 * last messages. Short confirmations and bare numbers are not repetition.
 */

const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

/** Whether `text` repeats one of `previous` (already normalised). */
export function isRepetition(text: string, previous: readonly string[]): boolean {
  const t = normalise(text);
  if (t.length < 4 || /^\d+$/.test(t)) return false;
  return previous.includes(t);
}

/** The customer texts to remember, newest last (at most 4). */
export function rememberText(previous: readonly string[], text: string): string[] {
  return [...previous, normalise(text)].slice(-4);
}
