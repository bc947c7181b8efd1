/**
 * The postMessage contract between the loader (host page) and the panel (kefu's iframe).
 * Both sides check the other window before trusting a message; nothing else is exchanged.
 */

/** Panel → loader. */
export type PanelMessage =
  | { type: 'kefu:ready' }
  | { type: 'kefu:close' }
  | { type: 'kefu:unread'; count: number };

/** Loader → panel. `customer_token` is the shop-signed token of a signed-in shopper. */
export type LoaderMessage =
  | { type: 'kefu:init'; customer_token: string | null }
  | { type: 'kefu:opened' }
  | { type: 'kefu:identify'; customer_token: string | null };

const TYPES = new Set(['kefu:ready', 'kefu:close', 'kefu:unread']);

/** The panel's message in `data`, or null when it is not one. */
export function readPanelMessage(data: unknown): PanelMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const type = (data as { type?: unknown }).type;
  if (typeof type !== 'string' || !TYPES.has(type)) return null;
  if (type === 'kefu:unread') {
    const count = (data as { count?: unknown }).count;
    return { type, count: typeof count === 'number' ? count : 0 };
  }
  return { type } as PanelMessage;
}
