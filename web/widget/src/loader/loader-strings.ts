/** The few strings the loader needs before the panel (and its full dictionary) loads. */
import type { UiLang } from '../client/choose-language.ts';

/** Launcher and frame labels per UI language. */
export const LOADER_STRINGS: Record<UiLang, { open: string; close: string; frame: string }> = {
  'zh-CN': { open: '打开在线客服', close: '关闭在线客服', frame: '在线客服' },
  'zh-TW': { open: '開啟線上客服', close: '關閉線上客服', frame: '線上客服' },
  en: { open: 'Open chat with the shop', close: 'Close chat', frame: 'Customer service chat' },
};
