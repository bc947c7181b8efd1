/** Reads the embedding options from the loader's own <script> tag. */

/** What the host page asked for. */
export interface ScriptOptions {
  shop: string;
  /** kefu's origin, taken from the script's own URL. */
  origin: string;
  lang: string | null;
  customerToken: string | null;
}

/** The options of `script`, or null when it has no usable `data-shop`. */
export function readScriptOptions(script: HTMLScriptElement | null): ScriptOptions | null {
  const candidate =
    script ?? document.querySelector<HTMLScriptElement>('script[data-shop][src*="widget.js"]');
  const shop = candidate?.dataset['shop'] ?? '';
  if (!candidate || !/^[a-z0-9-]+$/.test(shop)) return null;
  return {
    shop,
    origin: new URL(candidate.src, location.href).origin,
    lang: candidate.dataset['lang'] || null,
    customerToken: candidate.dataset['customerToken'] || null,
  };
}
