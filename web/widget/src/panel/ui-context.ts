/** What every part of the panel needs: the strings, the shop's currency, and a way to reply. */
import { createContext } from 'preact';
import { stringsFor, type UiStrings } from '../i18n/ui-strings.ts';

/** The panel-wide context. */
export interface Ui {
  t: UiStrings;
  currency: string;
  timeZone: string;
  send(text: string): void;
}

export const UiContext = createContext<Ui>({
  t: stringsFor('zh-CN'),
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  send: () => undefined,
});
