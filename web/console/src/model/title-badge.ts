/** The page title with the unread count, e.g. "(3) kefu". */

/** `base` prefixed with the count when there is anything unread. */
export const titleWithBadge = (unread: number, base = 'kefu') =>
  unread > 0 ? `(${unread > 99 ? '99+' : unread}) ${base}` : base;
