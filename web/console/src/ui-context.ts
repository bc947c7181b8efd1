/** What every part of the workspace needs: the strings, the UI language, the API and the agent. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConsoleApi } from './api/console-api.ts';
import { consoleApi } from './api/console-api.ts';
import { stringsFor, type UiLang, type UiStrings } from './i18n/ui-strings.ts';

/** The workspace-wide context. */
export interface Ui {
  t: UiStrings;
  lang: UiLang;
  setLang(lang: UiLang): void;
  api: ConsoleApi;
}

export const UiContext = createContext<Ui>({
  t: stringsFor('zh-CN'),
  lang: 'zh-CN',
  setLang: () => undefined,
  api: consoleApi(),
});

/** The context of the nearest provider. */
export const useUi = () => useContext(UiContext);
