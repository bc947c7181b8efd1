/**
 * Picks the UI language from what the page tells us, first match wins: the embed's data-lang,
 * the host page's <html lang>, then the browser's languages. Shared by loader and panel.
 */

/** The UI languages the widget ships strings for. */
export type UiLang = 'zh-CN' | 'zh-TW' | 'en';

/** The UI language a BCP 47 tag asks for, or null for one we do not have. */
export function uiLangOf(tag: string | null | undefined): UiLang | null {
  const t = (tag ?? '').trim().toLowerCase().replace('_', '-');
  if (!t) return null;
  if (/^zh-(tw|hk|mo|hant)\b/.test(t)) return 'zh-TW';
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-CN';
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return null;
}

/** The first of `candidates` we have strings for, else `fallback`. */
export function chooseLanguage(
  candidates: ReadonlyArray<string | null | undefined>,
  fallback: UiLang = 'zh-CN',
): UiLang {
  for (const tag of candidates) {
    const lang = uiLangOf(tag);
    if (lang) return lang;
  }
  return fallback;
}

/** The reply language the API takes for a UI language. */
export const apiLanguageOf = (lang: UiLang): 'zh' | 'en' => (lang === 'en' ? 'en' : 'zh');
