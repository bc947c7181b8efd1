/** Tells the loader how many replies arrived while the panel was closed (for its badge). */
import { useEffect, useRef } from 'preact/hooks';
import type { PublicMessage } from '../../../../src/domain/protocol.ts';
import { embedBus } from './embed-bus.ts';

/** Counts replies that arrive while the loader keeps the panel closed. */
export function useUnreadCount(messages: readonly PublicMessage[]): void {
  const seen = useRef(messages.length);
  const unread = useRef(0);
  useEffect(() => {
    const fresh = messages.slice(seen.current).filter((m) => m.author !== 'customer');
    seen.current = messages.length;
    if (embedBus.isOpen()) unread.current = 0;
    else if (fresh.length > 0) {
      unread.current += fresh.length;
      embedBus.send({ type: 'kefu:unread', count: unread.current });
    }
  }, [messages]);
}
