/**
 * The embeddable loader (`<script src=".../widget.js" data-shop="…" async>`): a launcher button
 * in a shadow root, and on first open an iframe with the hosted chat page, so host CSS cannot
 * reach the panel and the panel's code loads only when wanted. No framework: it must stay small.
 */
import { chooseLanguage } from '../client/choose-language.ts';
import { createLauncherDom } from './launcher-dom.ts';
import { listenToPanel } from './listen-to-panel.ts';
import { LOADER_STRINGS } from './loader-strings.ts';
import { PanelFrame } from './panel-frame.ts';
import { readScriptOptions, type ScriptOptions } from './read-script-options.ts';

/** The host page's handle: `window.Kefu.open()`, `.close()`, `.setCustomerToken(token)`. */
export interface KefuHandle {
  open(): void;
  close(): void;
  toggle(): void;
  setCustomerToken(token: string | null): void;
}

/** Puts `host` into the page now, or once the body exists. */
function attachToPage(host: HTMLElement): void {
  const attach = () => document.body.appendChild(host);
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach);
}

function boot(o: ScriptOptions): KefuHandle {
  const text =
    LOADER_STRINGS[chooseLanguage([o.lang, document.documentElement.lang, navigator.language])];
  const dom = createLauncherDom(text.open);
  const panel = new PanelFrame(o, dom, text);
  listenToPanel(panel, o.shop);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') panel.close();
  });
  dom.launcher.addEventListener('click', () => panel.toggle());
  attachToPage(dom.host);
  return {
    open: () => panel.open(),
    close: () => panel.close(),
    toggle: () => panel.toggle(),
    setCustomerToken: (token) => panel.setToken(token),
  };
}

declare global {
  interface Window {
    Kefu?: KefuHandle;
  }
}

const options = readScriptOptions(document.currentScript as HTMLScriptElement | null);
if (options && !window.Kefu) window.Kefu = boot(options);
