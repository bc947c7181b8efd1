/** The address of the hosted chat page the loader's iframe shows. */
import type { ScriptOptions } from './read-script-options.ts';

/** The embedded chat page of `o.shop`, with the asked and the host page's languages. */
export function frameUrl(o: ScriptOptions): string {
  const url = new URL(`/chat/${o.shop}`, o.origin);
  url.searchParams.set('embed', '1');
  if (o.lang) url.searchParams.set('lang', o.lang);
  if (document.documentElement.lang) url.searchParams.set('hl', document.documentElement.lang);
  return url.href;
}
