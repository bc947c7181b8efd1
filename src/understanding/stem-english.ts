/** A light English stemmer: enough to fold plurals and verb endings (returned → return). */

const IRREGULAR: Record<string, string> = {
  paid: 'pay',
  sent: 'send',
  bought: 'buy',
  got: 'get',
  came: 'come',
};

/** shipp → ship, dropp → drop (but not fill, pass, buzz). */
const undouble = (stem: string) => (/([^aeioulsz])\1$/.test(stem) ? stem.slice(0, -1) : stem);

/** Folds common inflections of an English word; short words are left as they are. */
export function stemEnglish(word: string): string {
  const w = word.replace(/'s$/, '').replace(/n't$/, '');
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 4) return undouble(w.slice(0, -2));
  if (w.endsWith('es') && /(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}
