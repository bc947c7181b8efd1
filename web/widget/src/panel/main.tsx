/**
 * Entry of the chat panel: the hosted page /chat/:shop, also shown inside the widget's iframe.
 * Inside the iframe it waits for the loader's `kefu:init`: the shopper's token (if signed in)
 * and the saved session, which the loader keeps in the host page's storage.
 */
import { render } from 'preact';
import { localStorageBackend, type SavedBackend } from '../client/saved-session.ts';
import { readLoaderMessage } from '../shared/embed-messages.ts';
import { App } from './app.tsx';
import { embedBus } from './embed-bus.ts';
import { readPanelConfig, type PanelConfig } from './panel-config.ts';
import './panel.css';

const root = document.getElementById('kefu-root');
const config = readPanelConfig(document, new URL(location.href), navigator.languages ?? []);

/** Storage through the loader: the state it sent, and every change posted back to it. */
function loaderBackend(initial: unknown): SavedBackend {
  return {
    read: () => initial,
    write: (saved) => embedBus.send({ type: 'kefu:save', saved }),
  };
}

function mountEmbedded(el: HTMLElement, c: PanelConfig): void {
  let saved: unknown = null;
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message = readLoaderMessage(event.data);
    if (message?.type === 'kefu:init') {
      embedBus.trust(event.origin);
      saved = message.saved;
    }
    if (message?.type === 'kefu:init' || message?.type === 'kefu:identify') {
      const backend = loaderBackend(saved);
      render(null, el);
      render(<App config={c} customerToken={message.customer_token} backend={backend} />, el);
    } else if (message) embedBus.receive(message);
  });
  embedBus.send({ type: 'kefu:ready' });
}

if (root && config) {
  document.documentElement.lang = config.lang;
  document.body.classList.toggle('embedded', config.embedded);
  if (config.embedded) mountEmbedded(root, config);
  else {
    const backend = localStorageBackend(config.shop);
    render(<App config={config} customerToken={null} backend={backend} />, root);
  }
}
