/**
 * The embeddable loader (`<script src=".../widget.js" data-shop="…" async>`): a launcher button
 * in a shadow root, and on first open an iframe with the hosted chat page, so host CSS cannot
 * reach the panel and the panel's code loads only when wanted. No framework: it must stay small.
 */
import { chooseLanguage } from '../client/choose-language.ts';
import { readPanelMessage, type LoaderMessage } from '../shared/embed-messages.ts';
import { LOADER_CSS } from './loader-styles.ts';
import { LOADER_STRINGS } from './loader-strings.ts';
import { readScriptOptions, type ScriptOptions } from './read-script-options.ts';

const ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z"/></svg>';

/** The host page's handle: `window.Kefu.open()`, `.close()`, `.setCustomerToken(token)`. */
export interface KefuHandle {
  open(): void;
  close(): void;
  toggle(): void;
  setCustomerToken(token: string | null): void;
}

function frameUrl(o: ScriptOptions): string {
  const url = new URL(`/chat/${o.shop}`, o.origin);
  url.searchParams.set('embed', '1');
  if (o.lang) url.searchParams.set('lang', o.lang);
  if (document.documentElement.lang) url.searchParams.set('hl', document.documentElement.lang);
  return url.href;
}

/** The panel's saved session of `shop` in this (first-party) page's localStorage. */
function readSaved(shop: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(`kefu:${shop}`) ?? 'null');
  } catch {
    return null;
  }
}

function writeSaved(shop: string, saved: unknown): void {
  try {
    localStorage.setItem(`kefu:${shop}`, JSON.stringify(saved));
  } catch {
    // Storage blocked or full: the conversation then lasts as long as the page.
  }
}

function boot(o: ScriptOptions): KefuHandle {
  const text =
    LOADER_STRINGS[chooseLanguage([o.lang, document.documentElement.lang, navigator.language])];
  const host = document.createElement('div');
  host.id = 'kefu-widget';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${LOADER_CSS}</style><button class="launcher" type="button" aria-expanded="false" aria-haspopup="dialog">${ICON}<span class="badge" hidden></span></button>`;
  const launcher = root.querySelector('button') as HTMLButtonElement;
  const badge = root.querySelector('.badge') as HTMLSpanElement;
  launcher.setAttribute('aria-label', text.open);
  let frame: HTMLIFrameElement | null = null;
  let ready = false;
  let open = false;
  let token = o.customerToken;

  const post = (message: LoaderMessage) => {
    if (ready) frame?.contentWindow?.postMessage(message, o.origin);
  };
  const show = (value: boolean) => {
    open = value;
    launcher.setAttribute('aria-expanded', String(value));
    launcher.setAttribute('aria-label', value ? text.close : text.open);
    host.toggleAttribute('data-open', value);
    if (frame) frame.hidden = !value;
  };
  const openPanel = () => {
    if (!frame) frame = createFrame();
    show(true);
    badge.hidden = true;
    frame.focus();
    post({ type: 'kefu:opened' });
  };
  const closePanel = () => {
    if (!open) return;
    show(false);
    launcher.focus();
  };
  const createFrame = () => {
    const f = document.createElement('iframe');
    f.className = 'frame';
    f.title = text.frame;
    f.src = frameUrl(o);
    f.setAttribute('allow', 'clipboard-write');
    root.appendChild(f);
    return f;
  };

  window.addEventListener('message', (event) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== o.origin) return;
    const message = readPanelMessage(event.data);
    if (message?.type === 'kefu:ready') {
      ready = true;
      post({ type: 'kefu:init', customer_token: token, saved: readSaved(o.shop) });
      if (open) post({ type: 'kefu:opened' });
    } else if (message?.type === 'kefu:close') closePanel();
    else if (message?.type === 'kefu:save') writeSaved(o.shop, message.saved);
    else if (message?.type === 'kefu:unread' && !open && message.count > 0) {
      badge.textContent = String(Math.min(message.count, 99));
      badge.hidden = false;
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && open) closePanel();
  });
  launcher.addEventListener('click', () => (open ? closePanel() : openPanel()));
  const attach = () => document.body.appendChild(host);
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach);
  return {
    open: openPanel,
    close: closePanel,
    toggle: () => (open ? closePanel() : openPanel()),
    setCustomerToken(value) {
      token = value;
      post({ type: 'kefu:identify', customer_token: value });
    },
  };
}

declare global {
  interface Window {
    Kefu?: KefuHandle;
  }
}

const options = readScriptOptions(document.currentScript as HTMLScriptElement | null);
if (options && !window.Kefu) window.Kefu = boot(options);
