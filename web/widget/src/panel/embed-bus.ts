/**
 * The panel's side of the iframe conversation with the loader: tell it to close, how many replies
 * came while closed, and what to save; hear when it opened or closed the panel. Messages go only
 * to the origin the loader's `kefu:init` came from (they may carry the access token).
 */
import type { LoaderMessage, PanelMessage } from '../shared/embed-messages.ts';

type Listener = (message: LoaderMessage) => void;

const listeners = new Set<Listener>();
let open = false;
let parentOrigin: string | null = null;

/** The loader's messages and the way to answer it (a no-op on the hosted page). */
export const embedBus = {
  /** Whether the loader shows the panel now (always true on the hosted page). */
  isOpen: () => open || window.parent === window,
  /** Remembers the loader's origin, from its `kefu:init`. */
  trust(origin: string): void {
    parentOrigin = origin;
  },
  send(message: PanelMessage): void {
    if (message.type === 'kefu:close') open = false;
    if (window.parent === window) return;
    if (message.type === 'kefu:ready') window.parent.postMessage(message, '*');
    else if (parentOrigin) window.parent.postMessage(message, parentOrigin);
  },
  receive(message: LoaderMessage): void {
    if (message.type === 'kefu:opened') open = true;
    if (message.type === 'kefu:closed') open = false;
    for (const listener of listeners) listener(message);
  },
  listen(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
