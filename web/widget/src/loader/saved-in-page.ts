/**
 * The panel's saved session kept in the host page's (first-party) localStorage, since the
 * iframe's own storage may be partitioned or blocked as third-party.
 */

/** Reading and writing the saved session of a shop under `kefu:<shop>`. */
export const savedInPage = {
  /** The saved session of `shop`, or null when there is none or storage is blocked. */
  read(shop: string): unknown {
    try {
      return JSON.parse(localStorage.getItem(`kefu:${shop}`) ?? 'null');
    } catch {
      return null;
    }
  },
  /** Stores the saved session of `shop`. */
  write(shop: string, saved: unknown): void {
    try {
      localStorage.setItem(`kefu:${shop}`, JSON.stringify(saved));
    } catch {
      // Storage blocked or full: the conversation then lasts as long as the page.
    }
  },
};
