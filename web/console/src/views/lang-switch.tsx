/** The UI language switch (zh-CN / en). */
import { UI_LANGS, type UiLang } from '../i18n/ui-strings.ts';
import { useUi } from '../ui-context.ts';

const NAMES: Record<UiLang, string> = { 'zh-CN': '中文', en: 'English' };

/** Buttons for the UI languages; the current one is pressed. */
export function LangSwitch() {
  const { t, lang, setLang } = useUi();
  return (
    <div class="lang-switch" role="group" aria-label={t.language}>
      {UI_LANGS.map((l) => (
        <button
          type="button"
          key={l}
          lang={l}
          class="chip"
          aria-pressed={l === lang}
          data-lang={l}
          onClick={() => setLang(l)}
        >
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
