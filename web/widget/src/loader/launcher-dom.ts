/** The launcher's DOM: a shadow root (so host CSS cannot reach it) with a button and a badge. */
import { LOADER_CSS } from './loader-styles.ts';

const ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z"/></svg>';

/** The elements the loader works with. */
export interface LauncherDom {
  host: HTMLDivElement;
  root: ShadowRoot;
  launcher: HTMLButtonElement;
  badge: HTMLSpanElement;
}

/** A detached launcher labelled `label`; attach `host` to the page to show it. */
export function createLauncherDom(label: string): LauncherDom {
  const host = document.createElement('div');
  host.id = 'kefu-widget';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${LOADER_CSS}</style><button class="launcher" type="button" aria-expanded="false" aria-haspopup="dialog">${ICON}<span class="badge" hidden></span></button>`;
  const launcher = root.querySelector('button') as HTMLButtonElement;
  const badge = root.querySelector('.badge') as HTMLSpanElement;
  launcher.setAttribute('aria-label', label);
  return { host, root, launcher, badge };
}
