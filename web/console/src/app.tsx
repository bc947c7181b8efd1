/** The workspace shell: the UI language, then the sign-in page or the workspace. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { consoleApi } from './api/console-api.ts';
import type { ConsoleAgent } from './api/schemas.ts';
import { chooseLang, stringsFor, type UiLang } from './i18n/ui-strings.ts';
import { UiContext } from './ui-context.ts';
import { SignIn } from './views/sign-in.tsx';
import { WorkspaceView } from './views/workspace-view.tsx';

const LANG_KEY = 'kefu:console-lang';

const savedLang = () => {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
};

/** The whole workspace. */
export function App() {
  const api = useMemo(() => consoleApi(), []);
  const [lang, setLang] = useState<UiLang>(() => chooseLang(savedLang(), navigator.languages));
  const [agent, setAgent] = useState<ConsoleAgent | null | undefined>(undefined);

  useEffect(() => {
    api.me().then(setAgent, () => setAgent(null));
  }, [api]);
  useEffect(() => {
    document.documentElement.lang = lang;
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, [lang]);

  const ui = useMemo(() => ({ t: stringsFor(lang), lang, setLang, api }), [lang, api]);
  return (
    <UiContext.Provider value={ui}>
      {agent === undefined ? null : agent ? (
        <WorkspaceView agent={agent} onAgent={setAgent} />
      ) : (
        <SignIn onSignedIn={setAgent} />
      )}
    </UiContext.Provider>
  );
}
