/**
 * The postMessage contract between the loader (host page) and the panel (kefu's iframe).
 * Both sides check the other window before trusting a message. The loader keeps the panel's
 * saved session in the host page's localStorage: a cross-site iframe's own storage is blocked
 * or partitioned by browsers, so it would not survive a reload.
 */

/** Panel → loader. */
export type PanelMessage =
  | { type: 'kefu:ready' }
  | { type: 'kefu:close' }
  | { type: 'kefu:unread'; count: number }
  | { type: 'kefu:save'; saved: unknown };

/** Loader → panel. `customer_token` is the shop-signed token of a signed-in shopper. */
export type LoaderMessage =
  | { type: 'kefu:init'; customer_token: string | null; saved: unknown }
  | { type: 'kefu:opened' }
  | { type: 'kefu:closed' }
  | { type: 'kefu:identify'; customer_token: string | null };

const read = <T extends { type: string }>(data: unknown, types: readonly string[]): T | null => {
  if (typeof data !== 'object' || data === null) return null;
  const type = (data as { type?: unknown }).type;
  return typeof type === 'string' && types.includes(type) ? (data as T) : null;
};

/** The panel's message in `data`, or null when it is not one. */
export function readPanelMessage(data: unknown): PanelMessage | null {
  const message = read<PanelMessage>(data, [
    'kefu:ready',
    'kefu:close',
    'kefu:unread',
    'kefu:save',
  ]);
  if (message?.type === 'kefu:unread' && typeof message.count !== 'number') return null;
  return message;
}

/** The loader's message in `data`, or null when it is not one. */
export function readLoaderMessage(data: unknown): LoaderMessage | null {
  const message = read<LoaderMessage>(data, [
    'kefu:init',
    'kefu:opened',
    'kefu:closed',
    'kefu:identify',
  ]);
  if (message && 'customer_token' in message) {
    const token: unknown = message.customer_token;
    if (token !== null && typeof token !== 'string') return null;
  }
  return message;
}
